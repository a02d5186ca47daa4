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
 * {@code <link ecstatic:modulepreload>} on the pages of the test application, on a real embedded
 * Tomcat, with the module graph js/mod/main.js → util.js → deep.js of the test manifest.
 */
class ModulePreloadProcessorTest {
    static final String MAIN = "js/mod/main.f2c8579dfb09.js\" integrity=\"sha256-8shXnfsJCxrmreE5peUCN7qAfykoHytorAxYavTIE2g=\"";
    static final String UTIL = "js/mod/util.32d3171f3f1d.js\" integrity=\"sha256-MtMXHz8daLlx0STcOPYS843qZ1e58ijt5Su1cQr1zYk=\"";
    static final String DEEP = "js/mod/deep.da892e4e82bc.js\" integrity=\"sha256-2okuToK8+DnZYBXXeCVk+GApazMSseGNay82IhhdLL8=\"";

    @Nested
    @SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class OnTheSameOrigin {
        @LocalServerPort
        int port;

        @Test
        void writesOneLinkPerModuleOfTheStaticImportClosureBreadthFirst() throws Exception {
            String page = new Http(port).page("/modules");
            assertThat(page).contains("\n  <link rel=\"modulepreload\" href=\"/static/" + MAIN + ">"
                    + "<link rel=\"modulepreload\" href=\"/static/" + UTIL + ">"
                    + "<link rel=\"modulepreload\" href=\"/static/" + DEEP + ">\n");
            assertThat(page).doesNotContain("ecstatic:modulepreload").doesNotContain("jsessionid");
        }

        @Test
        void takesTheNonceFromTheRequestAttributeUnlessTheElementHasOne() throws Exception {
            String page = new Http(port).page("/modules?nonce=r4nd0m");
            assertThat(page).contains("\n  <link rel=\"modulepreload\" href=\"/static/" + MAIN + " nonce=\"r4nd0m\">"
                    + "<link rel=\"modulepreload\" href=\"/static/" + UTIL + " nonce=\"r4nd0m\">"
                    + "<link rel=\"modulepreload\" href=\"/static/" + DEEP + " nonce=\"r4nd0m\">\n");
            assertThat(page).contains("\n  <link nonce=\"from-template\" rel=\"modulepreload\" href=\"/static/" + UTIL + ">"
                    + "<link nonce=\"from-template\" rel=\"modulepreload\" href=\"/static/" + DEEP + ">\n");
        }
    }

    @Nested
    @SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "ecstatic.base-url=https://cdn.example.com/static/")
    class OnACdn {
        @LocalServerPort
        int port;

        @Test
        void addsCrossOriginToEachLink() throws Exception {
            String page = new Http(port).page("/modules");
            String cdn = "https://cdn.example.com/static/";
            assertThat(page).contains("\n  <link rel=\"modulepreload\" href=\"" + cdn + MAIN + " crossorigin=\"anonymous\">"
                    + "<link rel=\"modulepreload\" href=\"" + cdn + UTIL + " crossorigin=\"anonymous\">"
                    + "<link rel=\"modulepreload\" href=\"" + cdn + DEEP + " crossorigin=\"anonymous\">\n");
        }
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    @SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class Lax {
        @LocalServerPort
        int port;

        @Test
        void writesTheUnhashedUrlOfATypoAndWarnsOnceNamingTheTemplateAndLine(CapturedOutput output) throws Exception {
            String page = new Http(port).page("/module-typo");
            new Http(port).page("/module-typo");
            assertThat(page).contains("\n  <link rel=\"modulepreload\" href=\"/static/js/mod/mian.js\">\n");
            assertThat(output.toString().lines().filter(line -> line.contains("'js/mod/mian.js'")).toList())
                    .singleElement().asString()
                    .contains("Ecstatic: the static file 'js/mod/mian.js' is not in the manifest")
                    .contains("(asked for by ecstatic:modulepreload=\"js/mod/mian.js\" in the template module-typo, line 5)");
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
            assertThat(new Http(port).get("/module-typo").statusCode()).isEqualTo(500);
            assertThat(output).contains("(template: \"module-typo\" - line 5, col 9)")
                    .contains("The static file 'js/mod/mian.js' is not in the manifest");
        }
    }
}
