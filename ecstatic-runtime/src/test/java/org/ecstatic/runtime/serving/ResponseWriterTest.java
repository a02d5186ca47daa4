package org.ecstatic.runtime.serving;

import jakarta.servlet.http.HttpServletResponse;
import org.ecstatic.runtime.dev.WebAppFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response the filter sends, written by {@link ResponseWriter} into a real container's response
 * and read back over HTTP: status, headers (all but the container's own Date, Server and connection
 * headers) and body, byte for byte, on Jetty and on Tomcat.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseWriterTest {
    private static final Set<String> CONTAINER_HEADERS = Set.of("date", "server", "connection", "keep-alive");
    private static final String ORIGIN = "https://app.example";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String LAST_MODIFIED = "Tue, 14 Nov 2023 22:13:20 GMT";
    private static final byte[] CSS = "body { color: rebeccapurple; }\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CSS_BR = {0x1b, 0x1e, 0x00, (byte) 0xf8, 0x25};
    private static final byte[] CSS_GZ = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00};
    private static final int BIG_LENGTH = 100_000;

    /** A hashed stylesheet held in memory, with both precompressed siblings. */
    private static final PreparedFile STYLESHEET = new PreparedFile("text/css;charset=utf-8", IMMUTABLE,
            1_700_000_000_123L, LAST_MODIFIED,
            new Representation(null, "\"0123456789ab\"", CSS.length, CSS, "css/site.0123456789ab.css"),
            new Representation("br", "\"0123456789ab-br\"", CSS_BR.length, CSS_BR, "css/site.0123456789ab.css.br"),
            new Representation("gzip", "\"0123456789ab-gz\"", CSS_GZ.length, CSS_GZ, "css/site.0123456789ab.css.gz"));
    /** A logical name streamed from the web application, without siblings. */
    private static final PreparedFile BIG = new PreparedFile("application/octet-stream", "no-cache",
            1_700_000_000_000L, LAST_MODIFIED,
            new Representation(null, "\"3f2a1b9c0d4e\"", BIG_LENGTH, null, "data/big.bin"), null, null);
    private static final PreparedFile EMPTY = new PreparedFile("text/plain;charset=utf-8", IMMUTABLE,
            1_700_000_000_000L, LAST_MODIFIED,
            new Representation(null, "\"e3b0c44298fc\"", 0, new byte[0], "empty.e3b0c44298fc.txt"), null, null);

    enum Container { JETTY, TOMCAT }

    /** One running container, with a writer without and one with Access-Control-Allow-Origin. */
    private record Side(TestServer server, AnsweringServlet servlet, ResponseWriter writer, ResponseWriter cors) {
    }

    /** What a test has the writer do. */
    @FunctionalInterface
    private interface Writing {
        void write(ResponseWriter writer, HttpServletResponse response) throws IOException;
    }

    private byte[] big;
    private final Map<Container, Side> sides = new EnumMap<>(Container.class);

    @BeforeAll
    void start(@TempDir Path root) throws Exception {
        big = new byte[BIG_LENGTH];
        new Random(7).nextBytes(big);
        Files.createDirectories(root.resolve("static/data"));
        Files.write(root.resolve("static/data/big.bin"), big);
        AnsweringServlet onJetty = new AnsweringServlet();
        JettyServer jetty = JettyServer.startServlet(root, onJetty);
        sides.put(Container.JETTY, side(jetty, onJetty, new WebAppFiles(jetty.servletContext(), "/static/")));
        AnsweringServlet onTomcat = new AnsweringServlet();
        TomcatServer tomcat = TomcatServer.startServlet(root, onTomcat);
        sides.put(Container.TOMCAT, side(tomcat, onTomcat, new WebAppFiles(tomcat.servletContext(), "/static/")));
    }

    private static Side side(TestServer server, AnsweringServlet servlet, WebAppFiles files) {
        return new Side(server, servlet, new ResponseWriter(files, null), new ResponseWriter(files, ORIGIN));
    }

    @AfterAll
    void stop() {
        sides.values().forEach(side -> side.server().close());
    }

    /** Sends {@code method} to the container, whose servlet answers with {@code writing} of the writer without CORS. */
    private HttpResponse<byte[]> exchange(Container container, String method, Writing writing) {
        return exchange(container, method, false, writing);
    }

    private HttpResponse<byte[]> exchange(Container container, String method, boolean cors, Writing writing) {
        Side side = sides.get(container);
        ResponseWriter writer = cors ? side.cors() : side.writer();
        side.servlet().answerWith((request, response) -> writing.write(writer, response));
        return Http.send(side.server(), method, "/static/any");
    }

    /** Returns the response's headers, lower-case names, without those every response of the container has. */
    private static Map<String, String> headers(HttpResponse<?> response) {
        Map<String, String> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!CONTAINER_HEADERS.contains(lower)) {
                headers.put(lower, String.join(", ", values));
            }
        });
        return headers;
    }

    @SafeVarargs
    private static Map<String, String> exactly(Map.Entry<String, String>... headers) {
        Map<String, String> all = new TreeMap<>();
        for (Map.Entry<String, String> header : headers) {
            all.put(header.getKey(), header.getValue());
        }
        return all;
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Files200 {
        @ParameterizedTest
        @EnumSource(Container.class)
        void sendsAFileHeldInMemoryWithAllItsHeaders(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) ->
                    writer.file(res, STYLESHEET, STYLESHEET.identity(), ByteRange.WHOLE, true));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(headers(response)).isEqualTo(exactly(
                    entry("cache-control", IMMUTABLE),
                    entry("vary", "Accept-Encoding"),
                    entry("etag", "\"0123456789ab\""),
                    entry("last-modified", LAST_MODIFIED),
                    entry("content-type", "text/css;charset=utf-8"),
                    entry("content-length", String.valueOf(CSS.length)),
                    entry("accept-ranges", "bytes"),
                    entry("x-content-type-options", "nosniff")));
            assertThat(response.body()).isEqualTo(CSS);
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void sendsAPrecompressedSiblingWithItsEncodingAndTag(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) ->
                    writer.file(res, STYLESHEET, STYLESHEET.br(), ByteRange.WHOLE, true));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(headers(response)).isEqualTo(exactly(
                    entry("cache-control", IMMUTABLE),
                    entry("vary", "Accept-Encoding"),
                    entry("etag", "\"0123456789ab-br\""),
                    entry("last-modified", LAST_MODIFIED),
                    entry("content-type", "text/css;charset=utf-8"),
                    entry("content-encoding", "br"),
                    entry("content-length", String.valueOf(CSS_BR.length)),
                    entry("accept-ranges", "bytes"),
                    entry("x-content-type-options", "nosniff")));
            assertThat(response.body()).isEqualTo(CSS_BR);
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void streamsAFileNotHeldWithoutVaryWhenItHasNoSiblings(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) ->
                    writer.file(res, BIG, BIG.identity(), ByteRange.WHOLE, true));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(headers(response)).isEqualTo(exactly(
                    entry("cache-control", "no-cache"),
                    entry("etag", "\"3f2a1b9c0d4e\""),
                    entry("last-modified", LAST_MODIFIED),
                    entry("content-type", "application/octet-stream"),
                    entry("content-length", String.valueOf(BIG_LENGTH)),
                    entry("accept-ranges", "bytes"),
                    entry("x-content-type-options", "nosniff")));
            assertThat(response.body()).isEqualTo(big);
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void sendsAnEmptyFileWithALengthOfZero(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) ->
                    writer.file(res, EMPTY, EMPTY.identity(), ByteRange.WHOLE, true));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(headers(response)).containsEntry("content-length", "0")
                    .containsEntry("etag", "\"e3b0c44298fc\"")
                    .containsEntry("content-type", "text/plain;charset=utf-8");
            assertThat(response.body()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void answersHeadWithTheHeadersOfGetAndNoBody(Container container) {
            HttpResponse<byte[]> get = exchange(container, "GET", (writer, res) ->
                    writer.file(res, STYLESHEET, STYLESHEET.gzip(), ByteRange.WHOLE, true));
            HttpResponse<byte[]> head = exchange(container, "HEAD", (writer, res) ->
                    writer.file(res, STYLESHEET, STYLESHEET.gzip(), ByteRange.WHOLE, false));

            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(headers(head)).isEqualTo(headers(get)).containsEntry("content-encoding", "gzip")
                    .containsEntry("content-length", String.valueOf(CSS_GZ.length));
            assertThat(head.body()).isEmpty();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Parts {
        @ParameterizedTest
        @EnumSource(Container.class)
        void sendsAPartHeldInMemoryWith206AndContentRange(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) ->
                    writer.file(res, STYLESHEET, STYLESHEET.identity(), ByteRange.parse("bytes=7-11", CSS.length),
                            true));

            assertThat(response.statusCode()).isEqualTo(206);
            assertThat(headers(response)).isEqualTo(exactly(
                    entry("cache-control", IMMUTABLE),
                    entry("vary", "Accept-Encoding"),
                    entry("etag", "\"0123456789ab\""),
                    entry("last-modified", LAST_MODIFIED),
                    entry("content-type", "text/css;charset=utf-8"),
                    entry("content-range", "bytes 7-11/" + CSS.length),
                    entry("content-length", "5"),
                    entry("accept-ranges", "bytes"),
                    entry("x-content-type-options", "nosniff")));
            assertThat(response.body()).asString(StandardCharsets.US_ASCII).isEqualTo("color");
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void streamsAPart(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) ->
                    writer.file(res, BIG, BIG.identity(), ByteRange.parse("bytes=65000-70999", BIG_LENGTH), true));

            assertThat(response.statusCode()).isEqualTo(206);
            assertThat(headers(response)).containsEntry("content-range", "bytes 65000-70999/100000")
                    .containsEntry("content-length", "6000");
            assertThat(response.body()).isEqualTo(Arrays.copyOfRange(big, 65_000, 71_000));
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void sendsTheLastBytesOfAnEncodedRepresentation(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) ->
                    writer.file(res, STYLESHEET, STYLESHEET.gzip(), ByteRange.parse("bytes=-3", CSS_GZ.length), true));

            assertThat(response.statusCode()).isEqualTo(206);
            assertThat(headers(response)).containsEntry("content-range", "bytes 5-7/8")
                    .containsEntry("content-encoding", "gzip")
                    .containsEntry("etag", "\"0123456789ab-gz\"");
            assertThat(response.body()).isEqualTo(Arrays.copyOfRange(CSS_GZ, 5, 8));
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void answersAnUnsatisfiableRangeWith416AndTheLength(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) ->
                    writer.file(res, STYLESHEET, STYLESHEET.identity(), ByteRange.UNSATISFIABLE, true));

            assertThat(response.statusCode()).isEqualTo(416);
            assertThat(headers(response)).isEqualTo(exactly(
                    entry("content-range", "bytes */" + CSS.length),
                    entry("content-length", "0")));
            assertThat(response.body()).isEmpty();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Conditional {
        @ParameterizedTest
        @EnumSource(Container.class)
        void answersNotModifiedWithTheTagAndCachingOnly(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) ->
                    writer.notModified(res, STYLESHEET, STYLESHEET.br()));

            Map<String, String> headers = headers(response);
            String length = headers.remove("content-length");

            assertThat(response.statusCode()).isEqualTo(304);
            assertThat(headers).isEqualTo(exactly(
                    entry("cache-control", IMMUTABLE),
                    entry("vary", "Accept-Encoding"),
                    entry("etag", "\"0123456789ab-br\"")));
            assertThat(response.body()).isEmpty();
            assertThat(length).as("RFC 9110 section 8.6: none, or the length a 200 would have")
                    .isIn(null, String.valueOf(CSS_BR.length));
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void answersNotModifiedWithoutVaryForAFileWithoutSiblings(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) ->
                    writer.notModified(res, BIG, BIG.identity()));

            Map<String, String> headers = headers(response);
            String length = headers.remove("content-length");

            assertThat(response.statusCode()).isEqualTo(304);
            assertThat(headers).isEqualTo(exactly(
                    entry("cache-control", "no-cache"),
                    entry("etag", "\"3f2a1b9c0d4e\"")));
            assertThat(length).as("RFC 9110 section 8.6: none, or the length a 200 would have")
                    .isIn(null, String.valueOf(BIG_LENGTH));
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void answersPreconditionFailedWithNothingElse(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) -> writer.preconditionFailed(res));

            assertThat(response.statusCode()).isEqualTo(412);
            assertThat(headers(response)).isEqualTo(exactly(entry("content-length", "0")));
            assertThat(response.body()).isEmpty();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Refusals {
        @ParameterizedTest
        @EnumSource(Container.class)
        void answersNotFoundInPlainTextThatNoCacheKeeps(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) -> writer.notFound(res));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(headers(response)).isEqualTo(exactly(
                    entry("cache-control", "no-store"),
                    entry("x-content-type-options", "nosniff"),
                    entry("content-type", "text/plain;charset=utf-8"),
                    entry("content-length", "10")));
            assertThat(response.body()).asString(StandardCharsets.US_ASCII).isEqualTo("Not Found\n");
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void answersANonCanonicalPathWithBadRequest(Container container) {
            HttpResponse<byte[]> response = exchange(container, "GET", (writer, res) -> writer.badRequest(res));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(headers(response)).isEqualTo(exactly(
                    entry("cache-control", "no-store"),
                    entry("x-content-type-options", "nosniff"),
                    entry("content-type", "text/plain;charset=utf-8"),
                    entry("content-length", "47")));
            assertThat(response.body()).asString(StandardCharsets.US_ASCII)
                    .isEqualTo("Bad Request: the path is not in canonical form\n");
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void answersOptionsWith204AndTheMethodsAllowed(Container container) {
            HttpResponse<byte[]> response = exchange(container, "OPTIONS", (writer, res) -> writer.options(res));

            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(headers(response)).isEqualTo(exactly(entry("allow", "GET, HEAD, OPTIONS")));
            assertThat(response.body()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void answersOtherMethodsWith405AndTheMethodsAllowed(Container container) {
            HttpResponse<byte[]> response =
                    exchange(container, "DELETE", (writer, res) -> writer.methodNotAllowed(res));

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(headers(response)).isEqualTo(exactly(
                    entry("allow", "GET, HEAD, OPTIONS"),
                    entry("cache-control", "no-store"),
                    entry("x-content-type-options", "nosniff"),
                    entry("content-type", "text/plain;charset=utf-8"),
                    entry("content-length", "19")));
            assertThat(response.body()).asString(StandardCharsets.US_ASCII).isEqualTo("Method Not Allowed\n");
        }
    }

    /** Access-Control-Allow-Origin goes on what a cross-origin page may read: files, 304 and OPTIONS. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Cors {
        @ParameterizedTest
        @EnumSource(Container.class)
        void allowsTheOriginOnFilesPartsNotModifiedAndOptions(Container container) {
            assertThat(corsHeader(container, "GET", (writer, res) ->
                    writer.file(res, STYLESHEET, STYLESHEET.identity(), ByteRange.WHOLE, true))).isEqualTo(ORIGIN);
            assertThat(corsHeader(container, "HEAD", (writer, res) ->
                    writer.file(res, STYLESHEET, STYLESHEET.identity(), ByteRange.WHOLE, false))).isEqualTo(ORIGIN);
            assertThat(corsHeader(container, "GET", (writer, res) ->
                    writer.file(res, BIG, BIG.identity(), ByteRange.parse("bytes=0-9", BIG_LENGTH), true)))
                    .isEqualTo(ORIGIN);
            assertThat(corsHeader(container, "GET", (writer, res) ->
                    writer.notModified(res, STYLESHEET, STYLESHEET.identity()))).isEqualTo(ORIGIN);
            assertThat(corsHeader(container, "OPTIONS", (writer, res) -> writer.options(res))).isEqualTo(ORIGIN);
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void leavesItOffTheOtherAnswers(Container container) {
            assertThat(corsHeader(container, "GET", (writer, res) ->
                    writer.file(res, STYLESHEET, STYLESHEET.identity(), ByteRange.UNSATISFIABLE, true))).isNull();
            assertThat(corsHeader(container, "GET", (writer, res) -> writer.preconditionFailed(res))).isNull();
            assertThat(corsHeader(container, "GET", (writer, res) -> writer.notFound(res))).isNull();
            assertThat(corsHeader(container, "GET", (writer, res) -> writer.badRequest(res))).isNull();
            assertThat(corsHeader(container, "PUT", (writer, res) -> writer.methodNotAllowed(res))).isNull();
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void changesNothingElse(Container container) {
            Writing writing = (writer, res) ->
                    writer.file(res, STYLESHEET, STYLESHEET.identity(), ByteRange.WHOLE, true);
            Map<String, String> without = headers(exchange(container, "GET", false, writing));
            Map<String, String> with = headers(exchange(container, "GET", true, writing));

            assertThat(with).containsEntry("access-control-allow-origin", ORIGIN);
            with.remove("access-control-allow-origin");
            assertThat(with).isEqualTo(without);
        }

        private String corsHeader(Container container, String method, Writing writing) {
            return Http.header(exchange(container, method, true, writing), "Access-Control-Allow-Origin");
        }
    }
}
