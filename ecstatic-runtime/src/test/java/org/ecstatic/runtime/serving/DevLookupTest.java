package org.ecstatic.runtime.serving;

import org.ecstatic.runtime.dev.WebAppFiles;
import org.ecstatic.runtime.manifest.Digest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dev mode: a hashed URL serves the current unhashed file, read through a real Jetty context over a
 * temporary directory.
 */
class DevLookupTest {
    private static final Set<String> MANIFEST_NAMES = Set.of("manifest.json", "staticfiles.json");
    private static final long BUDGET = 1000;

    @TempDir
    static Path root;
    private static JettyServer server;
    private static WebAppFiles files;
    /** Gives every test files of its own. */
    private static int tests;

    private String dir;
    private MemoryBudget budget;
    private DevLookup lookup;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(root.resolve("static"));
        server = JettyServer.startContext(root);
        files = new WebAppFiles(server.servletContext(), "/static/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void newLookup() {
        dir = "t" + ++tests + "/";
        budget = new MemoryBudget(BUDGET, BUDGET);
        lookup = new DevLookup(files, new FilePreparer(server.servletContext(), files, budget), MANIFEST_NAMES);
    }

    /** Writes {@code static/<name>} with a last modification {@code second} seconds into 2024. */
    private static void write(String name, String text, long second) throws IOException {
        Path file = root.resolve("static").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis((1_704_067_200L + second) * 1000));
    }

    private static String tag(String text) {
        return "\"" + Digest.of(text.getBytes(StandardCharsets.UTF_8)).shortHex() + "\"";
    }

    private static String text(PreparedFile file) {
        return new String(file.identity().bytes(), StandardCharsets.UTF_8);
    }

    /** Returns how many bytes the budget has left, taking them and giving them back. */
    private long left() {
        long taken = 0;
        for (long piece = budget.maxFileSize(); piece > 0; ) {
            if (budget.reserve(piece)) {
                taken += piece;
            } else {
                piece /= 2;
            }
        }
        budget.release(taken);
        return taken;
    }

    @Nested
    class HashedUrls {
        @Test
        void serveTheCurrentUnhashedFileWithNoCache() throws IOException {
            write(dir + "site.css", "body { margin: 0; }\n", 0);

            PreparedFile file = lookup.find(dir + "site.0123456789ab.css");

            assertThat(file.cacheControl()).isEqualTo("no-cache");
            assertThat(file.contentType()).isEqualTo("text/css;charset=utf-8");
            assertThat(file.identity().name()).isEqualTo(dir + "site.css");
            assertThat(file.identity().etag()).isEqualTo(tag("body { margin: 0; }\n"));
            assertThat(text(file)).isEqualTo("body { margin: 0; }\n");
            assertThat(file.hasVariants()).isFalse();
        }

        @Test
        void serveTheSameFileWhateverTheHash() throws IOException {
            write(dir + "app.js", "export {};\n", 0);

            PreparedFile first = lookup.find(dir + "app.0123456789ab.js");

            assertThat(lookup.find(dir + "app.ffffffffffff.js")).isSameAs(first);
            assertThat(lookup.find(dir + "app.0123456789ab.js")).isSameAs(first);
        }

        @Test
        void serveAFileWithoutAnExtensionByTheHashAtItsEnd() throws IOException {
            write(dir + "LICENSE", "MIT\n", 0);

            assertThat(text(lookup.find(dir + "LICENSE.0123456789ab"))).isEqualTo("MIT\n");
        }

        @Test
        void serveNothingForANameWithoutAHash() throws IOException {
            write(dir + "site.css", "body { margin: 0; }\n", 0);

            assertThat(lookup.find(dir + "site.css")).isNull();
            assertThat(lookup.find(dir + "site.0123456789AB.css")).as("upper-case hex is no hash").isNull();
            assertThat(lookup.find(dir + "site.0123456789a.css")).as("11 digits are no hash").isNull();
        }

        @Test
        void serveNothingWhenTheUnhashedFileIsMissing() {
            assertThat(lookup.find(dir + "missing.0123456789ab.css")).isNull();
        }

        @Test
        void serveNothingForADirectory() throws IOException {
            write(dir + "css/site.css", "a {}\n", 0);

            assertThat(lookup.find(dir + "css.0123456789ab")).isNull();
        }
    }

    @Nested
    class EditedFiles {
        @Test
        void serveTheNewContentOnceTheFileChanged() throws IOException {
            write(dir + "site.css", "a { color: red; }\n", 0);
            PreparedFile before = lookup.find(dir + "site.0123456789ab.css");

            write(dir + "site.css", "a { color: green; }\n", 1);
            PreparedFile after = lookup.find(dir + "site.0123456789ab.css");

            assertThat(after).isNotSameAs(before);
            assertThat(text(after)).isEqualTo("a { color: green; }\n");
            assertThat(after.identity().etag()).isEqualTo(tag("a { color: green; }\n"))
                    .isNotEqualTo(before.identity().etag());
            assertThat(after.modified()).isEqualTo(before.modified() + 1000);
        }

        @Test
        void serveTheNewContentWhenOnlyTheSizeChanged() throws IOException {
            // saved twice within the time's resolution (a second on some file systems)
            write(dir + "site.css", "a { color: red; }\n", 0);
            lookup.find(dir + "site.0123456789ab.css");

            write(dir + "site.css", "a { color: purple; }\n", 0);

            assertThat(text(lookup.find(dir + "site.0123456789ab.css"))).isEqualTo("a { color: purple; }\n");
        }

        @Test
        void serveTheNewContentWhenTheTimeGoesBack() throws IOException {
            write(dir + "site.css", "a { color: red; }\n", 10);
            lookup.find(dir + "site.0123456789ab.css");

            write(dir + "site.css", "a { color: blue; }\n", 5);

            assertThat(text(lookup.find(dir + "site.0123456789ab.css"))).isEqualTo("a { color: blue; }\n");
        }

        @Test
        void keepTheFileWhileItsTimeStays() throws IOException {
            write(dir + "site.css", "a { color: red; }\n", 0);
            PreparedFile before = lookup.find(dir + "site.0123456789ab.css");

            assertThat(lookup.find(dir + "site.0123456789ab.css")).isSameAs(before);
        }

        @Test
        void rereadAFileWithoutATimeEachTime() throws IOException {
            write(dir + "site.css", "a { color: red; }\n", 0);
            Files.setLastModifiedTime(root.resolve("static/" + dir + "site.css"), FileTime.fromMillis(0));
            PreparedFile before = lookup.find(dir + "site.0123456789ab.css");

            PreparedFile again = lookup.find(dir + "site.0123456789ab.css");

            assertThat(again).isNotSameAs(before);
            assertThat(again.identity().etag()).isEqualTo(before.identity().etag());
        }

        @Test
        void serveNothingOnceTheFileIsDeleted() throws IOException {
            write(dir + "site.css", "a { color: red; }\n", 0);
            assertThat(lookup.find(dir + "site.0123456789ab.css")).isNotNull();

            Files.delete(root.resolve("static/" + dir + "site.css"));

            assertThat(lookup.find(dir + "site.0123456789ab.css")).isNull();
        }
    }

    @Nested
    class Memory {
        @Test
        void givesBackTheMemoryOfAReplacedVersion() throws IOException {
            write(dir + "a.css", "x".repeat(600), 0);
            PreparedFile first = lookup.find(dir + "a.0123456789ab.css");
            assertThat(first.memory()).isEqualTo(600);
            assertThat(left()).isEqualTo(BUDGET - 600);

            write(dir + "a.css", "y".repeat(700), 1);
            PreparedFile second = lookup.find(dir + "a.0123456789ab.css");

            assertThat(left()).isEqualTo(BUDGET - second.memory());
            write(dir + "a.css", "z".repeat(800), 2);
            PreparedFile third = lookup.find(dir + "a.0123456789ab.css");
            assertThat(left()).isEqualTo(BUDGET - third.memory());
            assertThat(third.memory()).isEqualTo(800);
        }

        @Test
        void givesBackTheMemoryOfADeletedFile() throws IOException {
            write(dir + "a.css", "x".repeat(900), 0);
            lookup.find(dir + "a.0123456789ab.css");
            assertThat(left()).isEqualTo(BUDGET - 900);

            Files.delete(root.resolve("static/" + dir + "a.css"));
            lookup.find(dir + "a.0123456789ab.css");

            assertThat(left()).isEqualTo(BUDGET);
        }

        @Test
        void streamsWhatTheBudgetCannotHold() throws IOException {
            write(dir + "big.css", "x".repeat(1001), 0);

            PreparedFile file = lookup.find(dir + "big.0123456789ab.css");

            assertThat(file.identity().bytes()).isNull();
            assertThat(file.identity().length()).isEqualTo(1001);
        }
    }

    @Nested
    class ManifestNames {
        @Test
        void areUnlistedManifestsWhereverTheyAre() {
            assertThat(lookup.isUnlistedManifest("manifest.json")).isTrue();
            assertThat(lookup.isUnlistedManifest("staticfiles.json")).isTrue();
        }

        @Test
        void areOnlyThoseNamesInTheStaticRoot() {
            assertThat(lookup.isUnlistedManifest("css/manifest.json")).isFalse();
            assertThat(lookup.isUnlistedManifest("site.css")).isFalse();
            assertThat(lookup.isUnlistedManifest("manifest.0123456789ab.json")).isFalse();
        }

        @Test
        void areNotServedByTheirOwnName() throws IOException {
            write("manifest.json", "{\"version\": 1, \"paths\": {}, \"files\": {}}\n", 0);

            assertThat(lookup.find("manifest.json")).isNull();
        }

        @Test
        void areNotServedBehindAHash() throws IOException {
            write("manifest.json", "{\"version\": 1, \"paths\": {}, \"files\": {}}\n", 0);
            write("staticfiles.json", "{\"version\": 1, \"paths\": {}}\n", 0);

            assertThat(lookup.find("manifest.0123456789ab.json")).isNull();
            assertThat(lookup.find("staticfiles.0123456789ab.json")).isNull();
        }

        @Test
        void leaveFilesOfTheSameNameInSubdirectoriesServed() throws IOException {
            write(dir + "manifest.json", "{\"name\": \"app\"}\n", 0);

            assertThat(lookup.find(dir + "manifest.0123456789ab.json")).isNotNull();
        }
    }
}
