package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
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
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaticUrlsTest {
    static final Manifest MANIFEST = Manifest.of(
            Map.of("css/site.css", "css/site.3f2a1b9c0d4e.css", "fonts/a b.woff2", "fonts/a b.5d41402abc4b.woff2"),
            Map.of("css/site.3f2a1b9c0d4e.css", new Manifest.FileEntry(1234, "sha256-abc=", List.of("gzip"))));

    static StaticUrls urls(Map<String, String> settings) {
        return StaticUrls.of(EcstaticConfig.from(settings::get), "/app", MANIFEST);
    }

    static StaticUrls lax() {
        return urls(Map.of());
    }

    @Nested
    class Urls {
        @Test
        void putsContextPathPrefixAndHashedName() {
            assertThat(lax().url("css/site.css")).isEqualTo("/app/static/css/site.3f2a1b9c0d4e.css");
        }

        @Test
        void toleratesALeadingSlash() {
            assertThat(lax().url("/css/site.css")).isEqualTo("/app/static/css/site.3f2a1b9c0d4e.css");
        }

        @Test
        void keepsQueryAndFragment() {
            StaticUrls urls = lax();
            assertThat(urls.url("css/site.css?v=3")).isEqualTo("/app/static/css/site.3f2a1b9c0d4e.css?v=3");
            assertThat(urls.url("css/site.css#top")).isEqualTo("/app/static/css/site.3f2a1b9c0d4e.css#top");
            assertThat(urls.url("/css/site.css?#iefix")).isEqualTo("/app/static/css/site.3f2a1b9c0d4e.css?#iefix");
        }

        @Test
        void resolvesADirectoryToTheBaseAndThatDirectory() {
            StaticUrls urls = lax();
            assertThat(urls.url("img/")).isEqualTo("/app/static/img/");
            assertThat(urls.url("/")).isEqualTo("/app/static/");
            assertThat(urls.url("")).isEqualTo("/app/static/");
        }

        @Test
        void usesTheRootContextAndAnotherPrefix() {
            StaticUrls urls = StaticUrls.of(EcstaticConfig.from(Map.of("ecstatic.prefix", "assets")::get), "", MANIFEST);
            assertThat(urls.url("css/site.css")).isEqualTo("/assets/css/site.3f2a1b9c0d4e.css");
        }

        @Test
        void usesTheBaseUrlOfACdnInsteadOfContextPathAndPrefix() {
            StaticUrls urls = urls(Map.of("ecstatic.baseUrl", "https://cdn.example.com/s"));
            assertThat(urls.url("css/site.css?v=1")).isEqualTo("https://cdn.example.com/s/css/site.3f2a1b9c0d4e.css?v=1");
            assertThat(urls.url("img/")).isEqualTo("https://cdn.example.com/s/img/");
            assertThat(urls.url("js/none.js")).isEqualTo("https://cdn.example.com/s/js/none.js");
        }

        @Test
        void percentEncodesTheNameInTheUrl() {
            assertThat(lax().url("fonts/a b.woff2")).isEqualTo("/app/static/fonts/a%20b.5d41402abc4b.woff2");
            assertThat(lax().url("fonts/a b.woff2?v=1")).isEqualTo("/app/static/fonts/a%20b.5d41402abc4b.woff2?v=1");
        }

        @Test
        void percentEncodesAnUnknownNameAndADirectoryToo() {
            assertThat(lax().url("img/a#b.png")).isEqualTo("/app/static/img/a#b.png"); // '#' starts a fragment here
            assertThat(lax().url("img/new file.png")).isEqualTo("/app/static/img/new%20file.png");
            assertThat(lax().url("my dir/")).isEqualTo("/app/static/my%20dir/");
        }
    }

    @Nested
    class Unknown {
        @Test
        void nameWhatAskedForTheNameWhenTheCallerSaysWho() {
            StaticUrls urls = lax();
            try (LogCapture log = LogCapture.ecstatic()) {
                urls.url("img/none.png", new Object() {
                    @Override
                    public String toString() {
                        return "<static:url path=\"img/none.png\"/> in /index.jsp";
                    }
                });
                assertThat(log.messages(Level.WARNING)).containsExactly("Ecstatic: the static file 'img/none.png' is not "
                        + "in the manifest META-INF/ecstatic/manifest.json (asked for by <static:url path=\"img/none.png\"/> "
                        + "in /index.jsp); its URL carries no hash. Check the name, or collect the static files again.");
            }
        }

        @Test
        void showALongOrMultiLineNameShortenedAndEscapedSoThatItCannotForgeALogLine() {
            StaticUrls urls = lax();
            String forged = "x.png\nSEVERE: forged line\r\n" + "a".repeat(1_500_000);
            try (LogCapture log = LogCapture.ecstatic()) {
                urls.url(forged);
                urls.url(forged);
                assertThat(log.messages(Level.WARNING)).hasSize(1).first().satisfies(message -> {
                    assertThat(message).doesNotContain("\n").doesNotContain("\r").hasSizeLessThan(400);
                    assertThat(message).startsWith("Ecstatic: the static file 'x.png\\nSEVERE: forged line\\r\\n"
                            + "a".repeat(120 - 27) + "\u2026 (1500027 characters)' is not in the manifest");
                });
            }
            assertThatThrownBy(() -> urls(Map.of("ecstatic.strict", "true")).url(forged))
                    .hasMessageStartingWith("The static file 'x.png\\nSEVERE: forged line\\r\\n")
                    .hasMessageNotContaining("\n");
        }

        @Test
        void giveTheUnhashedUrlAndOneWarningPerName() {
            StaticUrls urls = lax();
            try (LogCapture log = LogCapture.ecstatic()) {
                for (int i = 0; i < 3; i++) {
                    assertThat(urls.url("js/app.js?x")).isEqualTo("/app/static/js/app.js?x");
                    assertThat(urls.url("/js/other.js")).isEqualTo("/app/static/js/other.js");
                }
                assertThat(log.messages(Level.WARNING)).containsExactly(
                        "Ecstatic: the static file 'js/app.js' is not in the manifest META-INF/ecstatic/manifest.json; "
                                + "its URL carries no hash. Check the name, or collect the static files again.",
                        "Ecstatic: the static file 'js/other.js' is not in the manifest META-INF/ecstatic/manifest.json; "
                                + "its URL carries no hash. Check the name, or collect the static files again.");
            }
        }

        @Test
        void stopWarningAfterTheLimitWithOneLastWarning() {
            UnknownNames names = new UnknownNames(2);
            try (LogCapture log = LogCapture.ecstatic()) {
                for (String name : List.of("a", "b", "c", "a", "d")) {
                    names.report(name, "unknown " + name);
                }
                assertThat(log.messages(Level.WARNING)).containsExactly("unknown a", "unknown b",
                        "Ecstatic: 2 unknown static names reported; further ones are not.");
            }
        }

        @Test
        void throwInStrictModeNamingThePathAndTheManifest() {
            StaticUrls urls = StaticUrls.fixed(EcstaticConfig.from(Map.of("ecstatic.strict", "true")::get), "/app",
                    "jar:file:/w/app.jar!/META-INF/ecstatic/manifest.json", MANIFEST);
            assertThat(urls.url("css/site.css")).isEqualTo("/app/static/css/site.3f2a1b9c0d4e.css");
            assertThatThrownBy(() -> urls.url("/css/missing.css?v=2"))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The static file 'css/missing.css' is not in the manifest "
                            + "jar:file:/w/app.jar!/META-INF/ecstatic/manifest.json. Check the name, or collect "
                            + "the static files again (ecstatic.strict=true).");
        }
    }

    @Nested
    class Integrity {
        @Test
        void comesFromTheManifest() {
            assertThat(lax().integrity("/css/site.css")).isEqualTo("sha256-abc=");
        }

        @Test
        void isNullForUnknownNamesAndFilesWithoutOne() {
            assertThat(lax().integrity("css/none.css")).isNull();
            assertThat(lax().integrity("fonts/a b.woff2")).isNull();
        }
    }

    @Nested
    class ImportMaps {
        @Test
        void isBuiltOncePerManifestAndOptions() {
            StaticUrls urls = Modules.urls(Map.of());
            assertThat(urls.importMap()).isSameAs(urls.importMap());
            assertThat(urls.importMap(ImportMap.Options.all().including("js/**"), null))
                    .isSameAs(urls.importMap(ImportMap.Options.all().including("js/**"), null))
                    .isNotSameAs(urls.importMap());
            assertThat(urls.importMap().imports()).hasSize(7);
        }

        @Test
        void takesTheConfiguredBareSpecifiers() {
            assertThat(Modules.urls(Map.of("ecstatic.importmap", "tiny=vendor/tiny/index.js")).importMap().imports())
                    .containsEntry("tiny", "/app/static/vendor/tiny/index.222222222222.js");
        }

        @Test
        void isEmptyForAManifestWithoutModules() {
            assertThat(lax().importMap().json()).isEqualTo("{\n  \"imports\": {},\n  \"integrity\": {}\n}");
        }
    }

    @Nested
    class ModulePreloads {
        @Test
        void areTheEntryThenWhatItImportsBreadthFirstEachOnce() {
            assertThat(Modules.urls(Map.of()).modulePreloads("js/shared/util.js")).containsExactly(
                    new ModulePreload("/app/static/js/shared/util.cccccccccccc.js", "sha256-util"),
                    new ModulePreload("/app/static/js/app.aaaaaaaaaaaa.js", "sha256-app"),
                    new ModulePreload("/app/static/js/lib/format.bbbbbbbbbbbb.js", "sha256-format"));
        }

        @Test
        void includeAFileNoLogicalNameListsAndKeepTheEntrysQuery() {
            assertThat(Modules.urls(Map.of()).modulePreloads("/js/lazy.mjs?v=2")).containsExactly(
                    new ModulePreload("/app/static/js/lazy.eeeeeeeeeeee.mjs?v=2", "sha256-lazy"),
                    new ModulePreload("/app/static/js/gone.dddddddddddd.js", "sha256-gone"));
        }

        @Test
        void areWorkedOutOncePerPath() {
            StaticUrls urls = Modules.urls(Map.of());
            assertThat(urls.modulePreloads("js/app.js")).isSameAs(urls.modulePreloads("js/app.js"));
        }

        @Test
        void holdTheUnhashedEntryAloneForAnUnknownName() {
            try (LogCapture log = LogCapture.ecstatic()) {
                assertThat(Modules.urls(Map.of()).modulePreloads("js/nope.js", "a page"))
                        .containsExactly(new ModulePreload("/app/static/js/nope.js", null));
                assertThat(log.messages(Level.WARNING)).containsExactly("Ecstatic: the static file 'js/nope.js' is not in "
                        + "the manifest META-INF/ecstatic/manifest.json (asked for by a page); its URL carries no hash. "
                        + "Check the name, or collect the static files again.");
            }
        }

        @Test
        void throwForAnUnknownNameInStrictMode() {
            assertThatThrownBy(() -> Modules.urls(Map.of("ecstatic.strict", "true")).modulePreloads("js/nope.js"))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The static file 'js/nope.js' is not in the manifest META-INF/ecstatic/manifest.json. "
                            + "Check the name, or collect the static files again (ecstatic.strict=true).");
        }
    }

    @Nested
    class Reload {
        static final Duration FAST = Duration.ofMillis(20);

        static Manifest manifest(String hash) {
            return Manifest.of(Map.of("css/site.css", "css/site." + hash + ".css", "js/app.js", "js/app." + hash + ".js"),
                    Map.of());
        }

        @Test
        void picksUpAChangedManifest(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("manifest.json");
            manifest("aaaaaaaaaaaa").writeAtomically(file);
            try (StaticUrls urls = StaticUrls.watching(EcstaticConfig.defaults(), "", file, Manifest.read(file), FAST)) {
                assertThat(urls.url("css/site.css")).isEqualTo("/static/css/site.aaaaaaaaaaaa.css");
                manifest("bbbbbbbbbbbb").writeAtomically(file);
                Eventually.await("reloaded", () -> urls.url("css/site.css").equals("/static/css/site.bbbbbbbbbbbb.css"));
                assertThat(urls.manifest()).isEqualTo(manifest("bbbbbbbbbbbb"));
            }
        }

        @Test
        void keepsThePreviousManifestWhenTheNewOneIsBroken(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("manifest.json");
            manifest("aaaaaaaaaaaa").writeAtomically(file);
            try (LogCapture log = LogCapture.ecstatic();
                 StaticUrls urls = StaticUrls.watching(EcstaticConfig.defaults(), "", file, Manifest.read(file), FAST)) {
                // moved into place whole, as a build writes a manifest: a file rewritten in place can be seen
                // empty by a watcher on a loaded machine, and that is another broken manifest
                Path broken = Files.writeString(dir.resolve("broken.tmp"), "{\"version\": 1, \"paths\": {\"css/site.css\": }}");
                Files.move(broken, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                Eventually.await("rejected", () -> !log.messages(Level.SEVERE).isEmpty());
                assertThat(log.messages(Level.SEVERE)).containsExactly("Ecstatic: rejected the changed manifest; "
                        + "the previous one stays in service. The manifest " + file + " is not valid JSON at line 1, "
                        + "column 42: Invalid token=CURLYCLOSE at (line no=1, column no=42, offset=41). Expected tokens "
                        + "are: [CURLYOPEN, SQUAREOPEN, STRING, NUMBER, TRUE, FALSE, NULL]. Rebuild it with "
                        + "ecstatic:collect (or the ecstatic command line).");
                assertThat(urls.url("css/site.css")).isEqualTo("/static/css/site.aaaaaaaaaaaa.css");
                assertThat(urls.manifest()).isEqualTo(manifest("aaaaaaaaaaaa"));

                manifest("cccccccccccc").writeAtomically(file);
                Eventually.await("reloaded", () -> urls.url("css/site.css").equals("/static/css/site.cccccccccccc.css"));
                assertThat(log.messages(Level.SEVERE)).hasSize(1);
            }
        }

        @Test
        void readersNeverSeeAHalfSwappedManifest(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("manifest.json");
            manifest("000000000000").writeAtomically(file);
            StaticUrls urls = StaticUrls.fixed(EcstaticConfig.defaults(), "", file.toString(), Manifest.read(file));
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService readers = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    results.add(readers.submit(() -> {
                        int reads = 0;
                        while (running.get()) {
                            Manifest m = urls.manifest();
                            String css = urls.url("css/site.css");
                            String js = urls.url("js/app.js");
                            assertThat(m).isNotNull();
                            assertThat(css).matches("/static/css/site\\.[0-9a-f]{12}\\.css");
                            String mHash = m.hashedName("js/app.js").substring(7, 19);
                            assertThat(m.hashedName("css/site.css")).isEqualTo("css/site." + mHash + ".css");
                            assertThat(js).matches("/static/js/app\\.[0-9a-f]{12}\\.js");
                            reads++;
                        }
                        return reads;
                    }));
                }
                for (int i = 1; i <= 2000; i++) {
                    ((ManifestUrls) urls.source()).replace(manifest(String.format("%012x", i)));
                }
                running.set(false);
                for (Future<Integer> result : results) {
                    assertThat(result.get(10, TimeUnit.SECONDS)).isPositive();
                }
                assertThat(urls.url("css/site.css")).isEqualTo("/static/css/site.0000000007d0.css");
            } finally {
                running.set(false);
                readers.shutdownNow();
            }
        }
    }
}
