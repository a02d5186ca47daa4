package org.ecstatic.spring.boot;

import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import org.ecstatic.runtime.StaticUrls;
import org.ecstatic.spring.boot.app.Http;
import org.ecstatic.spring.boot.app.TestApplication;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecstatic.spring.boot.app.Http.attribute;
import static org.ecstatic.spring.boot.app.Http.integrityOf;

/**
 * The test application on a real embedded Tomcat on a free port, with the manifest and the hashed files
 * that ecstatic:collect wrote on the test class path (META-INF/ecstatic, META-INF/resources/static):
 * nothing configured but the dependency.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedTomcatTest {
    static final String SITE_CSS = "/static/css/site.387bc6eb1883.css";
    static final String APP_JS = "/static/js/app.f25396e444c5.js";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext application;

    Http http() {
        return new Http(port);
    }

    @Nested
    class Start {
        @Test
        void publishesStaticUrlsFromTheManifestOnTheClassPath() {
            StaticUrls urls = StaticUrls.get(servletContext());
            assertThat(urls.isDev()).isFalse();
            assertThat(urls.manifest().paths()).containsKeys("css/site.css", "js/app.js", "img/logo.svg");
        }

        @Test
        void registersEachFilterOnceWithTheServingProperties() {
            ServletContext context = servletContext();
            FilterRegistration files = context.getFilterRegistration("ecstatic-static-files");
            assertThat(files.getClassName()).isEqualTo("org.ecstatic.runtime.StaticFilesFilter");
            assertThat(files.getUrlPatternMappings()).containsExactly("/static/*");
            assertThat(files.getInitParameters()).containsEntry("maxCachedFileSize", "65536")
                    .containsEntry("maxCacheBytes", "16777216");
            FilterRegistration encoding = context.getFilterRegistration("ecstatic-url-encoding");
            assertThat(encoding.getClassName()).isEqualTo("org.ecstatic.runtime.StaticUrlEncodingFilter");
            assertThat(encoding.getUrlPatternMappings()).containsExactly("/*");
            List<String> classes = context.getFilterRegistrations().values().stream()
                    .map(FilterRegistration::getClassName).toList();
            assertThat(classes).containsOnlyOnce("org.ecstatic.runtime.StaticFilesFilter",
                    "org.ecstatic.runtime.StaticUrlEncodingFilter");
        }

        @Test
        void keepsTheRuntimesOwnInitializerOutOfTheWayOnAStandaloneContainer() throws Exception {
            var marker = getClass().getClassLoader().getResource(
                    org.ecstatic.runtime.EcstaticInitializer.FRAMEWORK_STARTS);
            assertThat(marker).isNotNull();
            assertThat(marker.toString()).contains("ecstatic-spring-boot");
        }
    }

    @Nested
    class Pages {
        @Test
        void writeHashedUrlsIntegrityAndNoSessionId() throws Exception {
            String page = http().page("/");
            assertThat(attribute(page, "link", "href")).isEqualTo(SITE_CSS);
            assertThat(attribute(page, "link", "rel")).isEqualTo("stylesheet");
            assertThat(attribute(page, "link", "integrity")).isEqualTo("sha256-OHvG6xiDxBFX5Hi3RRpVjSuIPPlc6ns4DmAyBg7LKxs=");
            assertThat(attribute(page, "link", "crossorigin")).isNull();
            assertThat(attribute(page, "link", "ecstatic:stylesheet")).isNull();
            assertThat(attribute(page, "script", "src")).isEqualTo(APP_JS);
            assertThat(attribute(page, "script", "type")).isEqualTo("module");
            assertThat(attribute(page, "script", "integrity")).isEqualTo("sha256-8lOW5ETFtL1xZWJLFmEo4OUFErp7+09n3u6zQBCBneU=");
            assertThat(attribute(page, "img", "src")).isEqualTo("/static/img/logo.607f60e4e46b.svg");
            assertThat(page).contains("<p id=\"integrity\">sha256-OHvG6xiDxBFX5Hi3RRpVjSuIPPlc6ns4DmAyBg7LKxs=</p>")
                    .contains("<p id=\"unknown\">/static/css/missing.css</p>")
                    .doesNotContain("jsessionid");
        }

        @Test
        void hashThymeleafsOwnUrlsThroughEncodeUrl() throws Exception {
            assertThat(attribute(http().page("/"), "link rel=\"preload\"", "href")).isEqualTo(APP_JS);
        }

        @Test
        void giveIntegrityValuesEqualToTheSha256OfTheBytesServed() throws Exception {
            String page = http().page("/");
            for (String tag : List.of("link", "script")) {
                String url = attribute(page, tag, tag.equals("link") ? "href" : "src");
                HttpResponse<byte[]> file = http().get(url);
                assertThat(file.statusCode()).isEqualTo(200);
                assertThat(integrityOf(file.body())).isEqualTo(attribute(page, tag, "integrity"));
            }
        }
    }

    @Nested
    class HashedFiles {
        @Test
        void areCachedForAYear() throws Exception {
            HttpResponse<byte[]> css = http().get(SITE_CSS);
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(css.headers().firstValue("ETag")).hasValue("\"387bc6eb1883\"");
            assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css;charset=utf-8");
            assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(new String(css.body())).startsWith("/* the test application's style sheet */\n"
                    + "body { background: url(\"../img/logo.607f60e4e46b.svg\") no-repeat;");
        }

        @Test
        void comeBrotliCompressedWhenTheClientAcceptsIt() throws Exception {
            HttpResponse<byte[]> br = http().get(SITE_CSS, "Accept-Encoding", "gzip, br");
            assertThat(br.statusCode()).isEqualTo(200);
            assertThat(br.headers().firstValue("Content-Encoding")).hasValue("br");
            assertThat(br.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(br.headers().firstValue("ETag")).hasValue("\"387bc6eb1883-br\"");
            assertThat(br.body()).isEqualTo(classPathBytes("META-INF/resources" + SITE_CSS + ".br"));
        }

        @Test
        void answer304ToIfNoneMatch() throws Exception {
            HttpResponse<byte[]> again = http().get(APP_JS, "If-None-Match", "\"f25396e444c5\"");
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        }

        @Test
        void thatTheManifestDoesNotListAnswer404NoStore() throws Exception {
            HttpResponse<byte[]> unknown = http().get("/static/css/site.000000000000.css");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.headers().firstValue("Cache-Control")).hasValue("no-store");
        }

        @Test
        void withTheirLogicalNameAreRevalidated() throws Exception {
            HttpResponse<byte[]> css = http().get("/static/css/site.css");
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Cache-Control")).hasValue("no-cache");
        }
    }

    ServletContext servletContext() {
        return application.getServletContext();
    }

    static byte[] classPathBytes(String name) throws Exception {
        try (var in = EmbeddedTomcatTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
