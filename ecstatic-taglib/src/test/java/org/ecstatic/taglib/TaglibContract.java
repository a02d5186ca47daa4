package org.ecstatic.taglib;

import org.ecstatic.runtime.manifest.Digest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tag library as a JSP author sees it, on a real container that compiles the fixture's JSPs:
 * the same web application deployed three times, lax ({@code /lax}), strict ({@code /strict}) and
 * behind a CDN base URL ({@code /cdn}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TaglibContract {
    static final String SITE_CSS = "css/site.383b7421d1db.css";
    static final String PRINT_CSS = "css/print.a4852844fbcf.css";
    static final String APP_JS = "js/app.d5cc536d539e.js";
    static final String WIDGET_MJS = "js/widget.a2098bd92b10.mjs";
    static final String CDN = "http://cdn.example.com/static/";

    Container container;
    int port;

    /** Returns the container under test, not yet started. */
    abstract Container newContainer(Path temp) throws Exception;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        Path webapp = WebappFixture.prepare(temp);
        container = newContainer(temp.resolve("container"));
        container.deploy("/lax", webapp, Map.of());
        container.deploy("/strict", webapp, Map.of("ecstatic.strict", "true"));
        container.deploy("/cdn", webapp, Map.of("ecstatic.baseUrl", CDN));
        port = container.start();
    }

    @AfterAll
    void stop() throws Exception {
        container.stop();
    }

    String page(String path) throws Exception {
        Http.Response response = Http.get(port, path);
        assertThat(response.status()).as("status of " + path + ": " + response.text()).isEqualTo(200);
        return response.text();
    }

    @Nested
    class UrlTag {
        @Test
        void writesHashedUrlsEscapedAndStoresThemInVarAndScope() throws Exception {
            assertThat(page("/lax/url.jsp")).isEqualTo("""
                    <p>/lax/static/css/site.383b7421d1db.css</p>
                    <p>/lax/static/js/app.d5cc536d539e.js</p>
                    <p>/lax/static/css/site.383b7421d1db.css?v=1&amp;lang=en#top</p>
                    <p>/lax/static/img/not-collected.png</p>
                    <p>page: /lax/static/js/app.d5cc536d539e.js</p>
                    <p>request: /lax/static/css/print.a4852844fbcf.css</p>
                    """);
        }

        @Test
        void writesTheCdnBaseUrlWhenOneIsConfigured() throws Exception {
            assertThat(page("/cdn/url.jsp")).startsWith("<p>" + CDN + SITE_CSS + "</p>\n");
        }
    }

    @Nested
    class ElementTags {
        @Test
        void writeLinkAndScriptWithIntegrityAndPassedThroughAttributes() throws Exception {
            assertThat(page("/lax/elements.jsp")).isEqualTo(String.join("",
                    "<link rel=\"stylesheet\" href=\"/lax/static/css/site.383b7421d1db.css\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\"/>",
                    "<link rel=\"stylesheet\" href=\"/lax/static/css/print.a4852844fbcf.css\" integrity=\"sha256-pIUoRPvPG9JlKSqi8TjINdUsDkTU+aGzgYNZ5LR2Ci0=\" media=\"print\" title=\"Say &#34;hi&#34; &amp; &lt;b&gt;\"/>",
                    "<script src=\"/lax/static/js/app.d5cc536d539e.js\" defer integrity=\"sha256-1cxTbVOeZheBim7MOE1e0pccluBgPy96UP5bUrDsPQ8=\"></script>",
                    "<script src=\"/lax/static/js/widget.a2098bd92b10.mjs\" type=\"module\" async integrity=\"sha256-ogmL2SsQv4uBbSS3VWsc6MSah50TBIkGXvEFHBfgQvY=\" data-role=\"widget\"></script>",
                    "<script src=\"/lax/static/js/not-collected.js\" nomodule></script>"));
        }

        @Test
        void integrityIsTheSha256OfTheBytesServed() throws Exception {
            Matcher element = Pattern.compile("(?:href|src)=\"([^\"]+)\" (?:[^>]*?)integrity=\"([^\"]+)\"")
                    .matcher(page("/lax/elements.jsp"));
            int checked = 0;
            while (element.find()) {
                Http.Response asset = Http.get(port, element.group(1));
                assertThat(asset.status()).as(element.group(1)).isEqualTo(200);
                assertThat(Digest.of(asset.body()).integrity()).as(element.group(1)).isEqualTo(element.group(2));
                checked++;
            }
            assertThat(checked).isEqualTo(4);
        }

        @Test
        void addCrossoriginOnlyWhenTheUrlIsOnAnotherOrigin() throws Exception {
            assertThat(page("/cdn/elements.jsp")).startsWith(
                    "<link rel=\"stylesheet\" href=\"" + CDN + SITE_CSS
                            + "\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\" crossorigin=\"anonymous\"/><link ");
            Http.Response sameOrigin = Http.get(port, "/cdn/elements.jsp", "cdn.example.com");
            assertThat(sameOrigin.text()).startsWith(
                    "<link rel=\"stylesheet\" href=\"" + CDN + SITE_CSS
                            + "\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\"/><link ");
            assertThat(page("/lax/elements.jsp")).doesNotContain("crossorigin");
        }
    }

    @Nested
    class Functions {
        @Test
        void urlAndIntegrityWorkInExpressions() throws Exception {
            assertThat(page("/lax/functions.jsp")).isEqualTo("""
                    <img src="/lax/static/css/site.383b7421d1db.css" alt="">
                    <link rel="preload" href="/lax/static/js/widget.a2098bd92b10.mjs" integrity="sha256-ogmL2SsQv4uBbSS3VWsc6MSah50TBIkGXvEFHBfgQvY=">
                    <p>[]</p>
                    """);
        }
    }

    @Nested
    class Syntaxes {
        @Test
        void jspDocumentsUseTheTagsThroughTheirNamespace() throws Exception {
            assertThat(page("/lax/document.jspx")).isEqualTo(
                    "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><link rel=\"stylesheet\" href=\"/lax/static/"
                            + SITE_CSS + "\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\"/></head>"
                            + "<body><a href=\"/lax/static/" + APP_JS + "\">/lax/static/" + SITE_CSS
                            + "?a=1&amp;b=2</a></body></html>");
        }

        @Test
        void tagFilesUseTheTagsWithTheirOwnAttributesAndScope() throws Exception {
            assertThat(page("/lax/tagfile.jsp")).isEqualTo(String.join("",
                    "<link rel=\"stylesheet\" href=\"/lax/static/css/site.383b7421d1db.css\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\"/>",
                    "<script src=\"/lax/static/js/app.d5cc536d539e.js\" defer integrity=\"sha256-1cxTbVOeZheBim7MOE1e0pccluBgPy96UP5bUrDsPQ8=\"></script>",
                    "<link rel=\"alternate stylesheet\" href=\"/lax/static/css/print.a4852844fbcf.css\">\n"));
        }
    }

    @Nested
    class StrictMode {
        /** What the runtime says after the name; the manifest is named by its URL in the web application. */
        static final String NOT_IN_MANIFEST = " is not in the manifest <url>/WEB-INF/classes/META-INF/ecstatic/manifest.json. "
                + "Check the name, or collect the static files again (ecstatic.strict=true).";

        @Test
        void aMissingFileFailsTheUrlTagNamingTagPathAndJsp() throws Exception {
            assertFailure("/strict/strict.jsp", "<static:url path=\"css/missing.css\"/> in /strict.jsp: "
                    + "The static file 'css/missing.css'" + NOT_IN_MANIFEST);
        }

        @Test
        void aMissingFileFailsTheStylesheetTag() throws Exception {
            assertFailure("/strict/strict-stylesheet.jsp", "<static:stylesheet path=\"css/missing.css\"/> "
                    + "in /strict-stylesheet.jsp: The static file 'css/missing.css'" + NOT_IN_MANIFEST);
        }

        @Test
        void aMissingFileFailsTheUrlFunction() throws Exception {
            assertFailure("/strict/strict-function.jsp", "${static:url('img/missing.png')} "
                    + "in /strict-function.jsp: The static file 'img/missing.png'" + NOT_IN_MANIFEST);
        }

        @Test
        void knownFilesStillResolve() throws Exception {
            assertThat(page("/strict/functions.jsp")).startsWith("<img src=\"/strict/static/" + SITE_CSS + "\" alt=\"\">\n");
        }

        @Test
        void anAttributeTheTagWritesItselfIsRefused() throws Exception {
            assertFailure("/lax/reserved.jsp", "<static:stylesheet path=\"css/site.css\"/> writes the href attribute "
                    + "itself; remove href=\"css/other.css\"");
        }

        /** Asserts a 500 whose error page (the container's own) shows {@code message}. */
        private void assertFailure(String path, String message) throws Exception {
            Http.Response response = Http.get(port, path);
            assertThat(response.status()).isEqualTo(500);
            String url = "\\E[^ ]+\\Q";
            assertThat(unescape(response.text())).containsPattern("\\Q" + message.replace("<url>", url) + "\\E");
        }

        private static String unescape(String html) {
            return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                    .replace("&apos;", "'").replace("&#39;", "'").replace("&#47;", "/").replace("&amp;", "&");
        }
    }
}
