package org.ecstatic.tools.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecstatic.tools.rewrite.Fixture.ref;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RewritingTest {

    private static final CssRewriter CSS = new CssRewriter();

    /** Replaces the only reference of {@code css} with {@code replacement}. */
    private static String replaceOnly(String css, String replacement) {
        List<Reference> refs = CSS.references(css);
        assertThat(refs).hasSize(1);
        return Rewriting.apply(css, Map.of(refs.get(0), replacement));
    }

    @Nested
    class Replacing {

        @Test
        void replacesOnlyTheGivenReferencesAndKeepsEveryOtherCharacter() {
            String css = "\uFEFFa{b:url(a.png)}\r\n/* x */ c{d:url('b.png') url(\"c.png\")}\n";
            List<Reference> refs = CSS.references(css);
            Map<Reference, String> replacements = new HashMap<>();
            replacements.put(refs.get(2), "c.0123456789ab.png");
            replacements.put(refs.get(0), "a.0123456789ab.png");

            assertThat(Rewriting.apply(css, replacements))
                    .isEqualTo("\uFEFFa{b:url(a.0123456789ab.png)}\r\n/* x */ c{d:url('b.png') url(\"c.0123456789ab.png\")}\n");
        }

        @Test
        void returnsTheTextUnchangedForNoReplacements() {
            String css = "a{b:url(a.png)}";
            assertThat(Rewriting.apply(css, Map.of())).isSameAs(css);
        }

        @Test
        void replacesAtTheVeryStartAndEndOfTheText() {
            String text = "a.png";
            assertThat(Rewriting.apply(text, Map.of(ref(0, 5, 1, "a.png"), "b.png"))).isEqualTo("b.png");
        }
    }

    @Nested
    class Quoting {

        @ParameterizedTest(name = "{0} + {1} -> {2}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                "url(a.png)|my image.png|url(my\\ image.png)",
                "url( a.png )|a(1).png|url( a\\(1\\).png )",
                "url(a.png)|it's \"x\".png|url(it\\'s\\ \\\"x\\\".png)",
                "url(a.png)|a\\).png|url(a\\).png)",
                "url(a.png)|my\\ image.png|url(my\\ image.png)",
                "url('a.png')|it's \"x\".png|url('it\\'s \"x\".png')",
                "url(\"a.png\")|it's \"x\".png|url(\"it's \\\"x\\\".png\")",
                "url( \" a.png \" )|it's \"x\".png|url( \" it's \\\"x\\\".png \" )",
                "@import 'a.css'|a b.css|@import 'a b.css'",
                "/*# sourceMappingURL=a.map */|a b.map|/*# sourceMappingURL=a%20b.map */"})
        void escapesWhatWouldEndTheReferenceWhereItLands(String css, String replacement, String expected) {
            assertThat(replaceOnly(css, replacement)).isEqualTo(expected);
        }

        @Test
        void escapesLineBreaksAsHexEscapes() {
            assertThat(replaceOnly("url(a.png)", "a\nb.png")).isEqualTo("url(a\\a b.png)");
            assertThat(replaceOnly("url('a.png')", "a\tb\nc.png")).isEqualTo("url('a\tb\\a c.png')");
        }

        @Test
        void keepsABackslashBeforeCrLfAsOneEscapedLineBreak() {
            // found by CssScannerFuzzTest: the LF was escaped as \a, which made the string hold a line break
            assertThat(replaceOnly("@import \"a\\\r\nb.css\";", "a\\\r\nb.0123456789ab.css"))
                    .isEqualTo("@import \"a\\\r\nb.0123456789ab.css\";");
            assertThat(replaceOnly("@import 'a\\\rb.css';", "a\\\rb.0123456789ab.css"))
                    .isEqualTo("@import 'a\\\rb.0123456789ab.css';");
        }

        @Test
        void rewrittenTargetsReadBackAsTheReplacement() {
            String rewritten = replaceOnly("a{b:url(a.png)}", "my (1) 'x'.png");
            Reference back = CSS.references(rewritten).get(0);
            assertThat(ReferenceTarget.parse(back.target()).decodedPath()).isEqualTo("my (1) 'x'.png");
        }
    }

    @Nested
    class Errors {

        @Test
        void rejectsAReferenceFoundInAnotherText() {
            assertThatThrownBy(() -> Rewriting.apply("url(b.png)", Map.of(ref(4, 9, 3, "a.png"), "x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("reference 'a.png' (line 3) is not at [4, 9) of this text; was it found in another one?");
            assertThatThrownBy(() -> Rewriting.apply("url(a", Map.of(ref(4, 9, 1, "a.png"), "x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("reference 'a.png' (line 1) is not at [4, 9) of this text; was it found in another one?");
        }

        @Test
        void rejectsOverlappingReferences() {
            Map<Reference, String> overlapping = Map.of(ref(0, 5, 1, "a.png"), "x", ref(2, 5, 1, "png"), "y");
            assertThatThrownBy(() -> Rewriting.apply("a.png", overlapping))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("reference 'png' (line 1) overlaps the one before it");
        }

        @Test
        void rejectsNullArguments() {
            assertThatThrownBy(() -> Rewriting.apply(null, Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("text and replacements must not be null");
            Map<Reference, String> nullValue = new HashMap<>();
            nullValue.put(ref(0, 5, 1, "a.png"), null);
            assertThatThrownBy(() -> Rewriting.apply("a.png", nullValue))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("replacement for reference 'a.png' (line 1) must not be null");
        }
    }

    /** The bytes of a text rewritten without decoding it: the same bytes as the text rewritten and encoded. */
    @Nested
    class InBytes {

        /** Asserts that both ways give the same bytes, and returns them as text. */
        private String both(String text, Charset charset, Map<Reference, String> replacements) {
            byte[] bytes = text.getBytes(charset);
            byte[] inBytes = Rewriting.apply(bytes, charset, text.length(), replacements);
            assertThat(inBytes).isEqualTo(Rewriting.apply(text, replacements).getBytes(charset));
            assertThat(Rewriting.apply(bytes, charset, -1, replacements)).isEqualTo(inBytes);
            // the same given as two lists: in the order of the text, in the reverse order, and with a
            // reference that is kept as written (a null replacement) between each two
            List<Reference> references = new ArrayList<>(replacements.keySet());
            references.sort(Comparator.comparingInt(Reference::start));
            List<Reference> withKept = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (Reference r : references) {
                withKept.add(r);
                values.add(replacements.get(r));
                withKept.add(new Reference(r.start(), r.end(), r.line(), r.target(), r.kind()));
                values.add(null);
            }
            assertThat(Rewriting.apply(bytes, charset, text.length(), withKept, values)).isEqualTo(inBytes);
            Collections.reverse(withKept);
            Collections.reverse(values);
            assertThat(Rewriting.apply(bytes, charset, -1, withKept, values)).isEqualTo(inBytes);
            return new String(inBytes, charset);
        }

        private Map<Reference, String> hashed(List<Reference> references) {
            Map<Reference, String> replacements = new HashMap<>();
            for (Reference r : references) {
                replacements.put(r, ReferenceTarget.parse(r.target()).withHash("0123456789ab"));
            }
            return replacements;
        }

        @Test
        void countsCharactersOutsideAsciiBeforeAndBetweenTheReferences() {
            String js = "/* \u00e9t\u00e9 \u65e5\u672c \ud83d\ude00 */ import a from './a.js'; // \ud83d\ude00\u00e9\n"
                    + "export * from \"./\u65e5\u672c.js\"; const u = new URL('./w \u00e9.wasm', import.meta.url);\n";
            assertThat(both(js, StandardCharsets.UTF_8, hashed(new JsRewriter().references(js))))
                    .isEqualTo("/* \u00e9t\u00e9 \u65e5\u672c \ud83d\ude00 */ import a from './a.0123456789ab.js'; // \ud83d\ude00\u00e9\n"
                            + "export * from \"./\u65e5\u672c.0123456789ab.js\"; const u = new URL('./w \u00e9.0123456789ab.wasm', import.meta.url);\n");
        }

        @Test
        void rewritesTextReadAsIso88591ByteForByte() {
            String css = "a{b:url(\u00e9.png)} /* \u00ff\u0080 */ c{d:url( 'x y.png' )}";
            assertThat(both(css, StandardCharsets.ISO_8859_1, hashed(CSS.references(css))))
                    .isEqualTo("a{b:url(\u00e9.0123456789ab.png)} /* \u00ff\u0080 */ c{d:url( 'x y.0123456789ab.png' )}");
        }

        @ParameterizedTest(name = "{0} + {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                "url(a.png)|my image.png",
                "url( a.png )|a(1).png",
                "url(\u00e9.png)|it's \"x\".png",
                "\u00e9 url('a.png')|it's \"x\".png",
                "url( \" a.png \" )|it's \"x\".png",
                "@import 'a.css'|a b.css",
                "/*# sourceMappingURL=a.map */|a b.map"})
        void escapesWhatWouldEndTheReferenceAsTheTextDoes(String css, String replacement) {
            Reference only = CSS.references(css).get(0);
            both(css, StandardCharsets.UTF_8, Map.of(only, replacement));
            both(css, StandardCharsets.ISO_8859_1, Map.of(only, replacement));
        }

        @Test
        void givesTheSameBytesForEveryScriptAndStyleSheetOfTheModuleCorpus() throws IOException {
            int rewritten = 0;
            try (Stream<Path> files = Files.walk(Path.of("src/test/js-corpus/static"))) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Rewriter rewriter = Rewriters.forFileName(file.toString());
                    if (rewriter == null) {
                        continue;
                    }
                    SourceText source = SourceText.of(Files.readAllBytes(file));
                    Map<Reference, String> replacements = hashed(rewriter.references(source.text()));
                    assertThat(Rewriting.apply(Files.readAllBytes(file), source.charset(), source.text().length(), replacements)).as(file.toString())
                            .isEqualTo(Rewriting.apply(source.text(), replacements).getBytes(source.charset()));
                    // as the collector gives them: the references in the order of the scan, every third kept
                    List<Reference> references = rewriter.references(source.text());
                    List<String> everyThirdKept = new ArrayList<>();
                    Map<Reference, String> others = new HashMap<>();
                    for (int i = 0; i < references.size(); i++) {
                        everyThirdKept.add(i % 3 == 1 ? null : replacements.get(references.get(i)));
                        if (i % 3 != 1) {
                            others.put(references.get(i), replacements.get(references.get(i)));
                        }
                    }
                    assertThat(Rewriting.apply(Files.readAllBytes(file), source.charset(), source.text().length(),
                            references, everyThirdKept)).as(file.toString())
                            .isEqualTo(Rewriting.apply(source.text(), others).getBytes(source.charset()));
                    rewritten += replacements.isEmpty() ? 0 : 1;
                }
            }
            assertThat(rewritten).isGreaterThan(500);
        }

        @Test
        void rejectsWhatTheTextWayRejectsWithTheSameMessages() {
            byte[] url = "url(b.png)".getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> Rewriting.apply(url, StandardCharsets.UTF_8, 10, Map.of(ref(4, 9, 3, "a.png"), "x")))
                    .hasMessage("reference 'a.png' (line 3) is not at [4, 9) of this text; was it found in another one?");
            assertThatThrownBy(() -> Rewriting.apply("url(a".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    5, Map.of(ref(4, 9, 1, "a.png"), "x")))
                    .hasMessage("reference 'a.png' (line 1) is not at [4, 9) of this text; was it found in another one?");
            assertThatThrownBy(() -> Rewriting.apply("a.png".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    5, Map.of(ref(0, 5, 1, "a.png"), "x", ref(2, 5, 1, "png"), "y")))
                    .hasMessage("reference 'png' (line 1) overlaps the one before it");
            Map<Reference, String> nullValue = new HashMap<>();
            nullValue.put(ref(0, 5, 1, "a.png"), null);
            assertThatThrownBy(() -> Rewriting.apply("a.png".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 5, nullValue))
                    .hasMessage("replacement for reference 'a.png' (line 1) must not be null");
            assertThatThrownBy(() -> Rewriting.apply(url, StandardCharsets.UTF_16, 10, Map.of()))
                    .hasMessage("text is read as UTF-8 or ISO-8859-1, not UTF-16");
            assertThatThrownBy(() -> Rewriting.apply(url, StandardCharsets.UTF_8, 10, List.of(ref(4, 9, 1, "b.png")),
                    List.of()))
                    .hasMessage("1 references but 0 replacements");
            assertThatThrownBy(() -> Rewriting.apply(url, StandardCharsets.UTF_8, 10, List.of(ref(4, 9, 3, "a.png")),
                    List.of("x")))
                    .hasMessage("reference 'a.png' (line 3) is not at [4, 9) of this text; was it found in another one?");
            assertThat(Rewriting.apply(url, StandardCharsets.UTF_8, 10, List.of(ref(4, 9, 1, "b.png")),
                    Arrays.asList((String) null))).isSameAs(url);
        }
    }
}
