package org.ecstatic.spring.boot;

import jakarta.servlet.FilterRegistration;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.ecstatic.spring.boot.app.Http;
import org.ecstatic.spring.boot.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.context.WebApplicationContext;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The serving filter declared as web.xml declares it (here on the embedded Tomcat's context, with an
 * init parameter): the auto-configuration does not register a second one, and still registers the other.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DeclaredFiltersTest.WebXml.class)
class DeclaredFiltersTest {
    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext application;

    @TestConfiguration(proxyBeanMethods = false)
    static class WebXml {
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> declareTheServingFilter() {
            return factory -> factory.addContextCustomizers(context -> {
                FilterDef filter = new FilterDef();
                filter.setFilterName("static-files-from-web-xml");
                filter.setFilterClass("org.ecstatic.runtime.StaticFilesFilter");
                filter.addInitParameter("corsAllowOrigin", "https://declared.example.com");
                context.addFilterDef(filter);
                FilterMap mapping = new FilterMap();
                mapping.setFilterName("static-files-from-web-xml");
                mapping.addURLPattern("/static/*");
                context.addFilterMap(mapping);
            });
        }
    }

    @Test
    void registersNoSecondServingFilterAndStillTheUrlEncodingFilter() throws Exception {
        Map<String, String> ecstatic = application.getServletContext().getFilterRegistrations().values().stream()
                .filter(registration -> registration.getClassName().startsWith("org.ecstatic."))
                .collect(Collectors.toMap(FilterRegistration::getName, FilterRegistration::getClassName));
        assertThat(ecstatic).isEqualTo(Map.of(
                "static-files-from-web-xml", "org.ecstatic.runtime.StaticFilesFilter",
                "ecstatic-url-encoding", "org.ecstatic.runtime.StaticUrlEncodingFilter"));
        HttpResponse<byte[]> css = new Http(port).get("/static/css/site.387bc6eb1883.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().allValues("Access-Control-Allow-Origin")).containsExactly("https://declared.example.com");
    }
}
