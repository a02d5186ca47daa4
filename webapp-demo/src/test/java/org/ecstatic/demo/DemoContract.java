package org.ecstatic.demo;

import org.ecstatic.runtime.manifest.Digest;
import org.ecstatic.runtime.manifest.HashedName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built demo WAR (exactly what {@code mvn package} produced: JSPs, web.xml, the collected files
 * and the manifest) deployed unchanged on a real container: the pages a visitor gets, and the files
 * those pages point at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoContract {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern STATIC_URL = Pattern.compile("(?:href|src)=\"(/static/[^\"]+)\"");

    Demo demo;

    /** Starts the container serving {@code webapp} at the root context; returns its base URI. */
    abstract URI start(Path webapp, Path temp) throws Exception;

    /** Stops the container. */
    abstract void stop() throws Exception;

    @BeforeAll
    void startDemo(@TempDir Path temp) throws Exception {
        Path webapp = DemoServer.builtWebapp();
        demo = new Demo(webapp, start(webapp, temp));
    }

    @AfterAll
    void stopDemo() throws Exception {
        stop();
    }

    @Nested
    class Pages {
        @Test
        void theHomePageUsesTheTagsTheFunctionAndATagFile() throws Exception {
            assertThat(demo.page("/")).isEqualTo(demo.expand("""
                    <!DOCTYPE html>
                    <html lang="en">
                    <head>
                    <meta charset="utf-8">
                    <title>Home · Ecstatic demo</title>
                    <link rel="icon" type="image/svg+xml" href="{img/icons.svg}">
                    <link rel="stylesheet" href="{css/site.css}" integrity="{sri:css/site.css}"/>\
                    <script src="{js/app.js}" defer integrity="{sri:js/app.js}"></script>\
                    <script src="{js/widget.mjs}" type="module" integrity="{sri:js/widget.mjs}"></script></head>
                    <body>
                    <main>
                    <header class="hero">
                    <h1><span class="logo"></span> Ecstatic demo</h1>
                    <p>Every URL below points at a content-hashed file that is cached for a year.</p>
                    </header>
                    <ul>
                    <li>Stylesheet, from <code>&lt;static:url&gt;</code>: <a id="site-css" href="{css/site.css}">{css/site.css}</a></li>
                    <li>Image, from <code>static:url()</code>: <img id="stripes" src="{img/stripes.png}" alt="stripes" width="24" height="24"></li>
                    <li>SVG symbol by fragment: <svg width="32" height="32" aria-label="logo"><use href="{img/icons.svg}#logo"/></svg></li>
                    <li>A file name a URL must encode: <img id="badge" src="{img/badge #1;café.svg}" alt="badge" width="16" height="16"> <span class="badge"></span></li>
                    <li>Font in use: <span id="font-family">(waiting)</span>; module: <span id="widget">(waiting)</span></li>
                    </ul>
                    <nav>
                    <a href="jstl.jsp">Plain JSTL &lt;c:url&gt;</a> ·
                    <a href="manifest.jsp">Manifest summary</a> ·
                    <a href="document.jspx">JSP document</a> ·
                    <a href="modules.jsp">ES modules</a>
                    </nav>
                    </main>
                    </body>
                    </html>
                    """));
        }

        @Test
        void theModulePageWritesTheImportMapThePreloadsAndTheEntryModule() throws Exception {
            // the entry's preload comes first; one for each module it imports follows when the manifest records imports
            String page = demo.page("/modules.jsp");
            assertThat(page).startsWith(demo.expand("""
                    <!DOCTYPE html>
                    <html lang="en">
                    <head>
                    <meta charset="utf-8">
                    <title>ES modules · Ecstatic demo</title>
                    <link rel="icon" type="image/svg+xml" href="{img/icons.svg}">
                    <link rel="stylesheet" href="{css/site.css}" integrity="{sri:css/site.css}"/>\
                    <script type="importmap">{
                      "imports": {
                        "/static/js/app.js": "{js/app.js}",
                        "/static/js/modules/app.js": "{js/modules/app.js}",
                        "/static/js/modules/lazy.js": "{js/modules/lazy.js}",
                        "/static/js/modules/lib/format.js": "{js/modules/lib/format.js}",
                        "/static/js/shared/util.js": "{js/shared/util.js}",
                        "/static/js/src/app.js": "{js/src/app.js}",
                        "/static/js/widget.mjs": "{js/widget.mjs}",
                        "/static/vendor/tiny-lib/index.js": "{vendor/tiny-lib/index.js}",
                        "/static/vendor/tiny-lib/version.js": "{vendor/tiny-lib/version.js}",
                        "tiny-lib": "{vendor/tiny-lib/index.js}"
                      },
                      "integrity": {
                        "{js/app.js}": "{sri:js/app.js}",
                        "{js/modules/app.js}": "{sri:js/modules/app.js}",
                        "{js/modules/lazy.js}": "{sri:js/modules/lazy.js}",
                        "{js/modules/lib/format.js}": "{sri:js/modules/lib/format.js}",
                        "{js/shared/util.js}": "{sri:js/shared/util.js}",
                        "{js/src/app.js}": "{sri:js/src/app.js}",
                        "{js/widget.mjs}": "{sri:js/widget.mjs}",
                        "{vendor/tiny-lib/index.js}": "{sri:vendor/tiny-lib/index.js}",
                        "{vendor/tiny-lib/version.js}": "{sri:vendor/tiny-lib/version.js}"
                      }
                    }</script>\
                    <link rel="modulepreload" href="{js/modules/app.js}" integrity="{sri:js/modules/app.js}"/>"""));
            assertThat(page).contains(demo.expand("""
                    <script type="module" src="{js/modules/app.js}"></script>
                    </head>
                    """));
        }

        @Test
        void plainJstlUrlsAreHashedThroughEncodeUrl() throws Exception {
            assertThat(demo.page("/jstl.jsp")).isEqualTo(demo.expand("""
                    <!DOCTYPE html>
                    <html lang="en">
                    <head>
                    <meta charset="utf-8">
                    <title>Plain JSTL · Ecstatic demo</title>
                    <link rel="icon" type="image/svg+xml" href="{img/icons.svg}">
                    <link rel="stylesheet" href="{css/site.css}">
                    <script src="{js/app.js}" defer></script>
                    </head>
                    <body>
                    <main>
                    <h1>Plain JSTL</h1>
                    <p>This page has no Ecstatic tags: <code>&lt;c:url value="/static/css/site.css"/&gt;</code> went through
                    <code>response.encodeURL</code>, which gave <a id="encoded" href="{img/stripes.png}">{img/stripes.png}</a>.</p>
                    <p><a href="/">Home</a></p>
                    </main>
                    </body>
                    </html>
                    """));
        }

        @Test
        void theManifestPageSummarisesTheManifestInService() throws Exception {
            String page = demo.page("/manifest.jsp");
            assertThat(page).contains("""
                    <table id="summary">
                    <tr><th>mode</th><td>manifest</td></tr>
                    <tr><th>source</th><td>META-INF/ecstatic/manifest.json</td></tr>
                    <tr><th>entries</th><td>%d</td></tr>
                    <tr><th>hash</th><td>%s</td></tr>
                    </table>
                    """.formatted(demo.manifest.paths().size(), demo.manifest.hash()));
            assertThat(page).contains(demo.expand(
                    "<tr><td>css/site.css</td><td>{css/site.css}</td><td>{sri:css/site.css}</td></tr>\n")
                    .replace("<td>/static/", "<td>"));
            assertThat(page).contains("<tr><td>robots.txt</td><td>robots.txt</td><td></td></tr>\n");
        }

        @Test
        void aJspDocumentUsesTheTagsInXmlSyntax() throws Exception {
            assertThat(demo.page("/document.jspx")).isEqualTo(demo.expand("""
                    <!DOCTYPE html SYSTEM "about:legacy-compat">
                    <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/>\
                    <title>JSP document · Ecstatic demo</title>\
                    <link href="{img/icons.svg}" type="image/svg+xml" rel="icon"/>\
                    <link rel="stylesheet" href="{css/site.css}" integrity="{sri:css/site.css}"/></head>\
                    <body><main><h1>JSP document</h1><p>The same tags in XML syntax: \
                    <img alt="stripes" src="{img/stripes.png}" id="stripes"/></p><p><a href="index.jsp">Home</a></p></main></body></html>"""));
        }
    }

    @Nested
    class Assets {
        @Test
        void everyStaticUrlOnThePagesIsHashedAndServedImmutableWithThoseBytes() throws Exception {
            List<String> urls = new ArrayList<>();
            for (String page : List.of("/", "/jstl.jsp", "/document.jspx")) {
                Matcher url = STATIC_URL.matcher(demo.page(page));
                while (url.find()) {
                    urls.add(url.group(1).replaceFirst("#.*", ""));
                }
            }
            assertThat(urls).hasSizeGreaterThanOrEqualTo(10);
            for (String url : urls) {
                assertServedImmutable(url);
            }
        }

        @Test
        void theStylesheetsReferencesWereRewrittenToHashedFiles() throws Exception {
            String css = demo.page(demo.hashed("css/site.css"));
            String fonts = demo.hashed("fonts/demo-sans.eot").replace("/static/fonts/", "../fonts/");
            assertThat(css).startsWith("@import \"" + demo.hashed("css/base.css").substring("/static/css/".length()) + "\";\n")
                    .contains("src: url(\"" + fonts + "\");\n")
                    .contains("src: url(\"" + fonts + "?#iefix\") format(\"embedded-opentype\"),\n")
                    .contains(demo.expand("url(\"..{fonts/demo-sans.woff2}\") format(\"woff2\")").replace("../static", ".."))
                    .contains(demo.expand("url(..{img/stripes.png})").replace("../static", ".."))
                    .contains(demo.expand("url('..{img/icons.svg}#logo-view')").replace("../static", ".."));
            String base = demo.page(demo.hashed("css/base.css"));
            assertThat(base).startsWith("@import url(" + demo.hashed("css/reset.css").substring("/static/css/".length()) + ");\n");
            for (String logical : List.of("css/base.css", "css/reset.css", "fonts/demo-sans.eot", "fonts/demo-sans.woff2",
                    "fonts/demo-sans.woff", "fonts/demo-sans.ttf", "img/stripes.png", "img/icons.svg")) {
                assertServedImmutable(demo.hashed(logical));
            }
        }

        @Test
        void theScriptPointsAtItsHashedSourceMap() throws Exception {
            String script = demo.page(demo.hashed("js/app.js"));
            String map = demo.hashed("js/app.js.map");
            assertThat(script).endsWith("\n//# sourceMappingURL=" + map.substring("/static/js/".length()) + "\n");
            assertThat(demo.page(map)).startsWith("{\"version\":3,\"file\":\"app.js\",\"sources\":[\"src/app.js\"]");
        }

        @Test
        void aVisitorsFirstPageWithASessionGetsHashedUrlsWithTheSessionIdThatAreServed() throws Exception {
            String page = demo.page("/cart.jsp"); // no cookie is sent: a first visit
            Matcher stylesheet = Pattern.compile("id=\"stylesheet\" href=\"([^\"]+)\"").matcher(page);
            assertThat(stylesheet.find()).isTrue();
            String url = stylesheet.group(1);
            assertThat(url).startsWith(demo.hashed("css/site.css") + ";jsessionid=");

            HttpResponse<byte[]> css = demo.get(url);
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Cache-Control")).hasValue(IMMUTABLE);
            assertThat(css.body()).isEqualTo(demo.get(demo.hashed("css/site.css")).body());
        }

        @Test
        void robotsTxtKeepsItsNameAndIsRevalidated() throws Exception {
            assertThat(demo.manifest.hashedName("robots.txt")).isEqualTo("robots.txt");
            HttpResponse<byte[]> robots = demo.get("/static/robots.txt");
            assertThat(robots.statusCode()).isEqualTo(200);
            assertThat(robots.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(new String(robots.body(), StandardCharsets.UTF_8)).isEqualTo("User-agent: *\nDisallow: /manifest.jsp\n");
        }

        private void assertServedImmutable(String url) throws Exception {
            HttpResponse<byte[]> response = demo.get(url);
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(url).hasValue(IMMUTABLE);
            String name = url.substring(url.lastIndexOf('/') + 1);
            assertThat(HashedName.parse(name)).as(url).isPresent();
            assertThat(Digest.of(response.body()).shortHex()).as(url).isEqualTo(HashedName.parse(name).orElseThrow().hash());
        }
    }
}
