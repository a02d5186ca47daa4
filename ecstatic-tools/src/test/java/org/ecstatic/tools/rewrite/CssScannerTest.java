package org.ecstatic.tools.rewrite;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tokens of {@link CssScanner}, one kind at a time, on short style sheets. In each text a found
 * target occurs once, so its range is where {@code indexOf} finds it; targets that must not be found
 * are named {@code no*}.
 */
class CssScannerTest {

    static List<Reference> scan(String text) {
        return new CssScanner(text).scan();
    }

    /** The reference to the only occurrence of {@code target} in {@code text}, on {@code line}. */
    static Reference ref(String text, String target, int line) {
        int start = text.indexOf(target);
        assertThat(text.indexOf(target, start + 1)).as("%s occurs once in %s", target, text).isEqualTo(-1);
        return new Reference(start, start + target.length(), line, target);
    }

    @Nested
    class WhiteSpaceAndLines {
        @Test
        void skipsAByteOrderMarkAtTheStartButCountsItInTheRanges() {
            String text = "\uFEFF@import 'a.css';";
            assertThat(scan(text)).containsExactly(new Reference(10, 15, 1, "a.css"));
        }

        @Test
        void aByteOrderMarkAtTheStartIsNotPartOfTheFirstName() {
            String text = "\uFEFFurl(a.png)";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1));
        }

        @Test
        void takesSpaceTabAndTheLineBreaksAsWhiteSpaceBetweenTokens() {
            String text = "@import\t\n\f\r 'a.css';";
            assertThat(scan(text)).containsExactly(ref(text, "a.css", 3));
        }

        @Test
        void countsCrLfLfAndALoneCrAsOneLineBreakEach() {
            String text = "a{}\r\nb{c:url(b.png)}\r\n\r\nd{e:url(d.png)}\rf{g:url(f.png)}\nh{i:url(h.png)}";
            assertThat(scan(text)).containsExactly(
                    ref(text, "b.png", 2), ref(text, "d.png", 4), ref(text, "f.png", 5), ref(text, "h.png", 6));
        }

        @Test
        void findsNothingInAnEmptyOrBlankText() {
            assertThat(scan("")).isEmpty();
            assertThat(scan("\uFEFF")).isEmpty();
            assertThat(scan(" \t\r\n\f")).isEmpty();
        }
    }

    @Nested
    class Comments {
        @Test
        void skipUrlsImportsAndQuotesInside() {
            String text = "/* url(no.png) @import 'no.css'; \"open */ a{b:url(a.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1));
        }

        @Test
        void endAtTheFirstStarSlash() {
            String text = "/* a /* b */ c{d:url(a.png)} */";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1));
        }

        @Test
        void theSlashStarOfAnEmptyCommentIsNotItsEnd() {
            String text = "/*/ url(no.png) */ a{b:url(a.png)}/**/c{d:url(c.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1), ref(text, "c.png", 1));
        }

        @Test
        void spanLines() {
            String text = "/*\nurl(no.png)\n*/\na{b:url(a.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 4));
        }

        @Test
        void leftOpenHideTheRestOfTheText() {
            String text = "a{b:url(a.png)} /* c{d:url(no.png)}\n@import 'no.css';";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1));
        }

        @Test
        void aSlashAloneIsNoComment() {
            String text = "a{grid-area:1/2;b:url(a.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1));
        }

        @Test
        void areNotTokensSoAnImportReachesItsStringAcrossOne() {
            String text = "@import /* the theme */ 'a.css';";
            assertThat(scan(text)).containsExactly(ref(text, "a.css", 1));
        }

        @Test
        void betweenUrlAndItsParenthesisMakeItNoFunction() {
            assertThat(scan("a{b:url/**/(no.png)}")).isEmpty();
        }
    }

    @Nested
    class SourceMapComments {
        @Test
        void nameTheirTargetAfterTheHashOrTheLegacyAt() {
            String text = "a{}\n/*# sourceMappingURL=a.css.map */\n/*@ sourceMappingURL=b.css.map */\n";
            assertThat(scan(text)).containsExactly(ref(text, "a.css.map", 2), ref(text, "b.css.map", 3));
        }

        @Test
        void theTargetEndsAtWhiteSpaceOrTheEndOfTheComment() {
            String text = "/*# sourceMappingURL=a.map*/\n/*#   sourceMappingURL=b.map\n*/\n/*#\nsourceMappingURL=c.map */";
            assertThat(scan(text)).containsExactly(ref(text, "a.map", 1), ref(text, "b.map", 2), ref(text, "c.map", 5));
        }

        @Test
        void countAnywhereInTheStyleSheet() {
            String text = "/*# sourceMappingURL=a.map */\nb{c:url(b.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "a.map", 1), ref(text, "b.png", 2));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "/*# sourceMappingURL= */",
                "/*# sourceMappingURL=*/",
                "/*# sourceMappingURL=data:application/json;base64,e30= */",
                "/*# sourceMappingURL=https://cdn.example.com/no.map */",
                "/* # sourceMappingURL=no.map */",
                "/* sourceMappingURL=no.map */",
                "/*! sourceMappingURL=no.map */",
                "/*# sourcemappingurl=no.map */",
                "/*# sourceMappingURL = no.map */",
                "/*# sourceMappingURL=no.map"})
        void needTheMarkFirstThenTheKeyAndALocalTarget(String comment) {
            assertThat(scan("a{}\n" + comment)).isEmpty();
        }
    }

    @Nested
    class Strings {
        @Test
        void thatAreNoTargetAreSkippedWithWhatTheyHold() {
            String text = "a{content:\"url(no.png)\";font-family:'no.css'}b{c:url(b.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "b.png", 1));
        }

        @Test
        void anEscapedQuoteDoesNotEndTheString() {
            String text = "a{content:\"x\\\" url(no.png)\"}b{c:url(b.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "b.png", 1));
        }

        @Test
        void theOtherQuoteDoesNotEndTheString() {
            String text = "a{content:\"it's url(no.png)\"}b{c:url(b.png)}c{content:'say \"url(no.png)'}";
            assertThat(scan(text)).containsExactly(ref(text, "b.png", 1));
        }

        @Test
        void anEscapedCrLfIsOneLineBreakAndContinuesTheString() {
            String text = "a{content:\"x\\\r\nurl(no.png)\"}\r\nb{c:url(b.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "b.png", 3));
        }

        @Test
        void anEscapedLineBreakContinuesTheString() {
            String text = "a{content:\"x\\\nurl(no.png)\"}\nb{c:url(b.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "b.png", 3));
        }

        @Test
        void aLineBreakEndsAStringLeftOpen() {
            String text = "a{content:\"open\nb{c:url(b.png)}\nc{content:'open\r\nd{e:url(d.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "b.png", 2), ref(text, "d.png", 4));
        }

        @Test
        void aFormFeedEndsAStringLeftOpenToo() {
            String text = "a{content:'open\fb{c:url(b.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "b.png", 1));
        }

        @Test
        void aStringLeftOpenAtTheEndIsSkipped() {
            String text = "a{b:url(a.png)}c{content:\"url(no.png)";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1));
        }

        @Test
        void aTargetStringKeepsItsEscapesAsWritten() {
            String text = "@import \"it\\\"s.css\";@import 'my\\20 theme.css';";
            assertThat(scan(text)).containsExactly(ref(text, "it\\\"s.css", 1), ref(text, "my\\20 theme.css", 1));
        }
    }

    @Nested
    class Urls {
        @Test
        void unquotedSingleAndDoubleQuotedInAnyCase() {
            String text = "a{b:url(a.png);c:url('b.png');d:url(\"c.png\");e:URL(d.png);f:Url('e.png')}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1), ref(text, "b.png", 1),
                    ref(text, "c.png", 1), ref(text, "d.png", 1), ref(text, "e.png", 1));
        }

        @Test
        void withWhiteSpaceInsideTheParentheses() {
            String text = "a{b:url(  a.png  );c:url( \t'b.png'\t );d:url(\n\"c.png\"\n)}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1), ref(text, "b.png", 1),
                    ref(text, "c.png", 2));
        }

        @Test
        void anUnquotedTargetOnALineOfItsOwn() {
            String text = "a{b:url(\n  a.png\n)}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 2));
        }

        @Test
        void anUnquotedTargetKeepsItsEscapesAsWritten() {
            String text = "a{b:url(a\\).png);c:url(b\\ b.png);d:url(c\\(1\\).png)}";
            assertThat(scan(text)).containsExactly(ref(text, "a\\).png", 1), ref(text, "b\\ b.png", 1),
                    ref(text, "c\\(1\\).png", 1));
        }

        @Test
        void aQuoteAParenthesisOrWhiteSpaceInsideAnUnquotedTargetSpoilsIt() {
            String text = "a{b:url(no\"x.png)}c{d:url(no'x.png)}e{f:url(no(x).png)}g{h:url(no no.png)}i{j:url(i.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "i.png", 1));
        }

        @Test
        void emptyOnesAndVariablesAreSkipped() {
            String text = "a{b:url();c:url( );d:url('');e:url(\"  \");f:url(var(--no));g:url(g.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "g.png", 1));
        }

        @Test
        void inCustomPropertiesAndVarFallbacks() {
            String text = ":root{--bg:url(a.png)}b{c:var(--bg, url(b.png))}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1), ref(text, "b.png", 1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"xurl(no.png)", "my-url(no.png)", "url-x(no.png)", "url (no.png)", "url_(no.png)",
                "éurl(no.png)"})
        void onlyTheFunctionNamedUrl(String notUrl) {
            assertThat(scan("a{b:" + notUrl + "}")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"data:image/png;base64,iVBO", "https://cdn.example.com/no.png", "//cdn/no.png",
                "#no", "?v=1", "%23no"})
        void thatAreNotLocalAreSkipped(String target) {
            assertThat(scan("a{b:url(" + target + ");c:url('" + target + "')}")).isEmpty();
        }

        @Test
        void leftOpenAtTheEndAreSkipped() {
            assertThat(scan("a{b:url(no.png")).isEmpty();
            assertThat(scan("a{b:url(no.png ")).isEmpty();
            assertThat(scan("a{b:url(")).isEmpty();
        }
    }

    @Nested
    class Imports {
        @Test
        void aStringOrUrlRightAfterTheImport() {
            String text = "@import \"a.css\";@import 'b.css' print;@import url(c.css) screen;@import url(\"d.css\");"
                    + "@IMPORT 'e.css';@import\"f.css\";";
            assertThat(scan(text)).containsExactly(ref(text, "a.css", 1), ref(text, "b.css", 1), ref(text, "c.css", 1),
                    ref(text, "d.css", 1), ref(text, "e.css", 1), ref(text, "f.css", 1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"@charset \"no.css\";", "@importer 'no.css';", "@imports 'no.css';",
                "@ import 'no.css';", "@import screen 'no.css';", "@import;'no.css';", "@import{}'no.css'",
                "@media 'no.css'", "@import 'no.css"})
        void notAnotherAtRuleNorAStringAfterAnotherToken(String css) {
            assertThat(scan(css)).isEmpty();
        }
    }

    @Nested
    class ImageSets {
        @Test
        void theirStringsAndUrlsAreTargetsButNotThoseOfType() {
            String text = "a{b:image-set(\"a.png\" 1x, url(b.png) 2x, \"c.avif\" type(\"image/avif\"), 'd.jpg' 1x)}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1), ref(text, "b.png", 1),
                    ref(text, "c.avif", 1), ref(text, "d.jpg", 1));
        }

        @Test
        void prefixedAndInAnyCase() {
            String text = "a{b:-webkit-image-set('a.png' 1x);c:IMAGE-SET('b.png' 1x);d:-WebKit-Image-Set('c.png' 1x)}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1), ref(text, "b.png", 1), ref(text, "c.png", 1));
        }

        @Test
        void aStringAfterTheClosingParenthesisIsNoTarget() {
            String text = "a{b:image-set('a.png' 1x) 'no.png'}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1));
        }

        @Test
        void aQuotedUrlInsideClosesWithoutClosingTheImageSet() {
            String text = "a{b:image-set(url('a.png') 1x, 'b.png' 2x)}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1), ref(text, "b.png", 1));
        }

        @ParameterizedTest
        @ValueSource(chars = {';', '{', '}'})
        void aSemicolonOrBraceEndsOneLeftOpen(char end) {
            String text = "a{b:image-set('a.png' 1x" + end + "c:'no.png'}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1));
        }

        @Test
        void stringsInOtherFunctionsAreNoTargets() {
            assertThat(scan("a{b:format('no.woff2');c:local('no.ttf');d:attr(data-x, 'no.png');e:(\"no.png\")}"))
                    .isEmpty();
        }
    }

    @Nested
    class Backslashes {
        @Test
        void anEscapedQuoteOutsideAStringOpensNone() {
            String text = "a{b:\\\"x;c:url(a.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1));
        }

        @Test
        void anEscapedSlashOutsideAStringOpensNoComment() {
            String text = ".a\\/*b{c:url(a.png)}";
            assertThat(scan(text)).containsExactly(ref(text, "a.png", 1));
        }
    }

    @Test
    void returnsTheReferencesOfEveryKindInTextOrder() {
        String text = "\uFEFF@import 'a.css';\r\n"
                + ".b{background:url(b.png)}\r\n"
                + ".c{background:image-set('c.png' 1x)}\r\n"
                + "/* url(no.png) */\r\n"
                + "@font-face{src:url(d.woff2) format('woff2'),url(\"e.woff\") format('woff')}\r\n"
                + "/*# sourceMappingURL=f.css.map */\r\n";

        assertThat(scan(text)).containsExactly(ref(text, "a.css", 1), ref(text, "b.png", 2), ref(text, "c.png", 3),
                ref(text, "d.woff2", 5), ref(text, "e.woff", 5), ref(text, "f.css.map", 6));
    }
}
