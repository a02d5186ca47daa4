package org.ecstatic.spring.boot.thymeleaf;

import org.ecstatic.spring.boot.app.Http;
import org.ecstatic.spring.boot.app.TestApplication;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialect's elements on pages rendered by the test application on a real embedded Tomcat; the
 * plain case (a same-origin page) is in EmbeddedTomcatTest.
 */
class EcstaticDialectTest {
    static final String CSS = "css/site.387bc6eb1883.css";
    static final String CSS_INTEGRITY = "sha256-OHvG6xiDxBFX5Hi3RRpVjSuIPPlc6ns4DmAyBg7LKxs=";

    @Nested
    @SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "ecstatic.base-url=https://cdn.example.com/static/")
    class OnACdn {
        @LocalServerPort
        int port;

        @Test
        void addsCrossOriginAndKeepsTheAttributesTheElementHas() throws Exception {
            String page = new Http(port).page("/cdn");
            assertThat(page).contains("<link media=\"print\" href=\"https://cdn.example.com/static/" + CSS + "\" "
                    + "rel=\"stylesheet\" integrity=\"" + CSS_INTEGRITY + "\" crossorigin=\"anonymous\">");
            assertThat(page).contains("<link rel=\"alternate stylesheet\" title=\"Plain\" href=\"https://cdn.example.com/static/"
                    + CSS + "\" integrity=\"" + CSS_INTEGRITY + "\" crossorigin=\"anonymous\">");
            assertThat(page).contains("<script crossorigin=\"use-credentials\" defer "
                    + "src=\"https://cdn.example.com/static/js/app.f25396e444c5.js\" integrity=\"sha256-8lOW5ETFtL1xZWJLFmEo4OUFErp7+09n3u6zQBCBneU=\">"
                    + "</script>");
        }
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    @SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class Lax {
        @LocalServerPort
        int port;

        @Test
        void writesTheUnhashedUrlOfATypoAndWarnsNamingTheTemplateAndLine(CapturedOutput output) throws Exception {
            String page = new Http(port).page("/typo");
            new Http(port).page("/typo");
            assertThat(page).contains("<link href=\"/static/css/stie.css\" rel=\"stylesheet\">")
                    .contains("<body data-gone=\"/static/css/gone.css\">");
            assertThat(output.toString().lines().filter(line -> line.contains("'css/gone.css'")).toList())
                    .singleElement().asString().contains("(asked for by #ecstatic.url('css/gone.css') in the template typo)");
            assertThat(output).contains("Ecstatic: the static file 'css/stie.css' is not in the manifest")
                    .contains("(asked for by ecstatic:stylesheet=\"css/stie.css\" in the template typo, line 5)");
        }
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    @SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "ecstatic.strict=true")
    class Strict {
        @LocalServerPort
        int port;

        @Test
        void failsThePageOfATypoNamingTheTemplateLineAndName(CapturedOutput output) throws Exception {
            assertThat(new Http(port).get("/typo").statusCode()).isEqualTo(500);
            assertThat(output).contains("(template: \"typo\" - line 5, col 9)")
                    .contains("The static file 'css/stie.css' is not in the manifest");
        }
    }
}
