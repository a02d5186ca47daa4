package org.ecstatic.runtime.serving;

import org.ecstatic.runtime.dev.WebAppFiles;
import org.ecstatic.runtime.manifest.Digest;
import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** What the manifest in service lets through, over the fixture web application in a real Jetty context. */
class ManifestLookupTest {
    private static final Set<String> MANIFEST_NAMES = Set.of("manifest.json", "staticfiles.json");
    private static final String SITE_CSS = "css/site.512ca9ff1848.css";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static JettyServer server;
    private static WebAppFiles files;

    private final AtomicReference<Manifest> inService = new AtomicReference<>(ServingWebapp.manifest());
    /** The budget of each preparer the lookup asked for, in order. */
    private final List<MemoryBudget> budgets = new CopyOnWriteArrayList<>();
    private ManifestLookup lookup;

    @BeforeAll
    static void start() throws Exception {
        server = JettyServer.startContext(ServingWebapp.root());
        files = new WebAppFiles(server.servletContext(), "/static/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void newLookup() {
        lookup = lookup(64 * 1024, 16 * 1024 * 1024);
    }

    private ManifestLookup lookup(long maxFileSize, long maxTotal) {
        return new ManifestLookup(inService::get, () -> {
            MemoryBudget budget = new MemoryBudget(maxFileSize, maxTotal);
            budgets.add(budget);
            return new FilePreparer(server.servletContext(), files, budget);
        }, MANIFEST_NAMES);
    }

    private static Manifest.FileEntry entry(String... encodings) {
        return new Manifest.FileEntry(-1, null, List.of(encodings));
    }

    private static String digestTag(String name) {
        return "\"" + Digest.of(ServingWebapp.bytes("/static/" + name)).shortHex() + "\"";
    }

    @Nested
    class ListedFiles {
        @Test
        void servesAHashedFileFromFilesAsImmutableWithTheSiblingsItsEntryLists() {
            PreparedFile file = lookup.find(SITE_CSS);

            assertThat(file.cacheControl()).isEqualTo(IMMUTABLE);
            assertThat(file.identity().etag()).isEqualTo("\"512ca9ff1848\"");
            assertThat(file.br().etag()).isEqualTo("\"512ca9ff1848-br\"");
            assertThat(file.gzip().etag()).isEqualTo("\"512ca9ff1848-gz\"");
        }

        @Test
        void servesEveryFileTheManifestLists() {
            for (String name : inService.get().files().keySet()) {
                PreparedFile file = lookup.find(name);
                assertThat(file).as(name).isNotNull();
                assertThat(file.identity().length()).as(name).isEqualTo(inService.get().file(name).size());
            }
        }

        @Test
        void servesALogicalNameFromPathsForRevalidation() {
            PreparedFile file = lookup.find("css/site.css");

            assertThat(file.cacheControl()).isEqualTo("no-cache");
            assertThat(file.identity().etag()).isEqualTo(digestTag("css/site.css"));
            assertThat(file.identity().name()).isEqualTo("css/site.css");
            assertThat(file.hasVariants()).isFalse();
        }

        @Test
        void preparesAFileOnceAndKeepsIt() {
            PreparedFile first = lookup.find(SITE_CSS);

            assertThat(lookup.find(SITE_CSS)).isSameAs(first);
            assertThat(lookup.find("css/site.css")).isSameAs(lookup.find("css/site.css"));
            assertThat(budgets).hasSize(1);
        }

        @Test
        void preparesEachFileOnceWhateverTheRace() throws Exception {
            // room for the old stylesheet (21 bytes) and one copy of app.mjs with its gzip sibling (1320 + 65):
            // whoever loses the race gives back what it took
            long total = 21 + 1320 + 65;
            lookup = lookup(64 * 1024, total);
            lookup.find("css/site.685577562c5f.css"); // the manifest taken into service: the race is on the file
            assertThat(budgets).hasSize(1);
            int threads = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<PreparedFile>> found = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    found.add(pool.submit(() -> {
                        start.await();
                        return lookup.find("js/app.a02508e94dc2.mjs");
                    }));
                }
                start.countDown();
                Set<PreparedFile> distinct = new HashSet<>();
                for (Future<PreparedFile> f : found) {
                    distinct.add(f.get(30, TimeUnit.SECONDS));
                }

                assertThat(distinct).hasSize(1);
                PreparedFile kept = distinct.iterator().next();
                MemoryBudget budget = budgets.get(0);
                long left = total - 21 - kept.memory();
                assertThat(budget.reserve(left)).as("what the kept file does not hold is free").isTrue();
                assertThat(budget.reserve(1)).as("and nothing more").isFalse();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Unlisted {
        @ParameterizedTest
        @ValueSource(strings = {
                "css/site.000000000000.css",     // a hash the manifest does not list
                "plain.txt",                     // a file on disk the manifest does not list
                "css/site.css.gz",               // a sibling of a logical name
                "empty.txt.br",
                "css/site.512ca9ff1848.css.zip", // not a sibling's extension
                "css/site.512ca9ff1848",
                "css",
                "manifest.json",                 // the manifest itself, on disk in the static root
                "staticfiles.json"})
        void givesNullForWhatTheManifestDoesNotList(String name) {
            assertThat(lookup.find(name)).isNull();
        }

        @Test
        void givesNullForAListedFileThatIsNotOnDisk() {
            inService.set(Manifest.of(Map.of("gone.css", "gone.0123456789ab.css"),
                    Map.of("gone.0123456789ab.css", entry("gzip"))));

            assertThat(lookup.find("gone.0123456789ab.css")).isNull();
            assertThat(lookup.find("gone.0123456789ab.css.gz")).isNull();
            assertThat(lookup.find("gone.css")).isNull();
        }

        @Test
        void givesNullForEverythingWithAnEmptyManifest() {
            inService.set(Manifest.empty());

            assertThat(lookup.find(SITE_CSS)).isNull();
            assertThat(lookup.find("css/site.css")).isNull();
            assertThat(lookup.find(SITE_CSS + ".gz")).isNull();
        }
    }

    @Nested
    class Siblings {
        @Test
        void servesASiblingByItsOwnNameWhenTheEntryListsItsEncoding() {
            PreparedFile gz = lookup.find(SITE_CSS + ".gz");
            PreparedFile br = lookup.find(SITE_CSS + ".br");

            assertThat(gz.contentType()).isEqualTo("application/gzip");
            assertThat(gz.cacheControl()).isEqualTo(IMMUTABLE);
            assertThat(gz.identity().etag()).isEqualTo("\"512ca9ff1848-gz\"");
            assertThat(gz.identity().contentEncoding()).isNull();
            assertThat(gz.hasVariants()).isFalse();
            assertThat(br.identity().etag()).isEqualTo("\"512ca9ff1848-br\"");
            assertThat(lookup.find("js/app.a02508e94dc2.mjs.gz").identity().etag()).isEqualTo("\"a02508e94dc2-gz\"");
        }

        @Test
        void refusesASiblingOnDiskWhoseEncodingTheEntryDoesNotList() {
            inService.set(Manifest.of(Map.of(), Map.of(SITE_CSS, entry("gzip"))));

            assertThat(lookup.find(SITE_CSS + ".br")).isNull();
            assertThat(lookup.find(SITE_CSS + ".gz")).isNotNull();
            assertThat(lookup.find(SITE_CSS).br()).isNull();
            assertThat(lookup.find(SITE_CSS).gzip()).isNotNull();
        }

        @Test
        void refusesEverySiblingOfAnEntryWithoutEncodings() {
            inService.set(Manifest.of(Map.of(), Map.of(SITE_CSS, entry())));

            assertThat(lookup.find(SITE_CSS + ".br")).isNull();
            assertThat(lookup.find(SITE_CSS + ".gz")).isNull();
            assertThat(lookup.find(SITE_CSS).hasVariants()).isFalse();
        }

        @Test
        void refusesTheSiblingOfAListedNameWithoutAHash() {
            inService.set(Manifest.of(Map.of(), Map.of("css/site.css", entry("br", "gzip"))));

            assertThat(lookup.find("css/site.css")).isNotNull();
            assertThat(lookup.find("css/site.css.gz")).isNull();
        }

        @Test
        void refusesASiblingOfASibling() {
            assertThat(lookup.find(SITE_CSS + ".gz.gz")).isNull();
            assertThat(lookup.find(SITE_CSS + ".br.gz")).isNull();
        }
    }

    @Nested
    class SwappedManifest {
        @Test
        void dropsWhatWasPreparedForTheOldManifest() {
            PreparedFile before = lookup.find(SITE_CSS);
            lookup.find("css/site.css");

            inService.set(Manifest.of(Map.of("css/site.css", "css/site.685577562c5f.css"),
                    Map.of("css/site.685577562c5f.css", entry(), SITE_CSS, entry())));

            PreparedFile after = lookup.find(SITE_CSS);
            assertThat(after).isNotSameAs(before);
            assertThat(after.hasVariants()).as("the new entry lists no siblings").isFalse();
            assertThat(budgets).as("a fresh preparer and budget for the new manifest").hasSize(2);
        }

        @Test
        void stopsServingWhatTheNewManifestDoesNotList() {
            assertThat(lookup.find(SITE_CSS)).isNotNull();
            assertThat(lookup.find(SITE_CSS + ".gz")).isNotNull();
            assertThat(lookup.find("js/app.mjs")).isNotNull();

            inService.set(Manifest.of(Map.of(), Map.of("css/site.685577562c5f.css", entry())));

            assertThat(lookup.find(SITE_CSS)).isNull();
            assertThat(lookup.find(SITE_CSS + ".gz")).isNull();
            assertThat(lookup.find("js/app.mjs")).isNull();
            assertThat(lookup.find("css/site.685577562c5f.css")).isNotNull();
        }

        @Test
        void startsAfreshForAnEqualManifestReadAgain() {
            PreparedFile before = lookup.find(SITE_CSS);

            inService.set(ServingWebapp.manifest());

            assertThat(lookup.find(SITE_CSS)).isNotSameAs(before);
            assertThat(budgets).hasSize(2);
        }

        @Test
        void keepsWhatItPreparedWhileTheManifestStays() {
            PreparedFile before = lookup.find(SITE_CSS);

            inService.set(inService.get());

            assertThat(lookup.find(SITE_CSS)).isSameAs(before);
            assertThat(budgets).hasSize(1);
        }
    }

    @Nested
    class UnlistedManifest {
        @Test
        void isAManifestNameTheManifestDoesNotList() {
            assertThat(lookup.isUnlistedManifest("manifest.json")).isTrue();
            assertThat(lookup.isUnlistedManifest("staticfiles.json")).isTrue();
        }

        @Test
        void isNoOtherName() {
            assertThat(lookup.isUnlistedManifest("css/site.css")).isFalse();
            assertThat(lookup.isUnlistedManifest("plain.txt")).isFalse();
            assertThat(lookup.isUnlistedManifest("css/manifest.json")).isFalse();
            assertThat(lookup.isUnlistedManifest("manifest.0123456789ab.json")).isFalse();
        }

        @Test
        void isNotAManifestNameListedInPaths() {
            inService.set(Manifest.of(Map.of("manifest.json", "manifest.0123456789ab.json"), Map.of()));

            assertThat(lookup.isUnlistedManifest("manifest.json")).isFalse();
            assertThat(lookup.isUnlistedManifest("staticfiles.json")).isTrue();
        }

        @Test
        void isNotAManifestNameListedInFiles() {
            inService.set(Manifest.of(Map.of(), Map.of("staticfiles.json", entry())));

            assertThat(lookup.isUnlistedManifest("staticfiles.json")).isFalse();
            assertThat(lookup.isUnlistedManifest("manifest.json")).isTrue();
        }

        @Test
        void followsTheManifestInService() {
            assertThat(lookup.isUnlistedManifest("manifest.json")).isTrue();

            inService.set(Manifest.of(Map.of("manifest.json", "manifest.0123456789ab.json"), Map.of()));

            assertThat(lookup.isUnlistedManifest("manifest.json")).isFalse();
        }
    }

    /** A file whose name does not carry its hash, changed in place on a copy of the fixture. */
    @Nested
    class ChangedInPlace {
        @org.junit.jupiter.api.io.TempDir
        Path root;

        @Test
        void isPreparedAnewWhenItsSizeOrTimeChangedOnceTheRecheckIsDue() throws Exception {
            org.ecstatic.runtime.WebApp.copy(root, "serving");
            Path css = root.resolve("static/css/site.css");
            try (JettyServer copy = JettyServer.startContext(root)) {
                WebAppFiles copyFiles = new WebAppFiles(copy.servletContext(), "/static/");
                ManifestLookup always = new ManifestLookup(inService::get,
                        () -> new FilePreparer(copy.servletContext(), copyFiles, new MemoryBudget(0, 0)), MANIFEST_NAMES, 0);
                ManifestLookup later = new ManifestLookup(inService::get,
                        () -> new FilePreparer(copy.servletContext(), copyFiles, new MemoryBudget(0, 0)), MANIFEST_NAMES,
                        java.util.concurrent.TimeUnit.HOURS.toNanos(1));
                PreparedFile before = always.find("css/site.css");
                PreparedFile beforeLater = later.find("css/site.css");
                long length = before.identity().length();

                Files.writeString(css, "body { color: red; }\n"); // shrank from 5050 bytes
                Files.setLastModifiedTime(css, java.nio.file.attribute.FileTime.fromMillis(before.modified() + 5_000));

                PreparedFile after = always.find("css/site.css");
                assertThat(after).isNotSameAs(before);
                assertThat(after.identity().length()).isEqualTo(21).isNotEqualTo(length);
                assertThat(after.identity().etag()).isEqualTo("\"" + Digest.of("body { color: red; }\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).shortHex() + "\"");
                assertThat(always.find("css/site.css")).isSameAs(after);
                // within the recheck interval the prepared file stays, as a container's cache does
                assertThat(later.find("css/site.css")).isSameAs(beforeLater);
                // a hashed file never changes: it is not looked at again
                assertThat(always.find(SITE_CSS)).isSameAs(always.find(SITE_CSS));
            }
        }

        @Test
        void isGoneWhenItWasDeleted() throws Exception {
            org.ecstatic.runtime.WebApp.copy(root, "serving");
            try (JettyServer copy = JettyServer.startContext(root)) {
                WebAppFiles copyFiles = new WebAppFiles(copy.servletContext(), "/static/");
                ManifestLookup always = new ManifestLookup(inService::get,
                        () -> new FilePreparer(copy.servletContext(), copyFiles, new MemoryBudget(0, 0)), MANIFEST_NAMES, 0);
                assertThat(always.find("css/site.css")).isNotNull();
                Files.delete(root.resolve("static/css/site.css"));
                assertThat(always.find("css/site.css")).isNull();
            }
        }
    }
}
