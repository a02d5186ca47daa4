package org.ecstatic.runtime;

import jakarta.servlet.FilterRegistration;
import org.ecstatic.runtime.WebApp.Container;
import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

class EcstaticInitializerTest {
    static final String MANIFEST = "WEB-INF/classes/META-INF/ecstatic/manifest.json";

    @TempDir
    Path root;

    WebApp.Setup site(Container container) throws Exception {
        return new WebApp.Setup(container, WebApp.copy(root, "site"));
    }

    WebApp.Setup withoutManifest(Container container) throws Exception {
        WebApp.Setup setup = site(container);
        Files.delete(root.resolve(MANIFEST));
        return setup;
    }

    static List<String> ecstaticLines(LogCapture log, Level level) {
        return log.messages(level).stream().filter(m -> m.startsWith("Ecstatic:")).toList();
    }

    @Nested
    class FrameworkIntegration {
        @ParameterizedTest
        @EnumSource(Container.class)
        void leavesTheStartUpToAFrameworkIntegrationThatSaysItStartsEcstatic(Container container) throws Exception {
            WebApp.Setup setup = site(container);
            Files.writeString(root.resolve("WEB-INF/classes/" + EcstaticInitializer.FRAMEWORK_STARTS), "ecstatic-spring-boot\n");
            try (WebApp app = setup.start()) {
                assertThat(app.context().getAttribute(StaticUrls.ATTRIBUTE)).isNull();
                assertThat(app.context().getFilterRegistrations()).doesNotContainKeys(
                        "ecstatic-static-files", "ecstatic-url-encoding");
            }
        }
    }

    @Nested
    class ZeroConfiguration {
        @ParameterizedTest
        @EnumSource(Container.class)
        void publishesStaticUrlsAndResolvesFromTheManifest(Container container) throws Exception {
            try (WebApp app = site(container).start()) {
                assertThat(app.get("/urls?name=css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
                assertThat(app.context().getAttribute("org.ecstatic.runtime.StaticUrls")).isSameAs(app.urls());
                assertThat(app.urls().isDev()).isFalse();
                assertThat(app.urls().integrity("js/app.js"))
                        .isEqualTo("sha256-I/Q4LbA3hts2YwmzIF7KwavHw/Z1rE6vPdyBJ4CAcDo=");
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void mapsTheUrlEncodingFilterToEveryPath(Container container) throws Exception {
            try (WebApp app = site(container).start()) {
                FilterRegistration encoding = app.context().getFilterRegistration("ecstatic-url-encoding");
                assertThat(encoding.getClassName()).isEqualTo("org.ecstatic.runtime.StaticUrlEncodingFilter");
                assertThat(encoding.getUrlPatternMappings()).containsExactly("/*");
                assertThat(app.get("/urls?encode=/app/static/js/app.js%3Fv%3D1"))
                        .isEqualTo("/app/static/js/app.23f4382db037.js?v=1");
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void mapsTheStaticFilesFilterToThePrefix(Container container) throws Exception {
            try (WebApp app = site(container).start()) {
                FilterRegistration files = app.context().getFilterRegistration("ecstatic-static-files");
                assertThat(files.getClassName()).isEqualTo("org.ecstatic.runtime.StaticFilesFilter");
                assertThat(files.getUrlPatternMappings()).containsExactly("/static/*");
                HttpResponse<String> css = app.request("/static/css/site.97e2e94903cc.css");
                assertThat(css.statusCode()).isEqualTo(200);
                assertThat(css.body()).isEqualTo("body { color: #333; }\n");
                assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void logsOneLineSayingWhereTheManifestCameFrom(Container container) throws Exception {
            try (LogCapture log = LogCapture.ecstatic(); WebApp app = site(container).start()) {
                assertThat(ecstaticLines(log, Level.INFO)).singleElement().asString().matches(
                        "Ecstatic: loaded manifest file:" + root.toRealPath() + "/" + MANIFEST
                                + " \\(2 paths, 2 files\\) in \\d+ ms");
                assertThat(log.messages(Level.WARNING)).isEmpty();
                assertThat(app.urls().manifest().size()).isEqualTo(2);
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void takesSettingsFromContextParametersOverriddenBySystemProperties(Container container) throws Exception {
            System.setProperty("ecstatic.prefix", "/assets/");
            try (WebApp app = site(container).parameter("ecstatic.prefix", "/ignored/")
                    .parameter("ecstatic.baseUrl", "https://cdn.example.com/s/").start()) {
                assertThat(app.urls().config().prefix()).isEqualTo("/assets/");
                assertThat(app.context().getFilterRegistration("ecstatic-static-files").getUrlPatternMappings())
                        .containsExactly("/assets/*");
                assertThat(app.get("/urls?name=css/site.css")).isEqualTo("https://cdn.example.com/s/css/site.97e2e94903cc.css");
            } finally {
                System.clearProperty("ecstatic.prefix");
            }
        }
    }

    @Nested
    class ManifestMode {
        @ParameterizedTest
        @EnumSource(Container.class)
        void refusesToStartWithoutTheManifest(Container container) throws Exception {
            assertThat(withoutManifest(container).parameter("ecstatic.mode", "manifest").startFailure())
                    .isEqualTo("The manifest META-INF/ecstatic/manifest.json is not on the class path of the web "
                            + "application (ecstatic.manifest, ecstatic.mode=manifest). Run ecstatic:collect (or the "
                            + "ecstatic command line) so that it ends up in "
                            + "WEB-INF/classes/META-INF/ecstatic/manifest.json, point ecstatic.manifest at it, or "
                            + "set ecstatic.mode to auto or dev.");
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void refusesToStartWithABrokenManifestNamingLineColumnAndWhatWasExpected(Container container) throws Exception {
            WebApp.Setup setup = site(container);
            WebApp.copy(root, "broken-manifest");
            assertThat(setup.startFailure()).isEqualTo("The manifest file:" + root.toRealPath() + "/"
                    + MANIFEST + " is not valid JSON at line 5, column 3: Invalid token=CURLYCLOSE at (line no=5, "
                    + "column no=3, offset=82). Expected tokens are: [STRING]. Rebuild it with ecstatic:collect "
                    + "(or the ecstatic command line).");
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void refusesToStartWithAWrongSetting(Container container) throws Exception {
            assertThat(site(container).parameter("ecstatic.mode", "prod").startFailure())
                    .isEqualTo("ecstatic.mode is 'prod'; expected manifest, dev or auto");
            assertThat(site(container).parameter("ecstatic.manifest", "file://host/m.json").startFailure())
                    .isEqualTo("ecstatic.manifest is 'file://host/m.json', which is not a file path (URI has an "
                            + "authority component); expected file:/absolute/path/manifest.json");
        }
    }

    @Nested
    class AutoMode {
        @ParameterizedTest
        @EnumSource(Container.class)
        void fallsBackToDevModeWithOneWarning(Container container) throws Exception {
            try (LogCapture log = LogCapture.ecstatic(); WebApp app = withoutManifest(container).start()) {
                assertThat(app.urls().isDev()).isTrue();
                assertThat(app.get("/urls?name=css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
                assertThat(ecstaticLines(log, Level.WARNING)).containsExactly("Ecstatic: no manifest "
                        + "META-INF/ecstatic/manifest.json for the web application '/app'; dev mode: hashing the "
                        + "files under /static/ on demand. Run ecstatic:collect for production, or set "
                        + "ecstatic.mode=manifest to make a missing manifest stop the start-up.");
                assertThat(ecstaticLines(log, Level.INFO)).isEmpty();
            }
        }
    }

    @Nested
    class FileManifest {
        @ParameterizedTest
        @EnumSource(Container.class)
        void isReloadedWhenItChangesOnDisk(Container container) throws Exception {
            Path file = root.resolve("outside/manifest.json");
            Manifest.of(Map.of("css/site.css", "css/site.aaaaaaaaaaaa.css"), Map.of()).writeAtomically(file);
            try (LogCapture log = LogCapture.ecstatic();
                 WebApp app = withoutManifest(container).parameter("ecstatic.manifest", "file:" + file).start()) {
                assertThat(app.get("/urls?name=css/site.css")).isEqualTo("/app/static/css/site.aaaaaaaaaaaa.css");
                assertThat(ecstaticLines(log, Level.INFO)).singleElement().asString().matches("Ecstatic: loaded manifest "
                        + file + " \\(1 paths, 0 files\\) in \\d+ ms; reloaded when the file changes");

                Manifest.of(Map.of("css/site.css", "css/site.bbbbbbbbbbbb.css"), Map.of()).writeAtomically(file);
                Eventually.await("reloaded", () -> app.get("/urls?name=css/site.css")
                        .equals("/app/static/css/site.bbbbbbbbbbbb.css"));
                assertThat(app.urls().manifest().hashedName("css/site.css")).isEqualTo("css/site.bbbbbbbbbbbb.css");
                assertThat(watchThreads()).hasSize(1);
            }
            Eventually.await("the watch thread ends with the application", () -> watchThreads().isEmpty());
        }

        static List<Thread> watchThreads() {
            return Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("ecstatic-manifest-watch manifest.json") && t.isAlive()).toList();
        }
    }
}
