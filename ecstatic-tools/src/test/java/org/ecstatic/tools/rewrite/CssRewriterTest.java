package org.ecstatic.tools.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecstatic.tools.rewrite.Fixture.ref;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CssRewriterTest {

    private final CssRewriter rewriter = new CssRewriter();

    private static Fixture css(String stem) {
        return Fixture.load("css", stem, ".css");
    }

    @Nested
    class UrlForms {

        @Test
        void findsUnquotedQuotedSpacedUpperCaseEscapedAndMultiLineUrls() {
            css("url-forms").assertFinds(rewriter,
                    ref(21, 30, 1, "img/a.png"),
                    ref(57, 66, 2, "img/b.png"),
                    ref(94, 103, 3, "img/c.png"),
                    ref(132, 141, 4, "img/d.png"),
                    ref(171, 180, 5, "img/e.png"),
                    ref(208, 217, 6, "img/f.png"),
                    ref(244, 253, 7, "img/g.png"),
                    ref(281, 301, 8, "img/h \\\"quoted\\\".png"),
                    ref(329, 342, 9, "img/it\\'s.png"),
                    ref(371, 378, 10, "a b.png"),
                    ref(406, 413, 11, "a\\).png"),
                    ref(439, 455, 12, "../img/l.png?v=3"),
                    ref(475, 492, 13, "sprite.svg#svg-id"),
                    ref(518, 535, 14, "/static/img/n.png"),
                    ref(561, 568, 15, "./o.png"),
                    ref(597, 602, 17, "p.png"),
                    ref(625, 630, 19, "q.png"),
                    ref(645, 650, 19, "q.cur"));
        }

        @Test
        void dropsWhiteSpaceAtTheEndsOfQuotedTargetsAsUrlParsingDoes() {
            String css = "a{b:url( \" a.png \" );c:image-set(' b.png' 1x)}@import \"c.css \";";
            assertThat(rewriter.references(css)).containsExactly(
                    ref(11, 16, 1, "a.png"), ref(35, 40, 1, "b.png"), ref(55, 60, 1, "c.css"));
        }

        @Test
        void findsMinifiedUrlsWithoutSpacesBetweenFunctions() {
            css("minified").assertFinds(rewriter,
                    ref(52, 65, 1, "fonts/b.woff2"),
                    ref(86, 98, 1, "fonts/b.woff"),
                    ref(133, 142, 1, "img/x.svg"),
                    ref(197, 213, 1, "minified.css.map"));
        }
    }

    @Nested
    class Imports {

        @Test
        void findsStringAndUrlImportsWithMediaQueriesButNotOtherStrings() {
            css("imports").assertFinds(rewriter,
                    ref(9, 17, 1, "base.css"),
                    ref(29, 38, 2, "theme.css"),
                    ref(53, 62, 3, "print.css"),
                    ref(84, 92, 4, "grid.css"),
                    ref(134, 143, 5, "upper.css"),
                    ref(165, 182, 6, "after-comment.css"));
        }

        @Test
        void findsMinifiedImportsWithoutSpaces() {
            assertThat(rewriter.references("@import\"a.css\";@import url(b.css)screen;"))
                    .containsExactly(ref(8, 13, 1, "a.css"), ref(27, 32, 1, "b.css"));
        }
    }

    @Nested
    class ImageSets {

        @Test
        void findsStringsAndUrlsOfImageSetButNotTypeStrings() {
            css("image-set").assertFinds(rewriter,
                    ref(39, 47, 2, "hero.png"),
                    ref(54, 65, 2, "hero-2x.png"),
                    ref(114, 122, 3, "hero.png"),
                    ref(133, 144, 3, "hero-2x.png"),
                    ref(183, 192, 4, "hero.avif"),
                    ref(218, 226, 4, "hero.jpg"));
        }
    }

    @Nested
    class FontFaces {

        @Test
        void findsEveryUrlOfSrcListsKeepingQueriesAndFragments() {
            css("font-face").assertFinds(rewriter,
                    ref(49, 67, 3, "../fonts/icons.eot"),
                    ref(83, 108, 4, "../fonts/icons.eot?#iefix"),
                    ref(151, 179, 5, "../fonts/icons.woff2?v=4.7.0"),
                    ref(210, 229, 6, "../fonts/icons.woff"),
                    ref(260, 291, 7, "../fonts/icons.svg#iconsregular"));
        }
    }

    @Nested
    class SourceMaps {

        @Test
        void findsHashAndLegacyAtCommentsButNotDataMapsOrPlainComments() {
            css("source-map").assertFinds(rewriter,
                    ref(89, 103, 3, "legacy.css.map"),
                    ref(202, 220, 5, "source-map.css.map"));
        }
    }

    @Nested
    class SkippedTargets {

        @Test
        void skipsDataSchemesProtocolRelativeFragmentsEmptyAndVarUrls() {
            css("skipped").assertFinds(rewriter, ref(652, 660, 15, "kept.png"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"data:,x", "DaTa:image/gif;base64,R0lGOD", "https://a/b.png", "http://a/b.png",
                "blob:https://a/1", "about:blank", "chrome-extension://x/y.png", "//host/x.png", "#id",
                "%23id", "?v=1", ""})
        void skipsNonLocalTargetsInEveryForm(String target) {
            String text = "a{b:url(" + target + ");c:url('" + target + "');d:url(\"" + target + "\")}@import '"
                    + target + "';e{f:image-set('" + target + "' 1x)}";
            assertThat(rewriter.references(text)).isEmpty();
        }
    }

    @Nested
    class CommentsAndStrings {

        @Test
        void skipsCommentsAndOrdinaryStringsAndClosesCommentsAtTheFirstStarSlash() {
            css("comments-and-strings").assertFinds(rewriter,
                    ref(246, 279, 8, "after-comment-start-in-string.png"),
                    ref(305, 310, 9, "d.png"),
                    ref(343, 360, 9, "after-comment.png"),
                    ref(483, 488, 12, "h.png"));
        }

        @Test
        void aStarSlashInsideAStringInsideACommentEndsTheComment() {
            String text = "/* content: \"*/\" .a{b:url(x.png)}\n.c{d:url(c.png)}";
            // The comment ends at the first */; the quote after it opens a string to the end of the line.
            assertThat(rewriter.references(text)).containsExactly(ref(43, 48, 2, "c.png"));
        }
    }

    @Nested
    class EndsOfText {

        @Test
        void anUnterminatedCommentHidesTheRestOfTheFile() {
            css("unterminated-comment").assertFinds(rewriter, ref(21, 26, 1, "a.png"));
        }

        @Test
        void anUnterminatedStringEndsAtItsLineAndAnUnclosedUrlAtTheEndIsNotAReference() {
            css("unterminated-string").assertFinds(rewriter,
                    ref(21, 26, 1, "a.png"),
                    ref(98, 103, 3, "c.png"),
                    ref(167, 172, 5, "e.png"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"/*", "/", "\"", "'", "\"abc\\", "url(", "url( ", "url(a.png", "url(a.png ",
                "url(\"a.png", "url(a\\", "url(var(--x", "@import", "@import \"x.css",
                "@", "\\", "image-set(", "image-set(\"a.png", "/*# sourceMappingURL=a.map", ")", "(((", "a{", "}"})
        void nothingLeftOpenAtTheEndThrowsOrIsFound(String end) {
            List<Reference> refs = rewriter.references(".a{b:url(a.png)}" + end);
            assertThat(refs).containsExactly(ref(9, 14, 1, "a.png"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"url(\"b.png\"", "url('b.png' ", "url( 'b.png'/* open"})
        void aClosedQuotedTargetCountsEvenWhenTheEndOfTheTextClosesItsUrl(String end) {
            List<Reference> refs = rewriter.references(".a{b:url(a.png)}" + end);
            assertThat(refs).containsExactly(ref(9, 14, 1, "a.png"), ref(end.indexOf('b') + 16, end.indexOf('b') + 21, 1, "b.png"));
        }

        @Test
        void skipsAByteOrderMarkAndCountsCrLfAndLoneCrAsOneLineBreak() {
            Fixture fixture = css("bom-crlf");
            assertThat(fixture.text()).startsWith("\uFEFF@import");
            fixture.assertFinds(rewriter,
                    ref(10, 15, 1, "a.css"),
                    ref(43, 48, 3, "b.png"),
                    ref(78, 83, 6, "c.png"),
                    ref(109, 114, 7, "d.png"),
                    ref(140, 145, 8, "e.png"));
        }

        @Test
        void rejectsNullText() {
            assertThatThrownBy(() -> rewriter.references(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("text must not be null");
        }
    }

    /** The timeouts only guard against a scanner that hangs or goes quadratic; they are no speed target. */
    @Nested
    class LongInput {

        private static final int RULES = 40_000;

        @Test
        @Timeout(value = 30, unit = TimeUnit.SECONDS)
        void findsEveryReferenceOfAMegabytesLongSingleLine() {
            StringBuilder css = new StringBuilder("/*! generated */");
            for (int i = 0; i < RULES; i++) {
                css.append(".i").append(i).append("{background:url(img/i").append(i)
                        .append(".png)}.c").append(i).append(":before{content:\"url(no.png)\"}/* url(no.png) */");
            }
            String text = css.toString();

            List<Reference> refs = rewriter.references(text);

            assertThat(text.length()).isGreaterThan(3_000_000);
            assertThat(refs).hasSize(RULES);
            assertThat(refs.get(0)).isEqualTo(ref(35, 45, 1, "img/i0.png"));
            assertThat(refs.get(RULES - 1).target()).isEqualTo("img/i39999.png");
            assertThat(refs).allSatisfy(ref -> assertThat(ref.line()).isEqualTo(1));
            String rewritten = Rewriting.apply(text, Fixture.hashed(refs));
            assertThat(rewritten).hasSize(text.length() + RULES * (Fixture.HASH.length() + 1));
        }

        /**
         * A piece repeated to a megabyte, then one rule with z.png. An open url( or url(a  swallows
         * everything (nested parentheses are counted); so does a comment left open by the last piece
         * (slash-star pieces close on each other's star-slash: a comment every six characters). Quoted pieces pair up: the
         * string runs to the quote of the next piece, so url(" gives 100,000 targets "url(".
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                "url(|0", "url(a |0", "url(\"|100001", "/*|0", "\"|1", "'|1", "(|1", ")|1", "image-set(|1",
                "image-set(\"|45455", "@import |1", "@import \"|55556", "url(var(|0", "\\|1",
                "/*# sourceMappingURL=|0", "a|1", "url(a)|166667"})
        @Timeout(value = 30, unit = TimeUnit.SECONDS)
        void pathologicalRepetitionsStayLinear(String piece, int expectedCount) {
            String text = piece.repeat(1_000_000 / piece.length()) + "\n.z{b:url(z.png)}";
            List<Reference> refs = rewriter.references(text);
            assertThat(refs).hasSize(expectedCount);
        }
    }

    @Nested
    class ThirdPartyCss {

        @Test
        void fontAwesomeAllCssHasTwentyFontReferencesToEightFiles() {
            assertFontAwesome(Fixture.read("/rewrite/fontawesome/all.css"));
        }

        @Test
        void fontAwesomeAllMinCssHasTheSameReferences() {
            assertFontAwesome(Fixture.read("/rewrite/fontawesome/all.min.css"));
        }

        private void assertFontAwesome(String text) {
            List<Reference> refs = rewriter.references(text);

            assertThat(refs).hasSize(20);
            assertThat(refs.stream().map(Reference::target).distinct().sorted().collect(Collectors.toList()))
                    .containsExactly(
                            "../webfonts/fa-brands-400.ttf",
                            "../webfonts/fa-brands-400.woff2",
                            "../webfonts/fa-regular-400.ttf",
                            "../webfonts/fa-regular-400.woff2",
                            "../webfonts/fa-solid-900.ttf",
                            "../webfonts/fa-solid-900.woff2",
                            "../webfonts/fa-v4compatibility.ttf",
                            "../webfonts/fa-v4compatibility.woff2");
            String rewritten = Rewriting.apply(text, Fixture.hashed(refs));
            assertThat(rewritten).contains("/fa-solid-900.0123456789ab.woff2")
                    .doesNotContain("900.woff2")
                    .hasSize(text.length() + 20 * 13);
        }
    }
}
