package org.ecstatic.runtime.serving;

import org.ecstatic.runtime.manifest.Digest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecstatic.runtime.serving.Http.header;
import static org.ecstatic.runtime.serving.ServingWebapp.APP_MJS;
import static org.ecstatic.runtime.serving.ServingWebapp.BIG_BIN;
import static org.ecstatic.runtime.serving.ServingWebapp.EMPTY_TXT;
import static org.ecstatic.runtime.serving.ServingWebapp.ICONS_WOFF2;
import static org.ecstatic.runtime.serving.ServingWebapp.LOGO_SVG;
import static org.ecstatic.runtime.serving.ServingWebapp.ODD_SVG;
import static org.ecstatic.runtime.serving.ServingWebapp.ODD_SVG_URL;
import static org.ecstatic.runtime.serving.ServingWebapp.OLD_SITE_CSS;
import static org.ecstatic.runtime.serving.ServingWebapp.PERCENT_SVG;
import static org.ecstatic.runtime.serving.ServingWebapp.PERCENT_SVG_URL;
import static org.ecstatic.runtime.serving.ServingWebapp.SITE_CSS;
import static org.ecstatic.runtime.serving.ServingWebapp.SOURCE_MAP;
import static org.ecstatic.runtime.serving.ServingWebapp.bytes;

/**
 * The serving rules of DESIGN.md, checked over HTTP against a real container. Each container runs
 * the whole contract through a subclass that says how to start it; one server serves all the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FileServerContract {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String CSS_ETAG = "\"512ca9ff1848\"";
    static final String CSS_BR_ETAG = "\"512ca9ff1848-br\"";
    static final String CSS_GZ_ETAG = "\"512ca9ff1848-gz\"";
    static final int CSS_LENGTH = 5050;
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private TestServer server;

    /** Starts the container with the fixture web application and the filter. */
    abstract TestServer startServer() throws Exception;

    /**
     * Whether the container itself refuses {@code %25} in a request path before any filter runs: Jetty's
     * default URI compliance counts it as an ambiguous encoding and answers 400.
     */
    boolean containerRefusesAnEncodedPercent() {
        return false;
    }

    @BeforeAll
    void start() throws Exception {
        server = startServer();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    TestServer server() {
        return server;
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        return Http.get(server(), path, headers);
    }

    HttpResponse<byte[]> send(String method, String path, String... headers) {
        return Http.send(server(), method, path, headers);
    }

    static String lastModifiedOf(String path) throws Exception {
        return HTTP_DATE.format(Files.getLastModifiedTime(ServingWebapp.root().resolve(path.substring(1))).toInstant());
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    static byte[] slice(byte[] bytes, int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    @Nested
    class Caching {
        @Test
        void servesAHashedFileWithImmutableCachingAndItsMetadata() throws Exception {
            HttpResponse<byte[]> response = get(SITE_CSS);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(bytes(SITE_CSS));
            assertThat(header(response, "Cache-Control")).isEqualTo(IMMUTABLE);
            assertThat(header(response, "ETag")).isEqualTo(CSS_ETAG);
            assertThat(header(response, "Last-Modified")).isEqualTo(lastModifiedOf(SITE_CSS));
            assertThat(header(response, "Content-Type")).isEqualTo("text/css;charset=utf-8");
            assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(CSS_LENGTH));
            assertThat(header(response, "Accept-Ranges")).isEqualTo("bytes");
            assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
            assertThat(header(response, "Content-Encoding")).isNull();
        }

        @Test
        void servesAKeptOlderVersionAsImmutableWithoutVaryWhenItHasNoVariants() {
            HttpResponse<byte[]> response = get(OLD_SITE_CSS);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(".old { color: red; }\n".getBytes(StandardCharsets.UTF_8));
            assertThat(header(response, "Cache-Control")).isEqualTo(IMMUTABLE);
            assertThat(header(response, "ETag")).isEqualTo("\"685577562c5f\"");
            assertThat(header(response, "Vary")).isNull();
        }

        @Test
        void typesModulesFontsImagesAndSourceMaps() {
            assertThat(header(get(APP_MJS), "Content-Type")).isEqualTo("text/javascript;charset=utf-8");
            assertThat(header(get(ICONS_WOFF2), "Content-Type")).isEqualTo("font/woff2");
            assertThat(header(get(LOGO_SVG), "Content-Type")).isEqualTo("image/svg+xml");
            assertThat(header(get(SOURCE_MAP), "Content-Type")).isEqualTo("application/json");
        }

        @Test
        void servesALogicalNameWithNoCacheAndAnETagOfItsContent() {
            HttpResponse<byte[]> response = get("/static/css/site.css");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(bytes("/static/css/site.css"));
            assertThat(header(response, "Cache-Control")).isEqualTo("no-cache");
            assertThat(header(response, "ETag"))
                    .isEqualTo("\"" + Digest.of(bytes("/static/css/site.css")).shortHex() + "\"");
        }

        @Test
        void revalidatesALogicalNameWith304() {
            String etag = header(get("/static/js/app.mjs"), "ETag");

            HttpResponse<byte[]> response = get("/static/js/app.mjs", "If-None-Match", etag);

            assertThat(response.statusCode()).isEqualTo(304);
            assertThat(header(response, "Cache-Control")).isEqualTo("no-cache");
            assertThat(header(response, "ETag")).isEqualTo(etag);
        }

        @Test
        void answersAnUnlistedHashedNameWith404ThatNoCacheKeeps() {
            HttpResponse<byte[]> response = get("/static/css/site.000000000000.css");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
        }

        @Test
        void passesANameTheManifestDoesNotListDownTheChain() {
            HttpResponse<byte[]> response = get("/static/plain.txt");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(bytes("/static/plain.txt"));
            assertThat(header(response, "Cache-Control")).isNull();
        }

        @Test
        void streamsAFileLargerThanTheMemoryBound() {
            HttpResponse<byte[]> response = get(BIG_BIN);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(header(response, "Content-Length")).isEqualTo("100000");
            assertThat(response.body()).isEqualTo(bytes(BIG_BIN));
        }

        @Test
        void servesAnEmptyFile() {
            HttpResponse<byte[]> response = get(EMPTY_TXT);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(header(response, "Content-Length")).isEqualTo("0");
            assertThat(header(response, "Content-Type")).isEqualTo("text/plain;charset=utf-8");
            assertThat(response.body()).isEmpty();
        }
    }

    @Nested
    class ConditionalRequests {
        @Test
        void answersAMatchingIfNoneMatchWith304CarryingETagCacheControlAndVary() {
            HttpResponse<byte[]> response = get(SITE_CSS, "If-None-Match", CSS_ETAG);

            assertThat(response.statusCode()).isEqualTo(304);
            assertThat(response.body()).isEmpty();
            assertThat(header(response, "ETag")).isEqualTo(CSS_ETAG);
            assertThat(header(response, "Cache-Control")).isEqualTo(IMMUTABLE);
            assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
        }

        @Test
        void comparesIfNoneMatchWeakly() {
            assertThat(get(SITE_CSS, "If-None-Match", "W/" + CSS_ETAG).statusCode()).isEqualTo(304);
        }

        @Test
        void matchesAStarAndAnyTagOfAList() {
            assertThat(get(SITE_CSS, "If-None-Match", "*").statusCode()).isEqualTo(304);
            assertThat(get(SITE_CSS, "If-None-Match", "\"aaaaaaaaaaaa\", W/\"b\" ," + CSS_ETAG).statusCode())
                    .isEqualTo(304);
        }

        @Test
        void sendsTheFileWhenNoTagMatches() {
            HttpResponse<byte[]> response = get(SITE_CSS, "If-None-Match", "\"aaaaaaaaaaaa\", " + CSS_BR_ETAG);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(bytes(SITE_CSS));
        }

        @Test
        void comparesTheTagOfTheSelectedEncoding() {
            HttpResponse<byte[]> gzip = get(SITE_CSS, "Accept-Encoding", "gzip", "If-None-Match", CSS_GZ_ETAG);
            HttpResponse<byte[]> identityTag = get(SITE_CSS, "Accept-Encoding", "gzip", "If-None-Match", CSS_ETAG);

            assertThat(gzip.statusCode()).isEqualTo(304);
            assertThat(header(gzip, "ETag")).isEqualTo(CSS_GZ_ETAG);
            assertThat(identityTag.statusCode()).isEqualTo(200);
            assertThat(header(identityTag, "Content-Encoding")).isEqualTo("gzip");
        }

        @Test
        void answersIfModifiedSinceAtOrAfterLastModifiedWith304() throws Exception {
            String lastModified = lastModifiedOf(SITE_CSS);

            assertThat(get(SITE_CSS, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
            assertThat(get(SITE_CSS, "If-Modified-Since", httpDate(Instant.now().plusSeconds(60))).statusCode())
                    .isEqualTo(304);
            assertThat(get(SITE_CSS, "If-Modified-Since", "Thu, 01 Jan 1998 00:00:00 GMT").statusCode())
                    .isEqualTo(200);
        }

        @Test
        void ignoresIfModifiedSinceWhenIfNoneMatchIsSent() throws Exception {
            HttpResponse<byte[]> response = get(SITE_CSS, "If-None-Match", "\"aaaaaaaaaaaa\"",
                    "If-Modified-Since", lastModifiedOf(SITE_CSS));

            assertThat(response.statusCode()).isEqualTo(200);
        }

        @Test
        void ignoresAMalformedIfModifiedSince() {
            assertThat(get(SITE_CSS, "If-Modified-Since", "yesterday").statusCode()).isEqualTo(200);
        }

        @Test
        void answersAFailedIfMatchWith412() {
            assertThat(get(SITE_CSS, "If-Match", "\"aaaaaaaaaaaa\"").statusCode()).isEqualTo(412);
            assertThat(get(SITE_CSS, "If-Match", "W/" + CSS_ETAG).statusCode()).isEqualTo(412);
            assertThat(get(SITE_CSS, "If-Match", CSS_ETAG).statusCode()).isEqualTo(200);
            assertThat(get(SITE_CSS, "If-Match", "*").statusCode()).isEqualTo(200);
        }

        @Test
        void answersAFailedIfUnmodifiedSinceWith412() throws Exception {
            assertThat(get(SITE_CSS, "If-Unmodified-Since", "Thu, 01 Jan 1998 00:00:00 GMT").statusCode())
                    .isEqualTo(412);
            assertThat(get(SITE_CSS, "If-Unmodified-Since", lastModifiedOf(SITE_CSS)).statusCode()).isEqualTo(200);
        }

        @Test
        void evaluatesIfMatchBeforeIfUnmodifiedSinceAndIfNoneMatch() {
            HttpResponse<byte[]> ifMatchWins = get(SITE_CSS, "If-Match", CSS_ETAG,
                    "If-Unmodified-Since", "Thu, 01 Jan 1998 00:00:00 GMT");
            HttpResponse<byte[]> failedBeforeNotModified = get(SITE_CSS, "If-Match", "\"aaaaaaaaaaaa\"",
                    "If-None-Match", CSS_ETAG);

            assertThat(ifMatchWins.statusCode()).isEqualTo(200);
            assertThat(failedBeforeNotModified.statusCode()).isEqualTo(412);
        }
    }

    @Nested
    class Ranges {
        private final byte[] css = bytes(SITE_CSS);

        @Test
        void answersOneRangeWith206AndContentRange() {
            HttpResponse<byte[]> response = get(SITE_CSS, "Range", "bytes=0-9");

            assertThat(response.statusCode()).isEqualTo(206);
            assertThat(header(response, "Content-Range")).isEqualTo("bytes 0-9/5050");
            assertThat(header(response, "Content-Length")).isEqualTo("10");
            assertThat(header(response, "ETag")).isEqualTo(CSS_ETAG);
            assertThat(response.body()).isEqualTo(slice(css, 0, 10));
        }

        @Test
        void servesASuffixRange() {
            HttpResponse<byte[]> response = get(SITE_CSS, "Range", "bytes=-10");

            assertThat(response.statusCode()).isEqualTo(206);
            assertThat(header(response, "Content-Range")).isEqualTo("bytes 5040-5049/5050");
            assertThat(response.body()).isEqualTo(slice(css, 5040, 5050));
        }

        @Test
        void servesAnOpenRangeAndClampsTheLastByte() {
            HttpResponse<byte[]> open = get(SITE_CSS, "Range", "bytes=5045-");
            HttpResponse<byte[]> clamped = get(SITE_CSS, "Range", "bytes=5000-999999");

            assertThat(header(open, "Content-Range")).isEqualTo("bytes 5045-5049/5050");
            assertThat(open.body()).isEqualTo(slice(css, 5045, 5050));
            assertThat(header(clamped, "Content-Range")).isEqualTo("bytes 5000-5049/5050");
            assertThat(clamped.body()).isEqualTo(slice(css, 5000, 5050));
        }

        @Test
        void answersUnsatisfiableMalformedAndOverflowingRangesWith416() {
            for (String range : new String[] {"bytes=5050-", "bytes=-0", "bytes=abc", "bytes=9-5", "bytes=-",
                    "bytes=", "bytes=0-99999999999999999999", "bytes=99999999999999999999-", "bytes=1-2-3",
                    "bytes=5050-6000,6001-7000"}) {
                HttpResponse<byte[]> response = get(SITE_CSS, "Range", range);

                assertThat(response.statusCode()).as(range).isEqualTo(416);
                assertThat(header(response, "Content-Range")).as(range).isEqualTo("bytes */5050");
                assertThat(response.body()).as(range).isEmpty();
            }
        }

        @Test
        void ignoresAnUnknownUnit() {
            HttpResponse<byte[]> response = get(SITE_CSS, "Range", "items=0-5");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(css);
        }

        @Test
        void answersSeveralOrOverlappingRangesWithTheWholeFileNeverMore() {
            String many = "bytes=" + String.join(",", Collections.nCopies(200, "0-5049"));
            for (String range : new String[] {"bytes=0-1,3-4", "bytes=0-100,50-150", many}) {
                HttpResponse<byte[]> response = get(SITE_CSS, "Range", range);

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(header(response, "Content-Length")).isEqualTo("5050");
                assertThat(response.body()).isEqualTo(css);
            }
        }

        @Test
        void honoursIfRangeWithTheStrongETagOrTheExactDate() throws Exception {
            assertThat(get(SITE_CSS, "Range", "bytes=0-9", "If-Range", CSS_ETAG).statusCode()).isEqualTo(206);
            assertThat(get(SITE_CSS, "Range", "bytes=0-9", "If-Range", lastModifiedOf(SITE_CSS)).statusCode())
                    .isEqualTo(206);
        }

        @Test
        void sendsTheWholeFileWhenIfRangeDoesNotMatch() {
            for (String ifRange : new String[] {"\"aaaaaaaaaaaa\"", "W/" + CSS_ETAG, "*", CSS_ETAG + ", \"x\"",
                    "Thu, 01 Jan 1998 00:00:00 GMT", "not a date"}) {
                HttpResponse<byte[]> response = get(SITE_CSS, "Range", "bytes=0-9", "If-Range", ifRange);

                assertThat(response.statusCode()).as(ifRange).isEqualTo(200);
                assertThat(response.body()).as(ifRange).isEqualTo(css);
            }
        }

        @Test
        void servesARangeOfAStreamedFile() {
            HttpResponse<byte[]> response = get(BIG_BIN, "Range", "bytes=70000-70999");

            assertThat(response.statusCode()).isEqualTo(206);
            assertThat(header(response, "Content-Range")).isEqualTo("bytes 70000-70999/100000");
            assertThat(response.body()).isEqualTo(slice(bytes(BIG_BIN), 70000, 71000));
        }

        @Test
        void answersAnyRangeOfAnEmptyFileWith416() {
            HttpResponse<byte[]> response = get(EMPTY_TXT, "Range", "bytes=-5");

            assertThat(response.statusCode()).isEqualTo(416);
            assertThat(header(response, "Content-Range")).isEqualTo("bytes */0");
        }
    }

    @Nested
    class Encodings {
        private final byte[] br = bytes(SITE_CSS + ".br");
        private final byte[] gz = bytes(SITE_CSS + ".gz");

        @Test
        void prefersBrotli() {
            HttpResponse<byte[]> response = get(SITE_CSS, "Accept-Encoding", "gzip, deflate, br");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(header(response, "Content-Encoding")).isEqualTo("br");
            assertThat(header(response, "ETag")).isEqualTo(CSS_BR_ETAG);
            assertThat(header(response, "Content-Type")).isEqualTo("text/css;charset=utf-8");
            assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(br.length));
            assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
            assertThat(response.body()).isEqualTo(br);
        }

        @Test
        void honoursQValues() {
            assertThat(header(get(SITE_CSS, "Accept-Encoding", "br;q=0.5, gzip"), "Content-Encoding")).isEqualTo("gzip");
            assertThat(header(get(SITE_CSS, "Accept-Encoding", "br;q=0, gzip;q=0.1"), "Content-Encoding"))
                    .isEqualTo("gzip");
            assertThat(get(SITE_CSS, "Accept-Encoding", "gzip").body()).isEqualTo(gz);
        }

        @Test
        void takesQZeroAsARefusal() {
            HttpResponse<byte[]> response = get(SITE_CSS, "Accept-Encoding", "gzip;q=0");

            assertThat(header(response, "Content-Encoding")).isNull();
            assertThat(header(response, "ETag")).isEqualTo(CSS_ETAG);
            assertThat(response.body()).isEqualTo(bytes(SITE_CSS));
        }

        @Test
        void matchesAStarForEncodingsNotNamed() {
            assertThat(header(get(SITE_CSS, "Accept-Encoding", "*"), "Content-Encoding")).isEqualTo("br");
            assertThat(header(get(SITE_CSS, "Accept-Encoding", "br;q=0, *;q=0.3"), "Content-Encoding"))
                    .isEqualTo("gzip");
        }

        @Test
        void sendsTheFileAsItIsWithoutAcceptEncodingOrWithoutAMatchingVariant() {
            assertThat(header(get(SITE_CSS), "Content-Encoding")).isNull();
            assertThat(header(get(APP_MJS, "Accept-Encoding", "br"), "Content-Encoding")).isNull();
            assertThat(header(get(APP_MJS, "Accept-Encoding", "br, gzip"), "Content-Encoding")).isEqualTo("gzip");
        }

        @Test
        void appliesARangeToTheEncodedBytes() {
            HttpResponse<byte[]> response = get(SITE_CSS, "Accept-Encoding", "gzip", "Range", "bytes=0-9");

            assertThat(response.statusCode()).isEqualTo(206);
            assertThat(header(response, "Content-Encoding")).isEqualTo("gzip");
            assertThat(header(response, "Content-Range")).isEqualTo("bytes 0-9/" + gz.length);
            assertThat(response.body()).isEqualTo(slice(gz, 0, 10));
        }

        @Test
        void servesADirectlyRequestedGzipSiblingAsGzipWithoutContentEncoding() {
            HttpResponse<byte[]> response = get(SITE_CSS + ".gz", "Accept-Encoding", "gzip");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(header(response, "Content-Type")).isEqualTo("application/gzip");
            assertThat(header(response, "Content-Encoding")).isNull();
            assertThat(header(response, "Cache-Control")).isEqualTo(IMMUTABLE);
            assertThat(response.body()).isEqualTo(gz);
        }
    }

    @Nested
    class Methods {
        @Test
        void answersHeadWithTheHeadersOfGetAndNoBody() {
            HttpResponse<byte[]> response = send("HEAD", SITE_CSS, "Accept-Encoding", "br");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEmpty();
            assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(bytes(SITE_CSS + ".br").length));
            assertThat(header(response, "ETag")).isEqualTo(CSS_BR_ETAG);
            assertThat(header(response, "Content-Encoding")).isEqualTo("br");
            assertThat(header(response, "Cache-Control")).isEqualTo(IMMUTABLE);
        }

        @Test
        void answersOptionsWithAllow() {
            HttpResponse<byte[]> response = send("OPTIONS", SITE_CSS);

            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(header(response, "Allow")).isEqualTo("GET, HEAD, OPTIONS");
        }

        @Test
        void answersOtherMethodsWith405AndAllow() {
            for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
                HttpResponse<byte[]> response = send(method, SITE_CSS);

                assertThat(response.statusCode()).as(method).isEqualTo(405);
                assertThat(header(response, "Allow")).as(method).isEqualTo("GET, HEAD, OPTIONS");
            }
        }
    }

    @Nested
    class Paths {
        @Test
        void sendsNosniffWithEveryFileSoThatNoBrowserRunsAnSvgOrAnHtmlFileAsAnotherType() {
            for (String path : new String[] {LOGO_SVG, SITE_CSS, "/static/css/site.css", EMPTY_TXT, BIG_BIN}) {
                assertThat(header(get(path), "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            }
            assertThat(header(get(LOGO_SVG, "Range", "bytes=0-3"), "X-Content-Type-Options")).isEqualTo("nosniff");
        }

        @Test
        void servesANameThatNeedsPercentEncodingAskedForEncoded() {
            HttpResponse<byte[]> response = get(ODD_SVG_URL);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(bytes(ODD_SVG));
            assertThat(header(response, "Cache-Control")).isEqualTo(IMMUTABLE);
            assertThat(header(response, "Content-Type")).isEqualTo("image/svg+xml");
        }

        @Test
        void servesANameWithAPercentSignWhereTheContainerLetsTheRequestThrough() {
            HttpResponse<byte[]> response = get(PERCENT_SVG_URL);

            if (containerRefusesAnEncodedPercent()) {
                assertThat(response.statusCode()).isEqualTo(400);
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("not in canonical form");
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(bytes(PERCENT_SVG));
            }
        }

        @Test
        void servesAFileAskedForWithTheSessionIdAContainerAppendsOnAFirstVisit() {
            for (String id : new String[] {"node01h3c2v8dhqtzl1fbxvq1ha4z2a0.node0", "8F1C2D3E4A5B6C7D8E9F0A1B2C3D4E5F"}) {
                HttpResponse<byte[]> response = get(SITE_CSS + ";jsessionid=" + id);

                assertThat(response.statusCode()).as(id).isEqualTo(200);
                assertThat(response.body()).as(id).isEqualTo(bytes(SITE_CSS));
                assertThat(header(response, "Cache-Control")).as(id).isEqualTo(IMMUTABLE);
            }
            HttpResponse<byte[]> logical = get("/static/css/site.css;jsessionid=node0abc.node0");
            assertThat(logical.statusCode()).isEqualTo(200);
            assertThat(header(logical, "Cache-Control")).isEqualTo("no-cache");
        }

        @Test
        void neverServesTheManifestFromTheStaticRoot() {
            HttpResponse<byte[]> response = get("/static/manifest.json");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
        }

        @Test
        void neverServesWebInfOrMetaInfBelowTheStaticRoot() {
            for (String path : new String[] {"/static/WEB-INF/inner.txt", "/static/web-inf/inner.txt",
                    "/static/META-INF/inner.txt"}) {
                HttpResponse<byte[]> response = get(path);

                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(path).doesNotContain("SECRET");
            }
        }

        @Test
        void ignoresTheQueryString() {
            HttpResponse<byte[]> response = get(SITE_CSS + "?v=3&x=%2e%2e/WEB-INF");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(bytes(SITE_CSS));
        }

        @Test
        void decodesHarmlessPercentEscapes() {
            HttpResponse<byte[]> response = get("/static/css/%73ite.512ca9ff1848.css");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(bytes(SITE_CSS));
        }

        @Test
        void refusesEncodedDotsBeforeAnyLookup() {
            HttpResponse<byte[]> response = get("/static/css/site.512ca9ff1848%2Ecss");

            assertThat(response.statusCode()).isEqualTo(400);
        }
    }

    @Nested
    class Safety {
        @Test
        void refusesHostileRawPathsWithoutLeakingProtectedFiles() {
            HostileRequests.assertSafe(server(), HostileRequests.ALWAYS_REACH_THE_FILTER);
        }
    }
}
