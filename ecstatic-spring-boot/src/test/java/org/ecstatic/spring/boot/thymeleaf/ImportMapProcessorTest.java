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
 * {@code <script ecstatic:importmap>} on the page {@code modules} of the test application, on a real
 * embedded Tomcat, with the module graph js/mod/main.js → util.js → deep.js and the bare specifier
 * {@code lit} configured by {@code ecstatic.importmap.lit}.
 */
class ImportMapProcessorTest {
    static final String LIT = "ecstatic.importmap.lit=vendor/lit/index.js";

    /** The import map of every module; {@code base} is the prefix or the CDN's base URL. */
    static String everyModule(String base) {
        return """
                {
                  "imports": {
                    "BASEjs/app.js": "BASEjs/app.f25396e444c5.js",
                    "BASEjs/mod/deep.js": "BASEjs/mod/deep.da892e4e82bc.js",
                    "BASEjs/mod/main.js": "BASEjs/mod/main.f2c8579dfb09.js",
                    "BASEjs/mod/util.js": "BASEjs/mod/util.32d3171f3f1d.js",
                    "BASEvendor/lit/index.js": "BASEvendor/lit/index.cd4e564e7d17.js",
                    "lit": "BASEvendor/lit/index.cd4e564e7d17.js"
                  },
                  "integrity": {
                    "BASEjs/app.f25396e444c5.js": "sha256-8lOW5ETFtL1xZWJLFmEo4OUFErp7+09n3u6zQBCBneU=",
                    "BASEjs/mod/deep.da892e4e82bc.js": "sha256-2okuToK8+DnZYBXXeCVk+GApazMSseGNay82IhhdLL8=",
                    "BASEjs/mod/main.f2c8579dfb09.js": "sha256-8shXnfsJCxrmreE5peUCN7qAfykoHytorAxYavTIE2g=",
                    "BASEjs/mod/util.32d3171f3f1d.js": "sha256-MtMXHz8daLlx0STcOPYS843qZ1e58ijt5Su1cQr1zYk=",
                    "BASEvendor/lit/index.cd4e564e7d17.js": "sha256-zU5WTn0X6jcSaGYyY8Z7Fci9Xemigbw8OyZABnJ2Xus="
                  }
                }""".replace("BASE", base);
    }

    /** The import map of the entry js/mod/util.js: it, what it imports, and the bare specifier. */
    static final String UTIL_CLOSURE = """
            {
              "imports": {
                "/static/js/mod/deep.js": "/static/js/mod/deep.da892e4e82bc.js",
                "/static/js/mod/util.js": "/static/js/mod/util.32d3171f3f1d.js",
                "/static/vendor/lit/index.js": "/static/vendor/lit/index.cd4e564e7d17.js",
                "lit": "/static/vendor/lit/index.cd4e564e7d17.js"
              },
              "integrity": {
                "/static/js/mod/deep.da892e4e82bc.js": "sha256-2okuToK8+DnZYBXXeCVk+GApazMSseGNay82IhhdLL8=",
                "/static/js/mod/util.32d3171f3f1d.js": "sha256-MtMXHz8daLlx0STcOPYS843qZ1e58ijt5Su1cQr1zYk=",
                "/static/vendor/lit/index.cd4e564e7d17.js": "sha256-zU5WTn0X6jcSaGYyY8Z7Fci9Xemigbw8OyZABnJ2Xus="
              }
            }""";

    @Nested
    @SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = LIT)
    class OnTheSameOrigin {
        @LocalServerPort
        int port;

        @Test
        void writesTheJsonOfEveryModuleAndTheBareSpecifierWithoutANonceWhenThereIsNone() throws Exception {
            String page = new Http(port).page("/modules");
            assertThat(page).contains("<head>\n  <script type=\"importmap\">" + everyModule("/static/") + "</script>\n");
        }

        @Test
        void restrictsTheModulesToTheGlobsOfItsValue() throws Exception {
            String page = new Http(port).page("/modules");
            assertThat(page).contains("""
                      <script id="vendor" type="importmap">{
                      "imports": {
                        "/static/vendor/lit/index.js": "/static/vendor/lit/index.cd4e564e7d17.js",
                        "lit": "/static/vendor/lit/index.cd4e564e7d17.js"
                      },
                      "integrity": {
                        "/static/vendor/lit/index.cd4e564e7d17.js": "sha256-zU5WTn0X6jcSaGYyY8Z7Fci9Xemigbw8OyZABnJ2Xus="
                      }
                    }</script>
                    """);
        }

        @Test
        void restrictsTheModulesToTheStaticImportsOfTheEntriesAndKeepsTheNonceOfTheElement() throws Exception {
            String page = new Http(port).page("/modules?nonce=r4nd0m");
            assertThat(page).contains("  <script id=\"entry\" nonce=\"given\" type=\"importmap\">" + UTIL_CLOSURE + "</script>\n");
            assertThat(page).contains("  <script id=\"expression\" nonce=\"from-template\" type=\"importmap\">"
                    + UTIL_CLOSURE + "</script>\n");
            assertThat(page).doesNotContain("ecstatic:importmap");
        }

        @Test
        void takesTheNonceFromTheRequestAttributeEcstaticNonce() throws Exception {
            String page = new Http(port).page("/modules?nonce=r4%22nd0m");
            assertThat(page).contains("<head>\n  <script type=\"importmap\" nonce=\"r4&quot;nd0m\">"
                    + everyModule("/static/") + "</script>\n");
            assertThat(page).contains("<script id=\"vendor\" type=\"importmap\" nonce=\"r4&quot;nd0m\">{");
        }
    }

    @Nested
    @SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {LIT, "ecstatic.base-url=https://cdn.example.com/static/"})
    class OnACdn {
        @LocalServerPort
        int port;

        @Test
        void mapsTheUrlOfEachModuleOnTheCdnToItsHashedUrl() throws Exception {
            String page = new Http(port).page("/modules");
            assertThat(page).contains("<head>\n  <script type=\"importmap\">"
                    + everyModule("https://cdn.example.com/static/") + "</script>\n");
        }
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    @SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class Lax {
        @LocalServerPort
        int port;

        @Test
        void listsTheModulesOfTheGlobsAndWarnsOnceAboutAnUnknownEntryNamingTheTemplateAndLine(CapturedOutput output)
                throws Exception {
            String page = new Http(port).page("/importmap-typo");
            new Http(port).page("/importmap-typo");
            assertThat(page).contains("""
                      <script type="importmap">{
                      "imports": {
                        "/static/js/app.js": "/static/js/app.f25396e444c5.js",
                        "/static/js/mod/deep.js": "/static/js/mod/deep.da892e4e82bc.js",
                        "/static/js/mod/main.js": "/static/js/mod/main.f2c8579dfb09.js",
                        "/static/js/mod/util.js": "/static/js/mod/util.32d3171f3f1d.js"
                      },
                      "integrity": {
                        "/static/js/app.f25396e444c5.js": "sha256-8lOW5ETFtL1xZWJLFmEo4OUFErp7+09n3u6zQBCBneU=",
                        "/static/js/mod/deep.da892e4e82bc.js": "sha256-2okuToK8+DnZYBXXeCVk+GApazMSseGNay82IhhdLL8=",
                        "/static/js/mod/main.f2c8579dfb09.js": "sha256-8shXnfsJCxrmreE5peUCN7qAfykoHytorAxYavTIE2g=",
                        "/static/js/mod/util.32d3171f3f1d.js": "sha256-MtMXHz8daLlx0STcOPYS843qZ1e58ijt5Su1cQr1zYk="
                      }
                    }</script>
                    """);
            assertThat(output.toString().lines().filter(line -> line.contains("'js/mdo/main.js'")).toList())
                    .singleElement().asString()
                    .contains("Ecstatic: the static file 'js/mdo/main.js' is not in the manifest")
                    .contains("(asked for by ecstatic:importmap=\"js/**\" ecstatic:importmap-paths=\"js/mdo/main.js\" "
                            + "in the template importmap-typo, line 5)");
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
        void failsThePageOfAnUnknownEntryNamingTheTemplateLineAndName(CapturedOutput output) throws Exception {
            assertThat(new Http(port).get("/importmap-typo").statusCode()).isEqualTo(500);
            assertThat(output).contains("(template: \"importmap-typo\" - line 5, col 11)")
                    .contains("The static file 'js/mdo/main.js' is not in the manifest");
        }
    }
}
