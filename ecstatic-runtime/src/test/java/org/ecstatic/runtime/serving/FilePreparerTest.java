package org.ecstatic.runtime.serving;

import org.ecstatic.runtime.dev.WebAppFiles;
import org.ecstatic.runtime.manifest.Digest;
import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files of the fixture web application (copied with their times into a temporary directory, beside a
 * few of the test's own), prepared through a real Jetty ServletContext.
 */
class FilePreparerTest {
    private static final Manifest.FileEntry NO_SIBLINGS = entry();
    private static final Manifest.FileEntry BOTH_SIBLINGS = entry("br", "gzip");
    private static final String SITE_CSS = "css/site.512ca9ff1848.css";
    private static final long NOVEMBER_2023 = 1_700_000_000_123L;

    @TempDir
    static Path root;
    private static JettyServer server;
    private static WebAppFiles files;

    @BeforeAll
    static void start() throws Exception {
        copy(ServingWebapp.root(), root);
        write("static/css/dated.css", "p { margin: 0; }\n").toFile().setLastModified(NOVEMBER_2023);
        Files.setLastModifiedTime(write("static/css/undated.css", "p { padding: 0; }\n"), FileTime.fromMillis(0));
        write("static/css/named.0123456789ab.css", "the name's hash is not this content's\n");
        write("static/css/zipped.css", "a { color: blue; }\n");
        write("static/css/zipped.css.gz", "not really gzip\n");
        write("static/data/archive.0123456789ab.tar", "not really a tar\n");
        server = JettyServer.startContext(root);
        files = new WebAppFiles(server.servletContext(), "/static/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path file : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static Path write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Manifest.FileEntry entry(String... encodings) {
        return new Manifest.FileEntry(-1, null, List.of(encodings));
    }

    private static FilePreparer preparer() {
        return preparer(new MemoryBudget(64 * 1024, 16 * 1024 * 1024));
    }

    private static FilePreparer preparer(MemoryBudget budget) {
        return new FilePreparer(server.servletContext(), files, budget);
    }

    private static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(root.resolve("static").resolve(name));
    }

    private static long modifiedMillis(String name) throws IOException {
        return Files.getLastModifiedTime(root.resolve("static").resolve(name)).toMillis();
    }

    private static void assertHeld(Representation rep, String encoding, String etag, String name) throws IOException {
        assertThat(rep.contentEncoding()).as("Content-Encoding").isEqualTo(encoding);
        assertThat(rep.etag()).as("ETag").isEqualTo(etag);
        assertThat(rep.name()).as("name").isEqualTo(name);
        assertThat(rep.length()).as("length").isEqualTo(bytes(name).length);
        assertThat(rep.bytes()).as("bytes").isEqualTo(bytes(name));
    }

    @Nested
    class Immutable {
        @Test
        void preparesAHashedFileWithItsSiblingsAndHeaders() throws IOException {
            PreparedFile file = preparer().immutable(SITE_CSS, BOTH_SIBLINGS);

            assertThat(file.contentType()).isEqualTo("text/css;charset=utf-8");
            assertThat(file.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
            assertThat(file.modified()).isEqualTo(modifiedMillis(SITE_CSS));
            assertThat(file.lastModifiedDate()).isEqualTo(HttpDate.format(modifiedMillis(SITE_CSS) / 1000));
            assertHeld(file.identity(), null, "\"512ca9ff1848\"", SITE_CSS);
            assertHeld(file.br(), "br", "\"512ca9ff1848-br\"", SITE_CSS + ".br");
            assertHeld(file.gzip(), "gzip", "\"512ca9ff1848-gz\"", SITE_CSS + ".gz");
            assertThat(file.hasVariants()).isTrue();
        }

        @Test
        void takesOnlyTheSiblingsTheEntryLists() {
            PreparedFile none = preparer().immutable(SITE_CSS, NO_SIBLINGS);
            PreparedFile gzipOnly = preparer().immutable(SITE_CSS, entry("gzip"));
            PreparedFile brOnly = preparer().immutable(SITE_CSS, entry("br"));

            assertThat(none.br()).isNull();
            assertThat(none.gzip()).isNull();
            assertThat(none.hasVariants()).isFalse();
            assertThat(gzipOnly.br()).isNull();
            assertThat(gzipOnly.gzip().etag()).isEqualTo("\"512ca9ff1848-gz\"");
            assertThat(brOnly.br().etag()).isEqualTo("\"512ca9ff1848-br\"");
            assertThat(brOnly.gzip()).isNull();
        }

        @Test
        void leavesOutAListedSiblingThatIsNotThere() throws IOException {
            PreparedFile file = preparer().immutable("js/app.a02508e94dc2.mjs", BOTH_SIBLINGS);

            assertThat(file.br()).isNull();
            assertHeld(file.gzip(), "gzip", "\"a02508e94dc2-gz\"", "js/app.a02508e94dc2.mjs.gz");
            assertThat(file.contentType()).isEqualTo("text/javascript;charset=utf-8");
        }

        @Test
        void takesTheTagFromTheNameNotTheContent() throws IOException {
            PreparedFile file = preparer().immutable("css/named.0123456789ab.css", NO_SIBLINGS);

            assertThat(file.identity().etag()).isEqualTo("\"0123456789ab\"");
            assertThat(Digest.of(bytes("css/named.0123456789ab.css")).shortHex()).isNotEqualTo("0123456789ab");
        }

        @Test
        void tagsAListedNameWithoutAHashByItsContent() throws IOException {
            PreparedFile file = preparer().immutable("css/site.css", NO_SIBLINGS);

            assertThat(file.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
            assertThat(file.identity().etag()).isEqualTo("\"" + Digest.of(bytes("css/site.css")).shortHex() + "\"");
        }

        @Test
        void typesAFileByItsNameWithoutTheHash() {
            FilePreparer preparer = preparer();

            assertThat(preparer.immutable("js/app.mjs.62d7ace3ed57.map", NO_SIBLINGS).contentType())
                    .isEqualTo("application/json");
            assertThat(preparer.immutable("fonts/icons.40ae74bd6d91.woff2", NO_SIBLINGS).contentType())
                    .isEqualTo("font/woff2");
            assertThat(preparer.immutable("img/logo.4f0115c44686.svg", NO_SIBLINGS).contentType())
                    .isEqualTo("image/svg+xml");
        }

        @Test
        void asksTheContainerForATypeItsOwnTableLacks() {
            String containers = server.servletContext().getMimeType("archive.tar");

            assertThat(containers).isNotNull().isNotEqualTo("application/octet-stream");
            assertThat(preparer().immutable("data/archive.0123456789ab.tar", NO_SIBLINGS).contentType())
                    .isEqualTo(containers);
        }

        @Test
        void givesNullForAFileThatIsNotThere() {
            assertThat(preparer().immutable("css/site.000000000000.css", BOTH_SIBLINGS)).isNull();
        }
    }

    @Nested
    class Sibling {
        @Test
        void preparesAGzipSiblingAskedForByNameAsAFileOfItsOwn() throws IOException {
            PreparedFile file = preparer().sibling(SITE_CSS + ".gz", "512ca9ff1848-gz");

            assertThat(file.contentType()).isEqualTo("application/gzip");
            assertThat(file.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
            assertHeld(file.identity(), null, "\"512ca9ff1848-gz\"", SITE_CSS + ".gz");
            assertThat(file.hasVariants()).isFalse();
            assertThat(file.modified()).isEqualTo(modifiedMillis(SITE_CSS + ".gz"));
        }

        @Test
        void typesABrotliSiblingAsOctets() {
            PreparedFile file = preparer().sibling(SITE_CSS + ".br", "512ca9ff1848-br");

            assertThat(file.contentType()).isEqualTo("application/octet-stream");
            assertThat(file.identity().contentEncoding()).isNull();
            assertThat(file.identity().etag()).isEqualTo("\"512ca9ff1848-br\"");
        }

        @Test
        void givesNullForASiblingThatIsNotThere() {
            assertThat(preparer().sibling("js/app.a02508e94dc2.mjs.br", "a02508e94dc2-br")).isNull();
        }
    }

    @Nested
    class Revalidating {
        @Test
        void preparesAFileWithNoCacheAndATagOfItsContent() throws IOException {
            PreparedFile file = preparer().revalidating("css/site.css");

            assertThat(file.contentType()).isEqualTo("text/css;charset=utf-8");
            assertThat(file.cacheControl()).isEqualTo("no-cache");
            String tag = "\"" + Digest.of(bytes("css/site.css")).shortHex() + "\"";
            assertHeld(file.identity(), null, tag, "css/site.css");
            assertThat(file.modified()).isEqualTo(modifiedMillis("css/site.css"));
        }

        @Test
        void neverTakesSiblings() {
            PreparedFile file = preparer().revalidating("css/zipped.css");

            assertThat(file.hasVariants()).isFalse();
        }

        @Test
        void preparesAnEmptyFile() {
            PreparedFile file = preparer().revalidating("empty.txt");

            assertThat(file.identity().length()).isZero();
            assertThat(file.identity().etag()).isEqualTo("\"e3b0c44298fc\"");
            assertThat(file.identity().bytes()).isEmpty();
            assertThat(file.contentType()).isEqualTo("text/plain;charset=utf-8");
        }

        @Test
        void givesNullForAFileThatIsNotThere() {
            assertThat(preparer().revalidating("css/none.css")).isNull();
        }
    }

    @Nested
    class LastModified {
        @Test
        void takesTheFilesTime() {
            PreparedFile file = preparer().revalidating("css/dated.css");

            assertThat(file.modified()).isEqualTo(NOVEMBER_2023);
            assertThat(file.lastModified()).isEqualTo(1_700_000_000L);
            assertThat(file.lastModifiedDate()).isEqualTo("Tue, 14 Nov 2023 22:13:20 GMT");
        }

        @Test
        void takesTheTimeThePreparerStartedForAFileWithoutOne() {
            long before = System.currentTimeMillis();
            FilePreparer preparer = preparer();
            long after = System.currentTimeMillis();

            PreparedFile file = preparer.revalidating("css/undated.css");

            assertThat(file.modified()).isBetween(before, after);
            assertThat(file.lastModifiedDate()).isEqualTo(HttpDate.format(file.lastModified()));
            assertThat(preparer.revalidating("css/undated.css").modified()).isEqualTo(file.modified());
        }
    }

    @Nested
    class Memory {
        private static final int CSS = 5050;
        private static final int CSS_BR = 711;
        private static final int CSS_GZ = 981;

        @Test
        void streamsFilesLargerThanTheLargestHeld() {
            FilePreparer preparer = preparer(new MemoryBudget(1000, 1_000_000));

            PreparedFile big = preparer.immutable("data/big.1b07e1f38c10.bin", NO_SIBLINGS);
            PreparedFile css = preparer.immutable(SITE_CSS, BOTH_SIBLINGS);
            PreparedFile logo = preparer.immutable("img/logo.4f0115c44686.svg", NO_SIBLINGS);

            assertThat(big.identity().bytes()).isNull();
            assertThat(big.identity().length()).isEqualTo(100_000);
            assertThat(big.identity().name()).isEqualTo("data/big.1b07e1f38c10.bin");
            assertThat(big.memory()).isZero();
            assertThat(css.identity().bytes()).isNull();
            assertThat(css.identity().length()).isEqualTo(CSS);
            assertThat(css.br().bytes()).hasSize(CSS_BR);
            assertThat(css.gzip().bytes()).hasSize(CSS_GZ);
            assertThat(css.memory()).isEqualTo(CSS_BR + CSS_GZ);
            assertThat(logo.memory()).isEqualTo(70);
        }

        @Test
        void holdsFilesUntilTheTotalIsSpentAndStreamsTheRest() {
            FilePreparer preparer = preparer(new MemoryBudget(64 * 1024, CSS + CSS_BR + CSS_GZ));

            PreparedFile css = preparer.immutable(SITE_CSS, BOTH_SIBLINGS);
            PreparedFile app = preparer.immutable("js/app.a02508e94dc2.mjs", BOTH_SIBLINGS);

            assertThat(css.memory()).isEqualTo(CSS + CSS_BR + CSS_GZ);
            assertThat(app.memory()).isZero();
            assertThat(app.identity().bytes()).isNull();
            assertThat(app.gzip().bytes()).isNull();
            assertThat(app.identity().length()).isEqualTo(1320);
        }

        @Test
        void neverHoldsMoreThanTheTotal() {
            int total = CSS + CSS_BR + CSS_GZ - 1;
            FilePreparer preparer = preparer(new MemoryBudget(64 * 1024, total));

            PreparedFile css = preparer.immutable(SITE_CSS, BOTH_SIBLINGS);

            assertThat(css.memory()).isLessThanOrEqualTo(total).isPositive();
            assertThat(Stream.of(css.identity(), css.br(), css.gzip()).filter(rep -> rep.bytes() == null)).isNotEmpty();
        }

        @Test
        void holdsAgainWhatAForgottenFileGaveBack() {
            FilePreparer preparer = preparer(new MemoryBudget(64 * 1024, CSS));
            PreparedFile first = preparer.revalidating("css/site.css");
            assertThat(preparer.revalidating("css/site.css").memory()).isZero();

            preparer.forget(first);

            assertThat(preparer.revalidating("css/site.css").memory()).isEqualTo(CSS);
        }

        @Test
        void streamsEverythingWithAZeroFileSize() {
            FilePreparer preparer = preparer(new MemoryBudget(0, 16 * 1024 * 1024));

            PreparedFile css = preparer.immutable(SITE_CSS, BOTH_SIBLINGS);

            assertThat(css.memory()).isZero();
            assertThat(css.identity().bytes()).isNull();
            assertThat(css.br().bytes()).isNull();
            assertThat(css.gzip().bytes()).isNull();
            assertThat(css.identity().length()).isEqualTo(CSS);
        }
    }
}
