package org.ecstatic.tools;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.Manifest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collector on crafted input: a jar whose {@code META-INF/resources/} entries have fuzzed names and
 * contents, and a style sheet of fuzzed bytes. Each execution works in a temporary directory of its own,
 * which it deletes. As a test (no {@code JAZZER_FUZZ}) each method runs the inputs under
 * {@code src/test/resources/org/ecstatic/tools/CollectorFuzzTestInputs/<method>/}; fuzzing one of them
 * for a minute:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl ecstatic-tools -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='CollectorFuzzTest#aFuzzedJarWritesNothingOutsideTheOutputAndFailsOnlyNamingTheJar' \
 *     -Djazzer.max_duration=60s
 * }</pre>
 */
class CollectorFuzzTest {
    private static final String RESOURCES = "META-INF/resources/";
    private static final String SITE_CSS = ".logo { background: url(../img/logo.png); }\n";

    /**
     * A run over a jar of fuzzed entries either collects or fails with an {@link EcstaticException}
     * that names the jar; either way every file and directory outside the output, the manifest and the
     * state is as it was: the other sources, the jar, a file beside them.
     */
    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({RESOURCES, "../", "..", "./", "/", "//", "\\", "C:", "%2e%2e", "%2F", "css/", "img/",
            "a.css", "logo.png", ".0123456789ab.", ".css", ".js", ".map", ".png", ".gz", ".br", "url(", ")",
            "@import \"", "../img/logo.png", "/static/", "/*# sourceMappingURL=", "//# sourceMappingURL="})
    void aFuzzedJarWritesNothingOutsideTheOutputAndFailsOnlyNamingTheJar(FuzzedDataProvider data) {
        withTemporaryRoot(root -> {
            Fixtures.write(root.resolve("src/css/site.css"), SITE_CSS);
            Fixtures.write(root.resolve("src/img/logo.png"), "png");
            Fixtures.write(root.resolve("beside/keep.txt"), "keep me");
            Path jar = fuzzedJar(root.resolve("jars/fuzzed.jar"), data);
            Map<String, String> before = tree(root);
            CollectOptions options = CollectOptions.builder(root.resolve("out/static"), root.resolve("meta/manifest.json"))
                    .state(root.resolve("meta/collect.state")).source(root.resolve("src")).jar(jar)
                    .brotliQuality(0).build();

            try {
                Collector.collect(options);
            } catch (EcstaticException e) {
                assertThat(e.getMessage()).as("the failure names the jar").contains(jar.toString());
            }

            Map<String, String> after = tree(root);
            after.keySet().removeIf(name -> name.equals("out") || name.equals("out/static")
                    || name.startsWith("out/static/") || name.equals("meta") || name.startsWith("meta/"));
            assertThat(after).as("everything outside the output, the manifest and the state").isEqualTo(before);
        });
    }

    /**
     * A style sheet of any bytes, beside files it may reference, is collected in lax mode: written
     * under its own name byte for byte and listed in the manifest; a second run finds nothing changed.
     */
    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"url(", "url(\"", "url('", ")", "@import \"", "@import url(", "image-set(\"", "/*", "*/",
            "/*# sourceMappingURL=", "\\", "\"", "'", ";", "{", "}", "../img/logo.png", "logo.png", "other.css",
            "/static/img/logo.png", "/static/", "?v=1", "#x", "%20", "\\2e ", "data:", "//host/", ".0123456789ab."})
    void aFuzzedStyleSheetIsCollectedInLaxMode(byte[] css) {
        withTemporaryRoot(root -> {
            Path src = root.resolve("src");
            Fixtures.write(src.resolve("css/other.css"), SITE_CSS);
            Fixtures.write(src.resolve("img/logo.png"), "png");
            Path fuzzed = Files.write(src.resolve("css/fuzzed.css"), css);
            CollectOptions options = CollectOptions.builder(root.resolve("out"), root.resolve("manifest.json"))
                    .state(root.resolve("collect.state")).source(src).precompress(false).build();

            Collector.collect(options);

            assertThat(root.resolve("out/css/fuzzed.css")).hasBinaryContent(Files.readAllBytes(fuzzed));
            assertThat(Manifest.read(options.manifest()).paths()).containsKeys("css/fuzzed.css", "css/other.css",
                    "img/logo.png");
            assertThat(Collector.collect(options).written()).as("written by a second run").isEmpty();
        });
    }

    /**
     * Writes a jar of fuzzed entries, most of them below {@code META-INF/resources/}; skips names a zip
     * cannot hold. A seed made by hand reads, from the front: each entry's name, ended by a backslash
     * and one more byte, then exactly 256 bytes of content; from the back: the number of entries (one
     * byte, 1 to 6), then for each entry one byte, 0 for a name outside {@code META-INF/resources/}.
     */
    static Path fuzzedJar(Path jar, FuzzedDataProvider data) throws IOException {
        Files.createDirectories(jar.getParent());
        CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
        Set<String> names = new HashSet<>();
        try (OutputStream os = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(os)) {
            int entries = data.consumeInt(1, 6);
            for (int i = 0; i < entries; i++) {
                // at most 64 characters: a last segment that is itself writable but whose hashed copy is
                // longer than the file system allows (255 bytes) fails the run naming the output file only
                String name = (data.consumeInt(0, 7) > 0 ? RESOURCES : "") + data.consumeString(64);
                byte[] content = data.consumeBytes(256);
                if (name.isEmpty() || !utf8.canEncode(name) || !names.add(name)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** Every file (with its bytes) and directory below {@code root}, by relative path. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String name = root.relativize(path).toString();
                tree.put(name, Files.isDirectory(path) ? "(directory)"
                        : new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
            }
        }
        return tree;
    }

    interface InRoot {
        void run(Path root) throws IOException;
    }

    /** Runs {@code test} in a new temporary directory, then deletes that directory. */
    static void withTemporaryRoot(InRoot test) {
        try {
            Path root = Files.createTempDirectory("ecstatic-fuzz");
            try {
                test.run(root);
            } finally {
                try (Stream<Path> paths = Files.walk(root)) {
                    for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                        Files.delete(path);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
