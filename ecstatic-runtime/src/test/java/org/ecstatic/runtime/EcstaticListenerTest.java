package org.ecstatic.runtime;

import org.ecstatic.runtime.WebApp.Container;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The web.xml route: the listener and the filter declared explicitly (see webapps/web-xml). */
class EcstaticListenerTest {
    @TempDir
    Path root;

    WebApp.Setup declared(Container container) throws Exception {
        return new WebApp.Setup(container, WebApp.copy(root, "site", "web-xml"));
    }

    static List<String> loadedLines(LogCapture log) {
        return log.messages(Level.INFO).stream().filter(m -> m.startsWith("Ecstatic: loaded manifest")).toList();
    }

    static List<String> ecstaticFilterNames(WebApp app) {
        return app.context().getFilterRegistrations().entrySet().stream()
                .filter(e -> e.getValue().getClassName().startsWith("org.ecstatic."))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }

    static void servesTheHashedFile(WebApp app) throws Exception {
        HttpResponse<String> css = app.request("/static/css/site.97e2e94903cc.css");
        assertThat(css.body()).isEqualTo("body { color: #333; }\n");
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void startsEcstaticWhenInitializersDoNotRun(Container container) throws Exception {
        try (LogCapture log = LogCapture.ecstatic(); WebApp app = declared(container).withoutInitializers().start()) {
            assertThat(app.get("/urls?name=css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
            assertThat(app.get("/urls?encode=/app/static/css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
            assertThat(loadedLines(log)).hasSize(1);
            assertThat(ecstaticFilterNames(app)).containsExactly("static-files", "static-url-encoding");
            servesTheHashedFile(app);
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void stopsTheApplicationWhenTheManifestIsMissingInManifestMode(Container container) throws Exception {
        WebApp.Setup setup = declared(container).withoutInitializers().parameter("ecstatic.mode", "manifest")
                .parameter("ecstatic.manifest", "file:" + root.resolve("none.json"));
        assertThat(setup.startFailure()).isEqualTo("The manifest " + root.resolve("none.json") + " does not "
                + "exist. Run ecstatic:collect (or the ecstatic command line) to write it, or point "
                + "ecstatic.manifest at it.");
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void isNeededWhenInitializersDoNotRun(Container container) throws Exception {
        try (WebApp app = new WebApp.Setup(container, WebApp.copy(root, "site")).withoutInitializers().start()) {
            assertThat(app.context().getAttribute(StaticUrls.ATTRIBUTE)).isNull();
            assertThatThrownBy(() -> StaticUrls.get(app.context())).hasMessage("Ecstatic is not started for the "
                    + "web application '/app': the ServletContext has no attribute org.ecstatic.runtime.StaticUrls, "
                    + EcstaticNotStarted.CAUSE);
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void doesNothingWhenTheInitializerStartedEcstaticFirst(Container container) throws Exception {
        try (LogCapture log = LogCapture.ecstatic(); WebApp app = declared(container).start()) {
            assertThat(loadedLines(log)).hasSize(1);
            assertThat(ecstaticFilterNames(app)).containsExactly("static-files", "static-url-encoding");
            servesTheHashedFile(app);
            assertThat(app.context().getFilterRegistration("static-url-encoding").getUrlPatternMappings())
                    .containsExactly("/*");
            assertThat(app.get("/urls?encode=/app/static/js/app.js")).isEqualTo("/app/static/js/app.23f4382db037.js");
            assertThat(log.messages(Level.WARNING)).isEmpty();
        }
    }

    /** How a missing start-up is explained, after the web application and the attribute. */
    static final class EcstaticNotStarted {
        static final String CAUSE = "so nothing loaded the manifest. On a standalone Jetty or Tomcat, "
                + "ecstatic-runtime's ServletContainerInitializer starts it from WEB-INF/lib unless fragment scanning "
                + "is off (metadata-complete, an empty <absolute-ordering/>); then declare "
                + "org.ecstatic.runtime.EcstaticListener in web.xml. An embedded container (Spring Boot's, an embedded "
                + "Jetty without its annotations configuration) runs no initializer from a jar and reads no web.xml: "
                + "in Spring Boot, add ecstatic-spring-boot; elsewhere, call EcstaticStartup.start before the filters "
                + "start.";
    }
}
