package org.ecstatic.runtime;

import org.ecstatic.runtime.WebApp.Container;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code response.encodeURL} and {@code encodeRedirectURL} called by a real servlet, zero configuration. */
class StaticUrlEncodingFilterTest {
    @TempDir
    Path root;

    WebApp start(Container container) throws Exception {
        return new WebApp.Setup(container, WebApp.copy(root, "site")).start();
    }

    static String encode(WebApp app, String url) throws Exception {
        return app.get("/urls?encode=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void mapsStaticPathsToHashedUrlsKeepingQueryAndFragment(Container container) throws Exception {
        try (WebApp app = start(container)) {
            assertThat(encode(app, "/app/static/css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
            assertThat(encode(app, "/app/static/css/site.css?v=2#top"))
                    .isEqualTo("/app/static/css/site.97e2e94903cc.css?v=2#top");
            assertThat(app.get("/urls?redirect=/app/static/js/app.js")).isEqualTo("/app/static/js/app.23f4382db037.js");
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void leavesOtherUrlsAsTheContainerEncodesThem(Container container) throws Exception {
        try (LogCapture log = LogCapture.ecstatic(); WebApp app = start(container)) {
            assertThat(encode(app, "/app/page.jsp?x=1")).isEqualTo("/app/page.jsp?x=1");
            assertThat(encode(app, "https://example.com/app/static/css/site.css"))
                    .isEqualTo("https://example.com/app/static/css/site.css");
            assertThat(encode(app, "/other/static/css/site.css")).isEqualTo("/other/static/css/site.css");
            assertThat(encode(app, "/app/static/img/")).isEqualTo("/app/static/img/");
            assertThat(log.messages(Level.WARNING)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void leavesUnknownStaticPathsUnhashedWithOneWarning(Container container) throws Exception {
        try (LogCapture log = LogCapture.ecstatic(); WebApp app = start(container)) {
            assertThat(encode(app, "/app/static/img/logo.png")).isEqualTo("/app/static/img/logo.png");
            assertThat(encode(app, "/app/static/img/logo.png")).isEqualTo("/app/static/img/logo.png");
            assertThat(log.messages(Level.WARNING)).containsExactly("Ecstatic: the static file 'img/logo.png' is "
                    + "not in the manifest file:" + root.toRealPath()
                    + "/WEB-INF/classes/META-INF/ecstatic/manifest.json; its URL carries "
                    + "no hash. Check the name, or collect the static files again.");
        }
    }
}
