package org.ecstatic.tools.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixture pair under {@code src/test/resources/rewrite/}: an input file and, beside it, the same
 * file as it must read after every reference got {@link #HASH} ({@code name.expected.ext}).
 */
record Fixture(String name, String text, String expected) {

    static final String HASH = "0123456789ab";

    /** Loads {@code rewrite/<dir>/<stem><ext>} and {@code rewrite/<dir>/<stem>.expected<ext>}. */
    static Fixture load(String dir, String stem, String ext) {
        String base = "/rewrite/" + dir + "/" + stem;
        return new Fixture(stem + ext, read(base + ext), read(base + ".expected" + ext));
    }

    /** Reads a test resource as UTF-8, byte order mark included. */
    static String read(String resource) {
        try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Short form of a reference for expectation lists. */
    static Reference ref(int start, int end, int line, String target) {
        return new Reference(start, end, line, target);
    }

    /**
     * Asserts that {@code rewriter} finds exactly {@code wanted} in the text (each of which must
     * sit at its range), and that giving every one of them the hash yields the expected file.
     */
    void assertFinds(Rewriter rewriter, Reference... wanted) {
        for (Reference ref : wanted) {
            assertThat(text.substring(ref.start(), ref.end())).as("text at the range of %s", ref)
                    .isEqualTo(ref.target());
        }
        List<Reference> found = rewriter.references(text);
        assertThat(found).as(name).containsExactly(wanted);
        assertThat(Rewriting.apply(text, hashed(found))).as(name + " rewritten").isEqualTo(expected);
    }

    /** Each reference mapped to its target with {@link #HASH}. */
    static Map<Reference, String> hashed(List<Reference> refs) {
        Map<Reference, String> replacements = new LinkedHashMap<>();
        refs.forEach(ref -> replacements.put(ref, ReferenceTarget.parse(ref.target()).withHash(HASH)));
        return replacements;
    }
}
