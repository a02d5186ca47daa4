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

    /** Records the class of the response a filter after ours sees, by the request's path. */
    public static final class ResponseClasses implements jakarta.servlet.Filter {
        final java.util.Map<String, Class<?>> seen = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                             jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
            seen.put(((jakarta.servlet.http.HttpServletRequest) request).getRequestURI(), response.getClass());
            chain.doFilter(request, response);
        }
    }

    @org.junit.jupiter.api.Test
    void leavesTheResponseOfTheContainersOwnFileServletUnwrappedSoThatItsOptimisationsStayOn() throws Exception {
        WebApp.copy(root, "site");
        ResponseClasses after = new ResponseClasses();
        org.eclipse.jetty.server.Server server = new org.eclipse.jetty.server.Server(0);
        var context = new org.eclipse.jetty.ee10.servlet.ServletContextHandler("/");
        context.setBaseResourceAsPath(root);
        context.setInitParameter("ecstatic.mode", "dev");
        context.addEventListener(new EcstaticListener());
        context.addServlet(org.eclipse.jetty.ee10.servlet.DefaultServlet.class, "/");
        context.addServlet(new org.eclipse.jetty.ee10.servlet.ServletHolder(new UrlServlet()), "/urls");
        for (jakarta.servlet.Filter filter : new jakarta.servlet.Filter[] {new StaticUrlEncodingFilter(), after}) {
            context.addFilter(new org.eclipse.jetty.ee10.servlet.FilterHolder(filter), "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        }
        server.setHandler(context);
        server.start();
        try {
            int port = ((org.eclipse.jetty.server.ServerConnector) server.getConnectors()[0]).getLocalPort();
            var client = java.net.http.HttpClient.newHttpClient();
            for (String path : new String[] {"/static/css/site.css", "/urls?encode=/static/css/site.css"}) {
                var response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            }
            assertThat(after.seen.get("/static/css/site.css")).isNotEqualTo(StaticUrlEncodingFilter.HashingResponse.class);
            assertThat(after.seen.get("/urls")).isEqualTo(StaticUrlEncodingFilter.HashingResponse.class);
        } finally {
            server.stop();
        }
    }
}
