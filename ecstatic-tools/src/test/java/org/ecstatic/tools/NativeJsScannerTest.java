package org.ecstatic.tools;

import org.ecstatic.tools.rewrite.JsRewriter;
import org.ecstatic.tools.rewrite.Reference;
import org.ecstatic.tools.rewrite.Scan;
import org.ecstatic.tools.rewrite.ScanNote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NativeJsScannerTest {

    @Test
    void isInUseWhereTheBuildMadeTheLibrary() {
        boolean built = System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").equals("amd64")
                && Files.isExecutable(Path.of("/usr/bin/gcc"));
        if (built) {
            assertThat(NativeJsScanner.implementation()).isEqualTo("native");
            assertThat(NativeJsScanner.tokenizer()).isNotNull();
        } else {
            assertThat(NativeJsScanner.implementation()).startsWith("Java (no library for ");
            assertThat(NativeJsScanner.tokenizer()).isNull();
        }
    }

    /** The native scanner against the Java one: the same ints for the same bytes. */
    @Nested
    class FindsWhatTheJavaScannerFinds {

        @BeforeEach
        void needsTheLibrary() {
            assumeTrue(NativeJsScanner.tokenizer() != null, "no native library on this platform");
        }

        @Test
        void inEveryScriptOfTheNpmCorpus() throws IOException {
            List<Path> scripts;
            try (Stream<Path> files = Files.walk(ModuleCorpusTest.CORPUS)) {
                scripts = files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".mjs")).sorted().toList();
            }
            assertThat(scripts).hasSizeGreaterThan(1800);
            int specifiers = 0;
            for (Path script : scripts) {
                byte[] bytes = Files.readAllBytes(script);
                int[] expected = JsRewriter.Tokenizer.JAVA.scan(bytes);
                assertThat(NativeJsScanner.scan(bytes)).as("%s", script).containsExactly(expected);
                specifiers += (expected.length - 1) / 3;
            }
            assertThat(specifiers).as("things found in the corpus").isGreaterThan(5000);
        }

        @Test
        void withEveryCharacterBetweenAKeywordAndAString() {
            // whether a character is white space, a line end or part of a name decides whether
            // "import<c>'./a.js'" is an import: every UTF-16 unit that UTF-8 can carry, and every
            // ISO-8859-1 byte of a file that is not UTF-8
            for (char c = 1; c < Character.MAX_VALUE; c++) {
                if (Character.isSurrogate(c)) {
                    continue;
                }
                assertSame(("import" + c + "'./a.js'\n" + c + "import'./b.js'").getBytes(StandardCharsets.UTF_8));
            }
            for (int b = 0x80; b <= 0xFF; b++) {
                assertSame(new byte[]{'i', 'm', 'p', 'o', 'r', 't', (byte) b, '\'', '.', '/', 'a', '\'', (byte) 0xC3});
            }
        }

        /**
         * In an ASCII script the library skips runs of names, numbers and operators, and reads only their
         * last characters where the next {@code (}, {@code {} or {@code /} depends on them: scripts made at
         * random of the pieces that decide a regular expression, a block and the head of a statement.
         */
        @Test
        void inAsciiScriptsOfThePiecesThatDecideWhatASlashOrABracketIs() {
            String[] pieces = {"a", "b1", "$", "_x", "return", "typeof", "instanceof", "in", "of", "new", "delete",
                    "void", "throw", "case", "do", "else", "yield", "await", "default", "extends", "if", "while",
                    "for", "with", "let", "import", "export", "from", "as", "URL", "import.meta.url", "meta", "url",
                    "1", "1.5", ".5", "1e5", "1e+5", "1E-", "0x1e", "1.", "1..a", "+", "++", "-", "--", ".", "?.",
                    "...", "=>", "=", "==", ";", ",", ":", "?", "!", "*", "%", "<", ">", "&&", "(", ")", "[", "]",
                    "{", "}", "'./a.js'", "\"../b.js\"", "'lit'", "`./c.js`", "`x${", "/", "/x/g", "/[/]/", "/*c*/",
                    "//c\n", "#p", "#", "\\u0061", "\\", " ", "  ", "\n", "\t", "\r\n",
                    // what tells whether a slash divided: an import after it is found or not
                    "{}", "}/", "){", ")/", "/x/;import'./i.js'", "/;import('./d.js')//", "new URL('./u.wasm',import.meta.url)"};
            java.util.Random random = new java.util.Random(20261201);
            for (int i = 0; i < 200_000; i++) {
                StringBuilder script = new StringBuilder();
                for (int n = random.nextInt(24); n >= 0; n--) {
                    script.append(pieces[random.nextInt(pieces.length)]);
                    if (random.nextInt(3) == 0) {
                        script.append(' ');
                    }
                }
                assertSame(script.toString().getBytes(StandardCharsets.US_ASCII));
            }
            for (String script : new String[]{"x = new /*c*/ URL('./u.wasm', import.meta.url)",
                    "new // c\nURL(`./u.wasm`, import.meta.url)", "a.new /**/URL('./u.wasm', import.meta.url)",
                    "if (a) /x/.test(b); import('./a.js')", "a.if (b) /x/g; import('./a.js')",
                    "1e+/x/; import('./a.js')", "a++/x/; import('./a.js')", "return/x/; import('./a.js')"}) {
                assertSame(script.getBytes(StandardCharsets.US_ASCII));
            }
        }

        @Test
        void withCharactersOutsideTheBasicPlaneCountedAsTwoUnits() {
            byte[] bytes = "const 𝄞 = '𝄞𝄞'; import x from './a.js'".getBytes(StandardCharsets.UTF_8);

            int[] found = NativeJsScanner.scan(bytes);

            assertThat(found).containsExactly(0, 1, 33, 41); // 𝄞 is two units in a Java string
            assertSame(bytes);
        }

        @Test
        void inBytesThatAreNotUtf8ReadAsIso88591() {
            byte[][] malformed = {
                    {(byte) 0xC0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xF5}, {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}};
            for (byte[] bad : malformed) {
                byte[] bytes = new byte[bad.length + 24];
                byte[] script = " import './a.js' // é\n".getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(bad, 0, bytes, 0, bad.length);
                System.arraycopy(script, 0, bytes, bad.length, script.length);
                int[] found = NativeJsScanner.scan(bytes);
                assertThat(found[0] & JsRewriter.Tokenizer.LATIN1).as("flags for %s", java.util.HexFormat.of().formatHex(bad))
                        .isEqualTo(JsRewriter.Tokenizer.LATIN1);
                assertSame(bytes);
            }
            byte[] wellFormed = "'\u00e9\u0800\uffff\ud800\udc00\udbff\udfff' + import('./a.js')".getBytes(StandardCharsets.UTF_8);
            assertThat(NativeJsScanner.scan(wellFormed)[0] & JsRewriter.Tokenizer.LATIN1).isZero();
            assertSame(wellFormed);
        }

        @Test
        void andLeavesOutWhatHasNoWordThatStartsAForm() {
            byte[] bytes = "let a = 'open\n".getBytes(StandardCharsets.UTF_8);
            byte[] sourceMap = "f()\n//# sourceMappingURL=a.js.map".getBytes(StandardCharsets.UTF_8);

            assertThat(NativeJsScanner.scan(bytes)).containsExactly(JsRewriter.Tokenizer.NOT_SCANNED);
            assertSame(bytes);
            assertThat(NativeJsScanner.scan(sourceMap)).containsExactly(JsRewriter.Tokenizer.SOURCE_MAP_KEY | JsRewriter.Tokenizer.ASCII);
            assertSame(sourceMap);
            assertThat(NativeJsScanner.scan(new byte[0])).containsExactly(JsRewriter.Tokenizer.NOT_SCANNED);
        }

        @Test
        void inTheSelfCheckItPassedWhenLoaded() {
            byte[] bytes = NativeJsScanner.SELF_CHECK.getBytes(StandardCharsets.UTF_8);

            Scan scan = new JsRewriter(NativeJsScanner.tokenizer()).scan(bytes,
                    () -> new String(bytes, StandardCharsets.UTF_8));

            assertThat(scan).isEqualTo(new JsRewriter().scan(NativeJsScanner.SELF_CHECK));
            assertThat(scan.references()).extracting(Reference::target)
                    .containsExactly("./a.js", "../b.mjs", "./s.css", "./d.js", "w.wasm");
            assertThat(scan.notes()).extracting(ScanNote::text)
                    .containsExactly("import(name + '.js')", "lit", "a string", "a template literal");
        }

        private static void assertSame(byte[] bytes) {
            assertThat(NativeJsScanner.scan(bytes)).as("%s", new String(bytes, StandardCharsets.UTF_8))
                    .containsExactly(JsRewriter.Tokenizer.JAVA.scan(bytes));
        }
    }

    @Test
    void aScriptInWhichItFindsNothingIsNeverDecoded() {
        assumeTrue(NativeJsScanner.tokenizer() != null, "no native library on this platform");
        JsRewriter rewriter = new JsRewriter(NativeJsScanner.tokenizer());

        Scan scan = rewriter.scan("(function () { return 1 / 2; })()".getBytes(StandardCharsets.UTF_8), () -> {
            throw new AssertionError("decoded");
        });

        assertThat(scan).isEqualTo(new Scan(List.of(), List.of()));
    }
}
