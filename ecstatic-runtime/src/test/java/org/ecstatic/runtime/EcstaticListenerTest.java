package org.ecstatic.runtime;

import jakarta.servlet.FilterRegistration;
import org.ecstatic.runtime.WebApp.Container;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

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

    static List<String> encodingFilterClasses(WebApp app) {
        return app.context().getFilterRegistrations().values().stream().map(FilterRegistration::getClassName)
                .filter(StaticUrlEncodingFilter.class.getName()::equals).toList();
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void startsEcstaticWhenInitializersDoNotRun(Container container) throws Exception {
        try (LogCapture log = LogCapture.ecstatic(); WebApp app = declared(container).withoutInitializers().start()) {
            assertThat(app.get("/urls?name=css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
            assertThat(app.get("/urls?encode=/app/static/css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
            assertThat(loadedLines(log)).hasSize(1);
            assertThat(app.context().getFilterRegistration(EcstaticInitializer.URL_ENCODING_FILTER_NAME)).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void doesNothingWhenTheInitializerStartedEcstaticFirst(Container container) throws Exception {
        try (LogCapture log = LogCapture.ecstatic(); WebApp app = declared(container).start()) {
            assertThat(loadedLines(log)).hasSize(1);
            assertThat(encodingFilterClasses(app)).hasSize(1);
            assertThat(app.context().getFilterRegistration("static-url-encoding").getUrlPatternMappings())
                    .containsExactly("/*");
            assertThat(app.get("/urls?encode=/app/static/js/app.js")).isEqualTo("/app/static/js/app.23f4382db037.js");
            assertThat(log.messages(Level.WARNING)).isEmpty();
        }
    }
}
