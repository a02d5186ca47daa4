package org.ecstatic.tools;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ecstatic.tools.rewrite.JsRewriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native JavaScript scanner on any bytes, against the Java one: the same ints, and no crash (a
 * crash in C ends the JVM, which fails the run). As a test (no {@code JAZZER_FUZZ}) it runs the inputs
 * under {@code src/test/resources/org/ecstatic/tools/NativeJsScannerFuzzTestInputs/}; fuzzing for a minute:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl ecstatic-tools -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=NativeJsScannerFuzzTest -Djazzer.max_duration=60s
 * }</pre>
 */
class NativeJsScannerFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"import", "export", "from", "import(", "import.meta.url", "new URL(", "*", "{", "}", "${",
            "`", "'", "\"", "/", "/*", "*/", "//", "\\", "(", ")", "[", "]", "return", "typeof", "if (", "=>", "++",
            "#!", "./a.js", "sourceMappingURL=", "\u2028", "\u00a0", "\ufeff", "\u00e9", "\ud834\udd1e", "\\u{41}",
            // what decides, after a run of names and operators, what a bracket or slash is
            "1e+", "?.", "...", "--", "a.", "default", "yield", "while (", "new ", "URL", "/*c*/", "#p"})
    void findsWhatTheJavaScannerFinds(byte[] input) {
        if (NativeJsScanner.tokenizer() == null) {
            return; // no library on this platform: there is only the Java scanner
        }

        assertThat(NativeJsScanner.scan(input)).containsExactly(JsRewriter.Tokenizer.JAVA.scan(input));
    }
}
