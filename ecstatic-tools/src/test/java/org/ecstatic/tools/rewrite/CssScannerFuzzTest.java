package org.ecstatic.tools.rewrite;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CssScanner} on any text. As a test (no {@code JAZZER_FUZZ}) it runs the style sheets under
 * {@code src/test/resources/org/ecstatic/tools/rewrite/CssScannerFuzzTestInputs/}; fuzzing for a minute:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl ecstatic-tools -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=CssScannerFuzzTest -Djazzer.max_duration=60s
 * }</pre>
 *
 * The input is read as UTF-8, as the collector reads a style sheet, so that each seed is a style sheet.
 * The dictionary holds no line breaks: Jazzer writes them into its dictionary file unescaped, which
 * libFuzzer then refuses (the fuzzer finds them anyway, from the scanner's comparisons).
 */
class CssScannerFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"url(", "URL(", "url(\"", "url('", ")", "@import", "@import url(", "image-set(",
            "-webkit-image-set(", "type(", "var(--x, url(", "/*", "*/", "/*# sourceMappingURL=",
            "/*@ sourceMappingURL=", "\\", "\"", "'", ";", "{", "}", "\uFEFF",
            "../img/a.png", "?v=1", "#x", "data:", "https:", "//host/", "%23", "%20"})
    void findsReferencesThatAreWhereTheySayAndRewriteBackToTheSameText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        List<Reference> references = new CssScanner(text).scan();

        int previousEnd = 0;
        for (Reference reference : references) {
            assertThat(reference.start()).as("start of %s, after the one before", reference).isGreaterThanOrEqualTo(previousEnd);
            assertThat(reference.end()).as("end of %s", reference).isBetween(reference.start() + 1, text.length());
            assertThat(text.substring(reference.start(), reference.end())).as("text at %s", reference)
                    .isEqualTo(reference.target());
            assertThat(reference.line()).as("line of %s", reference).isEqualTo(lineOf(text, reference.start()));
            assertThat(ReferenceTarget.parse(reference.target()).isLocal()).as("%s is local", reference).isTrue();
            previousEnd = reference.end();
        }
        Map<Reference, String> unchanged = new LinkedHashMap<>();
        references.forEach(reference -> unchanged.put(reference, reference.target()));
        assertThat(Rewriting.apply(text, unchanged).getBytes(StandardCharsets.UTF_8))
                .as("each reference replaced by itself")
                .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The 1-based line of {@code index}, counted apart from {@link LineIndex}: CR LF, LF and a lone CR end a line. */
    static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && !text.startsWith("\n", i + 1)) {
                line++;
            }
        }
        return line;
    }
}
