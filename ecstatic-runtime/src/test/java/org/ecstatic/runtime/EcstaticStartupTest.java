package org.ecstatic.runtime;

import jakarta.servlet.ServletContext;
import org.ecstatic.runtime.WebApp.Container;
import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Start-up run by hand in a real container whose initializers are kept from running, so that nothing
 * but the test starts Ecstatic.
 */
class EcstaticStartupTest {
    static final String MANIFEST = "WEB-INF/classes/META-INF/ecstatic/manifest.json";

    @TempDir
    Path root;

    WebApp.Setup site(Container container) throws Exception {
        return new WebApp.Setup(container, WebApp.copy(root, "site")).withoutInitializers();
    }

    WebApp.Setup withoutManifest(Container container) throws Exception {
        WebApp.Setup setup = site(container);
        Files.delete(root.resolve(MANIFEST));
        return setup;
    }

    static List<String> ecstaticLines(LogCapture log, Level level) {
        return log.messages(level).stream().filter(m -> m.startsWith("Ecstatic:")).toList();
    }

    static Object published(WebApp app) {
        return app.context().getAttribute(StaticUrls.ATTRIBUTE);
    }

    static List<Thread> watchThreads(String fileName) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("ecstatic-manifest-watch " + fileName) && t.isAlive()).toList();
    }

    String loadedFromTheClassPath() throws Exception {
        return "Ecstatic: loaded manifest file:" + root.toRealPath() + "/" + MANIFEST + " \\(2 paths, 2 files\\) in \\d+ ms";
    }

    @Nested
    class Publishing {
        @ParameterizedTest
        @EnumSource(Container.class)
        void happensOnceAndASecondStartReturnsNull(Container container) throws Exception {
            try (LogCapture log = LogCapture.ecstatic(); WebApp app = site(container).start()) {
                assertThat(published(app)).isNull();
                StaticUrls urls = EcstaticStartup.start(app.context());
                assertThat(urls).isNotNull();
                assertThat(published(app)).isSameAs(urls);

                assertThat(EcstaticStartup.start(app.context())).isNull();
                assertThat(published(app)).isSameAs(urls);
                assertThat(ecstaticLines(log, Level.INFO)).singleElement().asString().matches(loadedFromTheClassPath());
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void doesNotHappenWhenTheConfigurationIsWrong(Container container) throws Exception {
            try (WebApp app = site(container).parameter("ecstatic.baseUrl", "cdn.example.com").start()) {
                assertThatThrownBy(() -> EcstaticStartup.start(app.context())).isInstanceOf(EcstaticException.class)
                        .hasMessage("ecstatic.baseUrl is 'cdn.example.com'; expected an absolute URL such as "
                                + "https://cdn.example.com/static/");
                assertThat(published(app)).isNull();
            }
        }
    }

    @Nested
    class GivenConfiguration {
        @ParameterizedTest
        @EnumSource(Container.class)
        void takesTheConfigurationItIsGivenInsteadOfTheContextParameters(Container container) throws Exception {
            try (WebApp app = site(container).parameter("ecstatic.mode", "dev").start()) {
                StaticUrls urls = EcstaticStartup.start(app.context(), new EcstaticConfig(
                        EcstaticConfig.DEFAULT_MANIFEST, EcstaticConfig.Mode.MANIFEST, "/assets/", null, true));
                assertThat(published(app)).isSameAs(urls);
                assertThat(urls.isDev()).isFalse();
                assertThat(urls.url("js/app.js")).isEqualTo("/app/assets/js/app.23f4382db037.js");
                assertThatThrownBy(() -> urls.url("js/missing.js")).isInstanceOf(EcstaticException.class);
                assertThat(EcstaticStartup.start(app.context(), EcstaticConfig.defaults())).isNull();

                EcstaticStartup.stop(app.context(), urls);
                assertThat(published(app)).isNull();
            }
        }
    }

    @Nested
    class DevMode {
        @ParameterizedTest
        @EnumSource(Container.class)
        void hashesTheFilesOnDemandEvenWhenThereIsAManifest(Container container) throws Exception {
            try (LogCapture log = LogCapture.ecstatic();
                 WebApp app = site(container).parameter("ecstatic.mode", "dev").parameter("ecstatic.prefix", "static")
                         .start()) {
                StaticUrls urls = EcstaticStartup.start(app.context());
                assertThat(urls.isDev()).isTrue();
                assertThat(urls.manifest()).isNull();
                assertThat(urls.url("css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
                assertThat(ecstaticLines(log, Level.INFO)).containsExactly(
                        "Ecstatic: dev mode (ecstatic.mode=dev): hashing the files under /static/ on demand");
                assertThat(ecstaticLines(log, Level.WARNING)).isEmpty();
            }
        }
    }

    @Nested
    class AutoMode {
        @ParameterizedTest
        @EnumSource(Container.class)
        void takesTheManifestWhenThereIsOne(Container container) throws Exception {
            try (LogCapture log = LogCapture.ecstatic(); WebApp app = site(container).start()) {
                StaticUrls urls = EcstaticStartup.start(app.context());
                assertThat(urls.isDev()).isFalse();
                assertThat(urls.manifest().size()).isEqualTo(2);
                assertThat(urls.url("js/app.js")).isEqualTo("/app/static/js/app.23f4382db037.js");
                assertThat(ecstaticLines(log, Level.INFO)).singleElement().asString().matches(loadedFromTheClassPath());
                assertThat(ecstaticLines(log, Level.WARNING)).isEmpty();
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void fallsBackToDevModeWithOneWarningWhenThereIsNone(Container container) throws Exception {
            try (LogCapture log = LogCapture.ecstatic(); WebApp app = withoutManifest(container).start()) {
                StaticUrls urls = EcstaticStartup.start(app.context());
                assertThat(urls.isDev()).isTrue();
                assertThat(urls.url("css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
                assertThat(ecstaticLines(log, Level.WARNING)).containsExactly("Ecstatic: no manifest "
                        + "META-INF/ecstatic/manifest.json for the web application '/app'; dev mode: hashing the "
                        + "files under /static/ on demand. Run ecstatic:collect for production, or set "
                        + "ecstatic.mode=manifest to make a missing manifest stop the start-up.");
                assertThat(ecstaticLines(log, Level.INFO)).isEmpty();
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void doesNotFallBackWhenTheManifestIsBroken(Container container) throws Exception {
            WebApp.Setup setup = site(container);
            WebApp.copy(root, "broken-manifest");
            try (WebApp app = setup.start()) {
                assertThatThrownBy(() -> EcstaticStartup.start(app.context())).isInstanceOf(EcstaticException.class)
                        .hasMessage("The manifest file:" + root.toRealPath() + "/" + MANIFEST + " is not valid JSON "
                                + "at line 5, column 3: Invalid token=CURLYCLOSE at (line no=5, column no=3, "
                                + "offset=82). Expected tokens are: [STRING]. Rebuild it with ecstatic:collect (or the "
                                + "ecstatic command line).");
                assertThat(published(app)).isNull();
            }
        }
    }

    @Nested
    class ManifestMode {
        @ParameterizedTest
        @EnumSource(Container.class)
        void loadsTheManifest(Container container) throws Exception {
            try (LogCapture log = LogCapture.ecstatic();
                 WebApp app = site(container).parameter("ecstatic.mode", "manifest").start()) {
                StaticUrls urls = EcstaticStartup.start(app.context());
                assertThat(urls.isDev()).isFalse();
                assertThat(urls.url("css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
                assertThat(ecstaticLines(log, Level.INFO)).singleElement().asString().matches(loadedFromTheClassPath());
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void refusesToStartWithoutTheManifest(Container container) throws Exception {
            try (WebApp app = withoutManifest(container).parameter("ecstatic.mode", "manifest").start()) {
                assertThatThrownBy(() -> EcstaticStartup.start(app.context())).isInstanceOf(EcstaticException.class)
                        .hasMessage("The manifest META-INF/ecstatic/manifest.json is not on the class path of the web "
                                + "application (ecstatic.manifest, ecstatic.mode=manifest). Run ecstatic:collect (or "
                                + "the ecstatic command line) so that it ends up in "
                                + "WEB-INF/classes/META-INF/ecstatic/manifest.json, point ecstatic.manifest at it, or "
                                + "set ecstatic.mode to auto or dev.");
                assertThat(published(app)).isNull();
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void watchesAFileManifestUntilStopped(Container container) throws Exception {
            Path file = root.resolve("outside/startup.json");
            Manifest.of(Map.of("css/site.css", "css/site.aaaaaaaaaaaa.css"), Map.of()).writeAtomically(file);
            try (LogCapture log = LogCapture.ecstatic();
                 WebApp app = withoutManifest(container).parameter("ecstatic.mode", "manifest")
                         .parameter("ecstatic.manifest", "file:" + file).start()) {
                StaticUrls urls = EcstaticStartup.start(app.context());
                assertThat(urls.url("css/site.css")).isEqualTo("/app/static/css/site.aaaaaaaaaaaa.css");
                assertThat(ecstaticLines(log, Level.INFO)).singleElement().asString().matches("Ecstatic: loaded "
                        + "manifest " + file + " \\(1 paths, 0 files\\) in \\d+ ms; reloaded when the file changes");
                assertThat(watchThreads("startup.json")).hasSize(1);

                EcstaticStartup.stop(app.context(), urls);
                Eventually.await("the watch thread ends", () -> watchThreads("startup.json").isEmpty());
                assertThat(published(app)).isNull();
            }
        }
    }

    @Nested
    class Stopping {
        @ParameterizedTest
        @EnumSource(Container.class)
        void removesTheAttributeItPublished(Container container) throws Exception {
            try (WebApp app = site(container).start()) {
                StaticUrls urls = EcstaticStartup.start(app.context());
                EcstaticStartup.stop(app.context(), urls);
                assertThat(published(app)).isNull();
                assertThat(urls.url("css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void leavesAnotherInstanceInPlace(Container container) throws Exception {
            try (WebApp app = site(container).start()) {
                ServletContext context = app.context();
                StaticUrls urls = EcstaticStartup.start(context);
                StaticUrls other = StaticUrls.of(EcstaticConfig.defaults(), "/app", Manifest.empty());
                context.setAttribute(StaticUrls.ATTRIBUTE, other);
                EcstaticStartup.stop(context, urls);
                assertThat(published(app)).isSameAs(other);
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void ofNothingStartedLeavesWhatIsPublished(Container container) throws Exception {
            try (WebApp app = site(container).start()) {
                StaticUrls urls = EcstaticStartup.start(app.context());
                EcstaticStartup.stop(app.context(), EcstaticStartup.start(app.context()));
                assertThat(published(app)).isSameAs(urls);
            }
        }
    }
}
