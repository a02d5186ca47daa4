package org.ecstatic.tools.rewrite;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link JsScanner} on any text: it ends, never throws, and finds specifiers where it says they are. As
 * a test (no {@code JAZZER_FUZZ}) it runs the modules under
 * {@code src/test/resources/org/ecstatic/tools/rewrite/JsScannerFuzzTestInputs/}; fuzzing for a minute:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl ecstatic-tools -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=JsScannerFuzzTest -Djazzer.max_duration=60s
 * }</pre>
 */
class JsScannerFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"import", "export", "from", "import(", "import.meta.url", "new URL(", "*", "{", "}", "${",
            "`", "'", "\"", "/", "/*", "*/", "//", "\\", "(", ")", "[", "]", "return", "typeof", "if (", "=>", "++",
            "#!", "./a.js", "../b.mjs", "with {type: 'json'}", "?v=1", "lit"})
    void findsSpecifiersThatAreWhereTheySayAndRewriteBackToTheSameText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        Scan scan = new JsScanner(text).scan();

        int previousEnd = 0;
        for (Reference reference : scan.references()) {
            assertThat(reference.start()).as("start of %s, after the one before", reference).isGreaterThanOrEqualTo(previousEnd);
            assertThat(reference.end()).as("end of %s", reference).isBetween(reference.start() + 1, text.length());
            assertThat(text.substring(reference.start(), reference.end())).as("text at %s", reference)
                    .isEqualTo(reference.target());
            assertThat(reference.line()).as("line of %s", reference)
                    .isEqualTo(CssScannerFuzzTest.lineOf(text, reference.start()));
            assertThat(reference.kind()).isNotEqualTo(Reference.Kind.LINK);
            previousEnd = reference.end();
        }
        scan.notes().forEach(note -> assertThat(note.line()).isBetween(1, text.length() + 1));
        Map<Reference, String> unchanged = new LinkedHashMap<>();
        scan.references().forEach(reference -> unchanged.put(reference, reference.target()));
        assertThat(Rewriting.apply(text, unchanged)).as("each reference replaced by itself").isEqualTo(text);
    }
}
