package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestUrlsTest {
    static final String SOURCE = "jar:file:/w/app.jar!/META-INF/ecstatic/manifest.json";
    static final String BASE = "/app/static/";

    static final Manifest MANIFEST = Manifest.of(
            Map.of("css/site.css", "css/site.3f2a1b9c0d4e.css",
                    "img/logo.png", "img/logo.0123456789ab.png",
                    "js/app.js", "js/app.23f4382db037.js"),
            Map.of("css/site.3f2a1b9c0d4e.css", new Manifest.FileEntry(1234, "sha256-site=", List.of("gzip")),
                    "img/logo.0123456789ab.png", new Manifest.FileEntry(99, null, List.of())));

    static ManifestUrls urls(Manifest manifest) {
        return new ManifestUrls(SOURCE, manifest, BASE);
    }

    /** A manifest listing {@code css/site.css} as {@code css/site.<hash>.css}, with its integrity. */
    static Manifest version(String hash) {
        String hashed = "css/site." + hash + ".css";
        return Manifest.of(Map.of("css/site.css", hashed),
                Map.of(hashed, new Manifest.FileEntry(22, "sha256-" + hash + "=", List.of())));
    }

    static Manifest django() throws Exception {
        try (InputStream in = ManifestUrlsTest.class.getResourceAsStream("/manifests/django-staticfiles.json")) {
            return Manifest.parse(in, "staticfiles.json");
        }
    }

    @Nested
    class ListedUrls {
        @Test
        void areTheBaseFollowedByTheHashedName() {
            assertThat(urls(MANIFEST).listedUrl("css/site.css")).isEqualTo("/app/static/css/site.3f2a1b9c0d4e.css");
            assertThat(urls(MANIFEST).listedUrl("js/app.js")).isEqualTo("/app/static/js/app.23f4382db037.js");
        }

        @Test
        void areNullForANameNotListedExactly() {
            assertThat(urls(MANIFEST).listedUrl("css/none.css")).isNull();
            assertThat(urls(MANIFEST).listedUrl("/css/site.css")).isNull();
            assertThat(urls(MANIFEST).listedUrl("css/site.css?v=1")).isNull();
        }
    }

    @Nested
    class HashedNames {
        @Test
        void comeFromTheManifest() {
            assertThat(urls(MANIFEST).hashedName("css/site.css")).isEqualTo("css/site.3f2a1b9c0d4e.css");
        }

        @Test
        void areNullForANameTheManifestDoesNotList() {
            assertThat(urls(MANIFEST).hashedName("css/none.css")).isNull();
        }
    }

    @Nested
    class Integrity {
        @Test
        void comesFromTheEntryOfTheHashedFile() {
            assertThat(urls(MANIFEST).integrity("css/site.css")).isEqualTo("sha256-site=");
        }

        @Test
        void isNullWhenTheEntryRecordsNone() {
            assertThat(urls(MANIFEST).integrity("img/logo.png")).isNull();
        }

        @Test
        void isNullWhenTheHashedFileHasNoEntry() {
            assertThat(urls(MANIFEST).hashedName("js/app.js")).isEqualTo("js/app.23f4382db037.js");
            assertThat(urls(MANIFEST).integrity("js/app.js")).isNull();
        }

        @Test
        void isNullForANameTheManifestDoesNotList() {
            assertThat(urls(MANIFEST).integrity("css/none.css")).isNull();
        }

        @Test
        void isNullForEveryNameOfADjangoManifestWithoutFiles() throws Exception {
            ManifestUrls urls = urls(django());
            assertThat(urls.listedUrl("js/app.js")).isEqualTo("/app/static/js/app.abcdefabcdef.js");
            assertThat(urls.hashedName("admin/css/base.css")).isEqualTo("admin/css/base.1f2e3d4c5b6a.css");
            assertThat(urls.integrity("js/app.js")).isNull();
            assertThat(urls.integrity("admin/css/base.css")).isNull();
        }
    }

    @Nested
    class Unknown {
        @Test
        void namesTheManifestTheNameIsNotIn() {
            assertThat(urls(MANIFEST).unknown("css/none.css")).isEqualTo("is not in the manifest " + SOURCE);
        }
    }

    @Nested
    class Replacing {
        @Test
        void putsAllOfTheNewManifestInService() {
            ManifestUrls urls = urls(MANIFEST);
            urls.replace(version("bbbbbbbbbbbb"));
            assertThat(urls.manifest()).isEqualTo(version("bbbbbbbbbbbb"));
            assertThat(urls.listedUrl("css/site.css")).isEqualTo("/app/static/css/site.bbbbbbbbbbbb.css");
            assertThat(urls.hashedName("css/site.css")).isEqualTo("css/site.bbbbbbbbbbbb.css");
            assertThat(urls.integrity("css/site.css")).isEqualTo("sha256-bbbbbbbbbbbb=");
        }

        @Test
        void leavesNothingOfTheOldManifest() {
            ManifestUrls urls = urls(MANIFEST);
            urls.replace(version("bbbbbbbbbbbb"));
            assertThat(urls.listedUrl("js/app.js")).isNull();
            assertThat(urls.hashedName("js/app.js")).isNull();
            assertThat(urls.integrity("img/logo.png")).isNull();
        }

        @Test
        void neverMixesTwoManifestsInOneAnswer() throws Exception {
            ManifestUrls urls = urls(version("000000000000"));
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService readers = Executors.newFixedThreadPool(2);
            java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(2);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    results.add(readers.submit(() -> {
                        int reads = 0;
                        do {
                            // the hashed name of one manifest and the files of the other would give null
                            assertThat(urls.integrity("css/site.css")).matches("sha256-[0-9a-f]{12}=");
                            if (reads++ == 0) {
                                reading.countDown();
                            }
                        } while (running.get());
                        return reads;
                    }));
                }
                assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue(); // both read while the swaps go on
                for (int i = 1; i <= 5000; i++) {
                    urls.replace(version(String.format("%012x", i)));
                }
                running.set(false);
                for (Future<Integer> result : results) {
                    assertThat(result.get(10, TimeUnit.SECONDS)).isPositive();
                }
                assertThat(urls.integrity("css/site.css")).isEqualTo("sha256-000000001388=");
            } finally {
                running.set(false);
                readers.shutdownNow();
            }
        }
    }

    @Nested
    class Watching {
        static final Duration INTERVAL = Duration.ofMillis(20);

        static List<Thread> threads(String name) {
            return Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals(name) && t.isAlive()).toList();
        }

        @Test
        void putsAChangedFileInService(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("manifest.json");
            version("aaaaaaaaaaaa").writeAtomically(file);
            ManifestUrls urls = new ManifestUrls(file.toString(), Manifest.read(file), BASE);
            try (ManifestUrls watching = urls.watch(file, INTERVAL)) {
                assertThat(watching).isSameAs(urls);
                version("bbbbbbbbbbbb").writeAtomically(file);
                Eventually.await("reloaded", () -> "css/site.bbbbbbbbbbbb.css".equals(urls.hashedName("css/site.css")));
                assertThat(urls.listedUrl("css/site.css")).isEqualTo("/app/static/css/site.bbbbbbbbbbbb.css");
                assertThat(urls.integrity("css/site.css")).isEqualTo("sha256-bbbbbbbbbbbb=");
                assertThat(urls.manifest()).isEqualTo(version("bbbbbbbbbbbb"));
                assertThat(urls.unknown("css/none.css")).isEqualTo("is not in the manifest " + file);
            }
        }

        @Test
        void endsOnCloseAndTheManifestInServiceStays(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("manifest-urls.json");
            version("aaaaaaaaaaaa").writeAtomically(file);
            ManifestUrls urls = new ManifestUrls(file.toString(), Manifest.read(file), BASE).watch(file, INTERVAL);
            assertThat(threads("ecstatic-manifest-watch manifest-urls.json")).hasSize(1);
            urls.close();
            Eventually.await("the watch thread ends", () -> threads("ecstatic-manifest-watch manifest-urls.json").isEmpty());
            assertThat(urls.listedUrl("css/site.css")).isEqualTo("/app/static/css/site.aaaaaaaaaaaa.css");
        }

        @Test
        void isNotThereForAFixedManifestWhichResolvesAfterClose() {
            ManifestUrls urls = urls(MANIFEST);
            urls.close();
            assertThat(urls.listedUrl("css/site.css")).isEqualTo("/app/static/css/site.3f2a1b9c0d4e.css");
            assertThat(urls.integrity("css/site.css")).isEqualTo("sha256-site=");
        }
    }
}
