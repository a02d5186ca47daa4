package org.ecstatic.spring.boot;

import org.ecstatic.spring.boot.app.Http;
import org.ecstatic.spring.boot.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecstatic.spring.boot.app.Http.attribute;

/**
 * Spring's content strategy on paths of its own (/js/**) beside Ecstatic's /static/: Spring's
 * ResourceUrlEncodingFilter and Ecstatic's URL-encoding filter each version their own URLs, once. Ecstatic's
 * filters are mapped just before Spring's (the outer wrapper of the response): each only touches URLs
 * below its own paths.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.web.resources.chain.strategy.content.enabled=true",
                "spring.web.resources.chain.strategy.content.paths=/js/**"})
class SpringResourceChainTest {
    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext application;

    @Test
    void ecstaticsFiltersComeRightBeforeSpringsResourceUrlEncodingFilter() {
        var tomcat = (org.springframework.boot.web.embedded.tomcat.TomcatWebServer) application.getWebServer();
        var context = (org.apache.catalina.Context) tomcat.getTomcat().getHost().findChildren()[0];
        java.util.List<String> order = java.util.Arrays.stream(context.findFilterMaps())
                .map(org.apache.tomcat.util.descriptor.web.FilterMap::getFilterName).distinct().toList();
        int ecstatic = order.indexOf("ecstatic-static-files");
        assertThat(order.subList(ecstatic, ecstatic + 3))
                .containsExactly("ecstatic-static-files", "ecstatic-url-encoding", "resourceUrlEncodingFilter");
        assertThat(order.subList(0, ecstatic)).contains("characterEncodingFilter", "requestContextFilter");
    }

    @Test
    void eachVersionsItsOwnUrlsOnce() throws Exception {
        Http http = new Http(port);
        String page = http.page("/chain");
        assertThat(attribute(page, "link", "href")).isEqualTo("/static/css/site.387bc6eb1883.css");
        String spring = attribute(page, "script", "src");
        assertThat(spring).matches("/js/spring-[0-9a-f]{32}\\.js");
        HttpResponse<byte[]> script = http.get(spring);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(new String(script.body())).contains("console.log('spring');");
        assertThat(http.get("/static/css/site.387bc6eb1883.css").headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=31536000, immutable");
    }
}
