package org.ecstatic.spring.boot;

import org.ecstatic.spring.boot.app.Http;
import org.ecstatic.spring.boot.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.jetty.JettyServletWebServerFactory;
import org.springframework.boot.web.embedded.jetty.JettyWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecstatic.spring.boot.app.Http.attribute;
import static org.ecstatic.spring.boot.app.Http.integrityOf;

/**
 * The test application on a real embedded Jetty 12 instead of Tomcat (a {@link JettyServletWebServerFactory}
 * bean, as an application that uses {@code spring-boot-starter-jetty} gets): the auto-configuration, the
 * pages and the serving filter behave as on Tomcat ({@link EmbeddedTomcatTest} has the full set).
 */
@SpringBootTest(classes = {TestApplication.class, EmbeddedJettyTest.OnJetty.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedJettyTest {
    @TestConfiguration(proxyBeanMethods = false)
    static class OnJetty {
        @Bean
        JettyServletWebServerFactory jetty() {
            return new JettyServletWebServerFactory();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void runsOnJetty() {
        assertThat(context.getWebServer()).isInstanceOf(JettyWebServer.class);
        assertThat(org.eclipse.jetty.util.Jetty.VERSION).startsWith("12.");
    }

    @Test
    void aFirstPageHasHashedUrlsWithIntegrityMatchingTheBytesServedAndNoSessionId() throws Exception {
        Http http = new Http(port);
        String page = http.page("/");
        assertThat(page).doesNotContain("jsessionid");
        assertThat(attribute(page, "link", "href")).isEqualTo(EmbeddedTomcatTest.SITE_CSS);
        assertThat(attribute(page, "script", "src")).isEqualTo(EmbeddedTomcatTest.APP_JS);
        HttpResponse<byte[]> sheet = http.get(EmbeddedTomcatTest.SITE_CSS);
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(integrityOf(sheet.body())).isEqualTo(attribute(page, "link", "integrity"));
    }

    @Test
    void servesAHashedFileImmutableAndAnswersItsRevalidationWith304() throws Exception {
        Http http = new Http(port);
        HttpResponse<byte[]> script = http.get(EmbeddedTomcatTest.APP_JS);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(script.headers().firstValue("ETag")).hasValue("\"f25396e444c5\"");
        assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");

        HttpResponse<byte[]> again = http.get(EmbeddedTomcatTest.APP_JS, "If-None-Match", "\"f25396e444c5\"");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }
}
