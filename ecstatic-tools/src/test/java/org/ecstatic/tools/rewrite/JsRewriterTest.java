package org.ecstatic.tools.rewrite;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsRewriterTest {

    private final JsRewriter rewriter = new JsRewriter();

    /** The text with every reference found given the fixture hash. */
    String rewritten(String text) {
        return Rewriting.apply(text, Fixture.hashed(rewriter.references(text)));
    }

    @Nested
    class Specifiers {
        @Test
        void rewritesEachFormKeepingQuotesDirectoriesQueriesAndAttributes() {
            String text = """
                    import {a} from '../lib/a.js';
                    import "./b.mjs?v=2#x";
                    export * from './c.js';
                    import data from './d.json' with { type: 'json' };
                    const e = await import(`./e.js`);
                    const f = new URL('f.wasm', import.meta.url);
                    import {html} from 'lit';
                    """;
            assertThat(rewritten(text)).isEqualTo("""
                    import {a} from '../lib/a.0123456789ab.js';
                    import "./b.0123456789ab.mjs?v=2#x";
                    export * from './c.0123456789ab.js';
                    import data from './d.0123456789ab.json' with { type: 'json' };
                    const e = await import(`./e.0123456789ab.js`);
                    const f = new URL('f.0123456789ab.wasm', import.meta.url);
                    import {html} from 'lit';
                    """);
        }

        @Test
        void givesEachReferenceItsKindAndTheRangeOfTheSpecifierAlone() {
            String text = "import './a.js';\nimport('./b.js');\nnew URL('c.png', import.meta.url);\n";
            assertThat(rewriter.references(text)).containsExactly(
                    new Reference(8, 14, 1, "./a.js", Reference.Kind.STATIC_IMPORT),
                    new Reference(25, 31, 2, "./b.js", Reference.Kind.DYNAMIC_IMPORT),
                    new Reference(44, 49, 3, "c.png", Reference.Kind.MODULE_URL));
        }
    }

    @Nested
    class SourceMaps {
        @Test
        void findsTheSourceMapCommentAfterTheSpecifiers() {
            String text = "import './a.js';\n//# sourceMappingURL=app.js.map\n";
            assertThat(rewriter.references(text)).containsExactly(
                    new Reference(8, 14, 1, "./a.js", Reference.Kind.STATIC_IMPORT),
                    new Reference(38, 48, 2, "app.js.map", Reference.Kind.LINK));
            assertThat(rewritten(text)).isEqualTo(
                    "import './a.0123456789ab.js';\n//# sourceMappingURL=app.js.0123456789ab.map\n");
        }

        @Test
        void aScriptWithoutAnyImportExportOrUrlGetsOnlyItsSourceMap() {
            String text = "var s = './a.js'; require('./b.js');\n//# sourceMappingURL=x.js.map";
            Scan scan = rewriter.scan(text);
            assertThat(scan.references()).extracting(Reference::target).containsExactly("x.js.map");
            assertThat(scan.notes()).isEmpty();
        }
    }

    @Nested
    class Notes {
        @Test
        void passesOnTheNotesOfTheScan() {
            assertThat(rewriter.scan("import 'three';\nimport(x);\n").notes()).containsExactly(
                    new ScanNote(ScanNote.Kind.BARE_SPECIFIER, 1, "three"),
                    new ScanNote(ScanNote.Kind.DYNAMIC_IMPORT, 2, "import(x)"));
        }
    }

    /** Scanning the bytes of a file with a tokenizer, which decides what must be decoded. */
    @Nested
    class Bytes {
        private static final String SCRIPT = "import {a} from './a.js'\nimport 'lit'\n//# sourceMappingURL=app.js.map\n";

        @Test
        void withTheJavaTokenizerFindsWhatTheTextScanFinds() {
            byte[] bytes = SCRIPT.getBytes(StandardCharsets.UTF_8);

            Scan scan = new JsRewriter(JsRewriter.Tokenizer.JAVA).scan(bytes, () -> SCRIPT);

            assertThat(scan).isEqualTo(rewriter.scan(SCRIPT));
            assertThat(scan.references()).extracting(Reference::target).containsExactly("./a.js", "app.js.map");
            assertThat(scan.notes()).containsExactly(new ScanNote(ScanNote.Kind.BARE_SPECIFIER, 2, "lit"));
        }

        @Test
        void takesTheBytesOfAnAsciiScriptAsTheTextWithoutDecodingThem() {
            byte[] ascii = "import x from './a.js'".getBytes(StandardCharsets.UTF_8);
            byte[] utf8 = "import x from './\u00e9.js'".getBytes(StandardCharsets.UTF_8);
            List<String> asked = new java.util.ArrayList<>();
            class Text implements TextOfBytes {
                final byte[] bytes;

                Text(byte[] bytes) {
                    this.bytes = bytes;
                }

                @Override
                public String get() {
                    asked.add("decoded");
                    return new String(bytes, StandardCharsets.UTF_8);
                }

                @Override
                public String ascii() {
                    asked.add("ascii");
                    return new String(bytes, StandardCharsets.ISO_8859_1);
                }
            }
            JsRewriter rewriter = new JsRewriter(JsRewriter.Tokenizer.JAVA);

            assertThat(rewriter.scan(ascii, new Text(ascii)).references()).extracting(Reference::target).containsExactly("./a.js");
            assertThat(rewriter.scan(utf8, new Text(utf8)).references()).extracting(Reference::target).containsExactly("./\u00e9.js");
            assertThat(asked).containsExactly("ascii", "decoded");
        }

        @Test
        void theJavaTokenizerSaysWhatItFoundAsInts() {
            assertThat(JsRewriter.Tokenizer.JAVA.scan(SCRIPT.getBytes(StandardCharsets.UTF_8)))
                    .containsExactly(JsRewriter.Tokenizer.SOURCE_MAP_KEY | JsRewriter.Tokenizer.ASCII, 1, 16, 24, 1, 32, 37);
            assertThat(JsRewriter.Tokenizer.JAVA.scan("import('./\u00e9.js')".getBytes(StandardCharsets.UTF_8)))
                    .containsExactly(0, 2, 7, 15);
            assertThat(JsRewriter.Tokenizer.JAVA.scan("x = 'open".getBytes(StandardCharsets.UTF_8)))
                    .containsExactly(JsRewriter.Tokenizer.NOT_SCANNED);
            assertThat(JsRewriter.Tokenizer.JAVA.scan(new byte[]{'i', 'm', 'p', 'o', 'r', 't', '(', '`', (byte) 0xE9}))
                    .containsExactly(JsRewriter.Tokenizer.LATIN1, 4, 7, 1);
        }

        @Test
        void aFileInWhichTheTokenizerFindsNothingIsNeverDecoded() {
            Scan scan = new JsRewriter(JsRewriter.Tokenizer.JAVA).scan("let x = 1 / 2".getBytes(StandardCharsets.UTF_8),
                    () -> {
                        throw new AssertionError("decoded");
                    });

            assertThat(scan).isEqualTo(new Scan(List.of(), List.of()));
        }

        @Test
        void withoutATokenizerOrWhenItCannotTheTextIsScanned() {
            byte[] bytes = SCRIPT.getBytes(StandardCharsets.UTF_8);

            assertThat(new JsRewriter().scan(bytes, () -> SCRIPT)).isEqualTo(rewriter.scan(SCRIPT));
            assertThat(new JsRewriter(b -> null).scan(bytes, () -> SCRIPT)).isEqualTo(rewriter.scan(SCRIPT));
            assertThat(new JsRewriter(b -> new int[0]).scan(bytes, () -> SCRIPT)).isEqualTo(rewriter.scan(SCRIPT));
        }

        @Test
        void intsThatDoNotFitTheTextLeaveTheScanToTheJavaScanner() {
            byte[] bytes = SCRIPT.getBytes(StandardCharsets.UTF_8);
            int[][] wrong = {{0, 1, 16, 999}, {0, 9, 0, 0}, {0, 1, 20, 10}, {0, 4, 0, 7}, {0, 1, 16}};

            for (int[] ints : wrong) {
                assertThat(new JsRewriter(b -> ints).scan(bytes, () -> SCRIPT)).as("%s", java.util.Arrays.toString(ints))
                        .isEqualTo(rewriter.scan(SCRIPT));
            }
        }
    }

    @Test
    void rejectsNullText() {
        assertThatThrownBy(() -> rewriter.scan(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must not be null");
        assertThat(rewriter.references("")).isEqualTo(List.of());
    }
}
