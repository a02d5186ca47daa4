package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportMapBuilderTest {
    private static final String TINY = "ecstatic.importmap";

    private static ImportMap build(Map<String, String> settings, ImportMap.Options options) {
        StaticUrls urls = Modules.urls(settings);
        return ImportMapBuilder.build(urls, urls.source().modules(), options, "a test");
    }

    @Nested
    class EveryModule {
        @Test
        void mapsThePlainUrlOfEachModuleAndEachBareSpecifierToItsHashedUrlWithIntegrity() {
            assertThat(build(Map.of(TINY, "tiny=vendor/tiny/index.js"), ImportMap.Options.all()).json()).isEqualTo("""
                    {
                      "imports": {
                        "/app/static/js/app.js": "/app/static/js/app.aaaaaaaaaaaa.js",
                        "/app/static/js/lazy.mjs": "/app/static/js/lazy.eeeeeeeeeeee.mjs",
                        "/app/static/js/lib/format.js": "/app/static/js/lib/format.bbbbbbbbbbbb.js",
                        "/app/static/js/shared/util.js": "/app/static/js/shared/util.cccccccccccc.js",
                        "/app/static/js/x\\u0026y.js": "/app/static/js/x\\u0026y.ffffffffffff.js",
                        "/app/static/vendor/tiny/core.js": "/app/static/vendor/tiny/core.111111111111.js",
                        "/app/static/vendor/tiny/index.js": "/app/static/vendor/tiny/index.222222222222.js",
                        "tiny": "/app/static/vendor/tiny/index.222222222222.js"
                      },
                      "integrity": {
                        "/app/static/js/app.aaaaaaaaaaaa.js": "sha256-app",
                        "/app/static/js/gone.dddddddddddd.js": "sha256-gone",
                        "/app/static/js/lazy.eeeeeeeeeeee.mjs": "sha256-lazy",
                        "/app/static/js/lib/format.bbbbbbbbbbbb.js": "sha256-format",
                        "/app/static/js/shared/util.cccccccccccc.js": "sha256-util",
                        "/app/static/js/x\\u0026y.ffffffffffff.js": "sha256-xy",
                        "/app/static/vendor/tiny/core.111111111111.js": "sha256-core",
                        "/app/static/vendor/tiny/index.222222222222.js": "sha256-tiny"
                      }
                    }""");
        }

        @Test
        void writesTheUrlsOfACdnWhenABaseUrlIsConfigured() {
            ImportMap map = build(Map.of("ecstatic.baseUrl", "https://cdn.example.com/s/"), ImportMap.Options.all());
            assertThat(map.imports()).containsEntry("https://cdn.example.com/s/js/app.js",
                    "https://cdn.example.com/s/js/app.aaaaaaaaaaaa.js").hasSize(7);
            assertThat(map.integrity()).containsEntry("https://cdn.example.com/s/js/app.aaaaaaaaaaaa.js", "sha256-app");
        }
    }

    @Nested
    class OddNames {
        @Test
        void aModuleWhoseNameABrowserSpellsOtherwiseGetsBothKeys() {
            StaticUrls urls = StaticUrls.of(EcstaticConfig.defaults(), "", Manifest.of(
                    Map.of("js/a(1) b.js", "js/a(1) b.111111111111.js"),
                    Map.of("js/a(1) b.111111111111.js", new Manifest.FileEntry(1, "sha256-a", List.of()))));
            assertThat(ImportMapBuilder.build(urls, urls.source().modules(), ImportMap.Options.all(), null).imports()).containsExactly(
                    Map.entry("/static/js/a%281%29%20b.js", "/static/js/a%281%29%20b.111111111111.js"),
                    Map.entry("/static/js/a(1)%20b.js", "/static/js/a%281%29%20b.111111111111.js"));
        }
    }

    @Nested
    class Restricted {
        @Test
        void anEntryComesWithWhatItImportsAndTheBareSpecifiersWithTheirs() {
            assertThat(build(Map.of(TINY, "tiny=vendor/tiny/index.js"), ImportMap.Options.all().entries("js/lazy.mjs")).json())
                    .isEqualTo("""
                    {
                      "imports": {
                        "/app/static/js/lazy.mjs": "/app/static/js/lazy.eeeeeeeeeeee.mjs",
                        "/app/static/vendor/tiny/core.js": "/app/static/vendor/tiny/core.111111111111.js",
                        "/app/static/vendor/tiny/index.js": "/app/static/vendor/tiny/index.222222222222.js",
                        "tiny": "/app/static/vendor/tiny/index.222222222222.js"
                      },
                      "integrity": {
                        "/app/static/js/gone.dddddddddddd.js": "sha256-gone",
                        "/app/static/js/lazy.eeeeeeeeeeee.mjs": "sha256-lazy",
                        "/app/static/vendor/tiny/core.111111111111.js": "sha256-core",
                        "/app/static/vendor/tiny/index.222222222222.js": "sha256-tiny"
                      }
                    }""");
        }

        @Test
        void aCycleOfImportsEnds() {
            assertThat(build(Map.of(), ImportMap.Options.all().entries("/js/shared/util.js")).imports()).containsOnlyKeys(
                    "/app/static/js/app.js", "/app/static/js/lib/format.js", "/app/static/js/shared/util.js");
        }

        @Test
        void aGlobListsTheModulesItMatchesWithWhatTheyImport() {
            assertThat(build(Map.of(), ImportMap.Options.all().including("vendor/**")).imports()).containsOnlyKeys(
                    "/app/static/vendor/tiny/core.js", "/app/static/vendor/tiny/index.js");
            assertThat(build(Map.of(), ImportMap.Options.all().including("js/lib/*.js")).imports()).containsOnlyKeys(
                    "/app/static/js/app.js", "/app/static/js/lib/format.js", "/app/static/js/shared/util.js");
        }

        @Test
        void aGlobThatMatchesNothingListsTheBareSpecifiersAlone() {
            assertThat(build(Map.of(TINY, "tiny=vendor/tiny/core.js"), ImportMap.Options.all().including("none/**")).imports())
                    .containsOnlyKeys("/app/static/vendor/tiny/core.js", "tiny");
        }
    }

    @Nested
    class BareSpecifiers {
        @Test
        void aModuleOfThePageWinsOverTheConfiguredOneOfTheSameName() {
            ImportMap map = build(Map.of(TINY, "tiny=vendor/tiny/index.js"),
                    ImportMap.Options.all().module("tiny", "vendor/tiny/core.js"));
            assertThat(map.imports()).containsEntry("tiny", "/app/static/vendor/tiny/core.111111111111.js");
        }

        @Test
        void aPrefixMapsEveryModuleUnderItsDirectoryOneByOne() {
            ImportMap map = build(Map.of(TINY, "tiny/=vendor/tiny/"), ImportMap.Options.all().entries("js/lazy.mjs"));
            assertThat(map.imports())
                    .containsEntry("tiny/core.js", "/app/static/vendor/tiny/core.111111111111.js")
                    .containsEntry("tiny/index.js", "/app/static/vendor/tiny/index.222222222222.js")
                    .containsEntry("/app/static/vendor/tiny/core.js", "/app/static/vendor/tiny/core.111111111111.js")
                    .doesNotContainKey("tiny/");
        }

        @Test
        void anUnknownModuleGetsItsUnhashedUrlAndOneWarning() {
            try (LogCapture log = LogCapture.ecstatic()) {
                ImportMap map = build(Map.of(TINY, "gone=vendor/gone.js"), ImportMap.Options.all());
                assertThat(map.imports()).containsEntry("gone", "/app/static/vendor/gone.js");
                assertThat(log.messages(Level.WARNING)).containsExactly("Ecstatic: the static file 'vendor/gone.js' is not "
                        + "in the manifest META-INF/ecstatic/manifest.json (asked for by a test); its URL carries no hash. "
                        + "Check the name, or collect the static files again.");
            }
        }

        @Test
        void anUnknownModuleFailsInStrictMode() {
            assertThatThrownBy(() -> build(Map.of(TINY, "gone=vendor/gone.js", "ecstatic.strict", "true"), ImportMap.Options.all()))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The static file 'vendor/gone.js' is not in the manifest META-INF/ecstatic/manifest.json. "
                            + "Check the name, or collect the static files again (ecstatic.strict=true).");
        }

        @Test
        void aPrefixWhoseDirectoryHoldsNoModuleMapsToTheDirectoryWithOneWarning() {
            try (LogCapture log = LogCapture.ecstatic()) {
                ImportMap map = build(Map.of(TINY, "none/=vendor/none/"), ImportMap.Options.all());
                assertThat(map.imports()).containsEntry("none/", "/app/static/vendor/none/");
                assertThat(log.messages(Level.WARNING)).containsExactly("Ecstatic: the directory 'vendor/none/' of the "
                        + "import map's specifier 'none/' holds no module: it is not in the manifest "
                        + "META-INF/ecstatic/manifest.json (asked for by a test); the specifier maps to the directory's "
                        + "unhashed URL. Check the name, or collect the static files again.");
            }
        }

        @Test
        void aPrefixWhoseDirectoryHoldsNoModuleFailsInStrictMode() {
            assertThatThrownBy(() -> build(Map.of(TINY, "none/=vendor/none/", "ecstatic.strict", "true"), ImportMap.Options.all()))
                    .hasMessage("The directory 'vendor/none/' of the import map's specifier 'none/' holds no module: it is "
                            + "not in the manifest META-INF/ecstatic/manifest.json. Check the name, or collect the static "
                            + "files again (ecstatic.strict=true).");
        }
    }

    @Nested
    class Entries {
        @Test
        void anUnknownEntryAddsNothingAndWarnsOnce() {
            try (LogCapture log = LogCapture.ecstatic()) {
                ImportMap map = build(Map.of(), ImportMap.Options.all().entries("js/nope.js"));
                assertThat(map.imports()).isEmpty();
                assertThat(map.integrity()).isEmpty();
                assertThat(log.messages(Level.WARNING)).hasSize(1).first().asString().startsWith("Ecstatic: the static file 'js/nope.js'");
            }
        }

        @Test
        void anUnknownEntryFailsInStrictMode() {
            assertThatThrownBy(() -> build(Map.of("ecstatic.strict", "true"), ImportMap.Options.all().entries("js/nope.js")))
                    .hasMessageStartingWith("The static file 'js/nope.js' is not in the manifest");
        }
    }
}
