package org.ecstatic.runtime.serving;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecstatic.runtime.serving.ServingWebapp.SITE_CSS;
import static org.ecstatic.runtime.serving.ServingWebapp.bytes;

/**
 * Hostile request paths, sent over raw sockets, and what must hold for each: never a 5xx, never a 200,
 * nothing of a WEB-INF or META-INF file or of the manifest (no line of theirs of 10 characters or more
 * in any response body), the paths a configuration lets through refused by the filter itself, and the
 * asset still served afterwards.
 */
final class HostileRequests {
    private static final String FILTER_REFUSAL = "Bad Request: the path is not in canonical form\n";

    /** Request targets below the context path; sent byte for byte (ISO-8859-1). */
    static final List<String> PATHS = List.of(
            "/static/../WEB-INF/web.xml",
            "/static/../WEB-INF/secret.properties",
            "/static/../META-INF/secret.txt",
            "/static/%2e%2e/WEB-INF/web.xml",
            "/static/%2E%2E/WEB-INF/web.xml",
            "/static/.%2e/WEB-INF/web.xml",
            "/static/%2e/css/site.512ca9ff1848.css",
            "/static/..%2fWEB-INF/web.xml",
            "/static/..%2FWEB-INF%2Fweb.xml",
            "/static/%2e%2e%2fWEB-INF%2fweb.xml",
            "/static/%2e%2e%2f%2e%2e%2fWEB-INF%2fclasses%2fMETA-INF%2fecstatic%2fmanifest.json",
            "/static/..%5cWEB-INF%5cweb.xml",
            "/static/..%5CMETA-INF%5Csecret.txt",
            "/static/..\\WEB-INF\\web.xml",
            "/static\\..\\WEB-INF\\web.xml",
            "/static/css/..\\..\\..\\WEB-INF\\web.xml",
            "/static/css/site.512ca9ff1848.css%00",
            "/static/css/site.512ca9ff1848.css%00.txt",
            "/static/%00/../WEB-INF/web.xml",
            "/static//WEB-INF/inner.txt",
            "/static//../WEB-INF/web.xml",
            "/static//css/site.512ca9ff1848.css",
            "/static/;x=1/../WEB-INF/web.xml",
            "/static/..;/WEB-INF/web.xml",
            "/static/..;x/WEB-INF/secret.properties",
            "/static/css/site.512ca9ff1848.css;x=1",
            "/static/css/..;jsessionid=1/WEB-INF/web.xml",
            "/static/%2e%2e;jsessionid=1/WEB-INF/web.xml",
            "/static;/../WEB-INF/web.xml",
            "/static/WEB-INF/inner.txt",
            "/static/web-inf/inner.txt",
            "/static/META-INF/inner.txt",
            "/static/%57EB-INF/inner.txt",
            "/static/%4DETA-INF/inner.txt",
            "/static/%c0%ae%c0%ae/WEB-INF/web.xml",
            "/static/%c0%af../WEB-INF/web.xml",
            "/static/%e0%80%ae%e0%80%ae/WEB-INF/web.xml",
            "/static/%ed%a0%80/x.css",
            "/static/%ff/x.css",
            "/static/\u00c0\u00ae\u00c0\u00ae/WEB-INF/web.xml",
            "/static/..%252fWEB-INF/web.xml",
            "/static/%252e%252e/WEB-INF/web.xml",
            "/static/./css/site.512ca9ff1848.css",
            "/static/css/./site.512ca9ff1848.css",
            "/static/css/site.512ca9ff1848.css/.",
            "/static/css/site.512ca9ff1848.css/..",
            "/static/manifest.json",
            "/static/../WEB-INF/classes/META-INF/ecstatic/manifest.json",
            "/WEB-INF/web.xml",
            "/META-INF/secret.txt",
            "/./static/../WEB-INF/web.xml",
            "/%2e/WEB-INF/web.xml",
            "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd");

    /** Refused by the filter itself in every container: the container lets them through as they are. */
    static final List<String> ALWAYS_REACH_THE_FILTER = List.of(
            "/static/css/site.512ca9ff1848.css;x=1",
            "/static/./css/site.512ca9ff1848.css",
            "/static/css/./site.512ca9ff1848.css",
            "/static/css/site.512ca9ff1848.css/.",
            "/static/css/site.512ca9ff1848.css/..");
    static final List<String> ENCODED_SEPARATORS = List.of(
            "/static/..%2fWEB-INF/web.xml",
            "/static/..%2FWEB-INF%2Fweb.xml",
            "/static/%2e%2e%2fWEB-INF%2fweb.xml",
            "/static/%2e%2e%2f%2e%2e%2fWEB-INF%2fclasses%2fMETA-INF%2fecstatic%2fmanifest.json",
            "/static//css/site.512ca9ff1848.css",
            "/static/..%252fWEB-INF/web.xml");
    static final List<String> INVALID_UTF8 = List.of(
            "/static/%c0%ae%c0%ae/WEB-INF/web.xml",
            "/static/%e0%80%ae%e0%80%ae/WEB-INF/web.xml",
            "/static/%ed%a0%80/x.css",
            "/static/%ff/x.css",
            "/static/\u00c0\u00ae\u00c0\u00ae/WEB-INF/web.xml");

    private HostileRequests() {
    }

    /**
     * Sends every hostile path to {@code server} and checks the answers.
     *
     * @param reachingTheFilter the paths the server's configuration lets through to the filter
     */
    static void assertSafe(TestServer server, List<String> reachingTheFilter) {
        List<String> protectedLines = ServingWebapp.protectedLines();
        assertThat(protectedLines).contains("<!-- SECRET-WEB-XML-7f3a -->", "password=SECRET-WEB-INF-PROPERTIES-0b9e",
                "SECRET-META-INF-91c2", "SECRET-STATIC-WEB-INF-5d21", "SECRET-STATIC-META-INF-c4e8",
                "\"css/site.css\": \"css/site.512ca9ff1848.css\",");
        List<String> refusedByTheFilter = new ArrayList<>();
        for (String path : PATHS) {
            RawHttp.Response response = RawHttp.get(server, server.contextPath() + path);
            if (response.status() == 400 && response.body().equals(FILTER_REFUSAL)) {
                refusedByTheFilter.add(path);
            }

            assertThat(response.status()).as(server + " " + path).isBetween(300, 499);
            for (String line : protectedLines) {
                assertThat(response.body()).as(server + " " + path).doesNotContain(line);
            }
        }
        assertThat(refusedByTheFilter).as(server + ": refused by the filter itself").containsAll(reachingTheFilter);

        RawHttp.Response asset = RawHttp.get(server, server.contextPath() + SITE_CSS);
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.body()).isEqualTo(new String(bytes(SITE_CSS), StandardCharsets.ISO_8859_1));
    }
}
