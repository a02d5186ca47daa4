package org.ecstatic.runtime;

import org.eclipse.jetty.http.UriCompliance;
import org.ecstatic.runtime.manifest.Digest;
import org.ecstatic.runtime.serving.Http;
import org.ecstatic.runtime.serving.JettyServer;
import org.ecstatic.runtime.serving.TestServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecstatic.runtime.serving.Http.header;
import static org.ecstatic.runtime.serving.ServingWebapp.BIG_BIN;
import static org.ecstatic.runtime.serving.ServingWebapp.SITE_CSS;
import static org.ecstatic.runtime.serving.ServingWebapp.bytes;

/** The filter's init parameters, dev mode and manifest reloads, on Jetty with the real start-up wiring. */
class StaticFilesFilterTest {

    @Nested
    class InitParameters {
        @Test
        void addsAccessControlAllowOriginToFilesAnd304sWhenConfigured() throws Exception {
            try (TestServer server = JettyServer.start(Map.of("corsAllowOrigin", "https://app.example.com"))) {
                HttpResponse<byte[]> ok = Http.get(server, SITE_CSS);
                HttpResponse<byte[]> notModified = Http.get(server, SITE_CSS, "If-None-Match", "\"512ca9ff1848\"");

                assertThat(header(ok, "Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
                assertThat(header(notModified, "Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
            }
        }

        @Test
        void sendsNoAccessControlAllowOriginByDefault() throws Exception {
            try (TestServer server = JettyServer.start(Map.of())) {
                assertThat(header(Http.get(server, SITE_CSS), "Access-Control-Allow-Origin")).isNull();
            }
        }

        @Test
        void streamsEveryFileWithAZeroMemoryBound() throws Exception {
            try (TestServer server = JettyServer.start(Map.of("maxCachedFileSize", "0"))) {
                HttpResponse<byte[]> whole = Http.get(server, SITE_CSS);
                HttpResponse<byte[]> gzip = Http.get(server, SITE_CSS, "Accept-Encoding", "gzip");
                HttpResponse<byte[]> part = Http.get(server, SITE_CSS, "Range", "bytes=100-199");

                assertThat(whole.body()).isEqualTo(bytes(SITE_CSS));
                assertThat(gzip.body()).isEqualTo(bytes(SITE_CSS + ".gz"));
                assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(bytes(SITE_CSS), 100, 200));
            }
        }

        @Test
        void holdsFilesInMemoryUntilTheTotalBoundAndStreamsTheRest() throws Exception {
            try (TestServer server = JettyServer.start(Map.of("maxCachedFileSize", "200000", "maxCacheBytes", "6000"))) {
                assertThat(Http.get(server, SITE_CSS).body()).isEqualTo(bytes(SITE_CSS));
                assertThat(Http.get(server, BIG_BIN).body()).isEqualTo(bytes(BIG_BIN));
                assertThat(Http.get(server, BIG_BIN, "Range", "bytes=-3").body())
                        .isEqualTo(java.util.Arrays.copyOfRange(bytes(BIG_BIN), 99997, 100000));
            }
        }

        @Test
        void refusesToStartWithASizeThatIsNotANumber() {
            assertThatThrownBy(() -> JettyServer.start(Map.of("maxCachedFileSize", "64k")).close())
                    .hasStackTraceContaining("The init parameter maxCachedFileSize of the filter")
                    .hasStackTraceContaining("is '64k'; expected a whole number of bytes such as 65536 "
                            + "(0 streams every file)");
        }

        @Test
        void refusesToStartWhenEcstaticWasNotStarted() {
            assertThatThrownBy(() -> JettyServer.start(UriCompliance.DEFAULT, Map.of(), null).close())
                    .hasStackTraceContaining("Ecstatic is not started for the web application ''");
        }
    }

    @Nested
    class DevMode {
        @TempDir
        Path root;

        private TestServer startDev() throws Exception {
            return JettyServer.startWithInitializer(WebApp.copy(root, "serving"), Map.of("ecstatic.mode", "dev"));
        }

        @Test
        void servesTheCurrentUnhashedFileBehindAnyHashWithNoCache() throws Exception {
            try (TestServer server = startDev()) {
                HttpResponse<byte[]> response = Http.get(server, "/static/css/site.0123456789ab.css");

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(bytes("/static/css/site.css"));
                assertThat(header(response, "Cache-Control")).isEqualTo("no-cache");
                assertThat(header(response, "ETag")).isEqualTo(
                        "\"" + Digest.of(bytes("/static/css/site.css")).shortHex() + "\"");
                assertThat(header(response, "Content-Type")).isEqualTo("text/css;charset=utf-8");
            }
        }

        @Test
        void servesAnEditedFileWithoutARestart() throws Exception {
            try (TestServer server = startDev()) {
                Path css = root.resolve("static/css/site.css");
                String before = header(Http.get(server, "/static/css/site.0123456789ab.css"), "ETag");
                Files.writeString(css, "body { color: blue; }\n");
                Files.setLastModifiedTime(css, FileTime.from(Instant.now().plusSeconds(5)));

                HttpResponse<byte[]> after = Http.get(server, "/static/css/site.0123456789ab.css",
                        "If-None-Match", before);

                assertThat(after.statusCode()).isEqualTo(200);
                assertThat(new String(after.body(), StandardCharsets.UTF_8)).isEqualTo("body { color: blue; }\n");
            }
        }

        @Test
        void answersAHashedNameWithoutAFileWith404() throws Exception {
            try (TestServer server = startDev()) {
                HttpResponse<byte[]> response = Http.get(server, "/static/css/missing.0123456789ab.css");

                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
            }
        }
    }

    @Nested
    class ManifestReload {
        @TempDir
        Path root;

        @Test
        void servesTheFilesOfAReloadedManifest() throws Exception {
            WebApp.copy(root, "serving");
            Path manifest = root.resolve("manifest.json");
            Files.writeString(manifest, "{\"version\": 1, \"paths\": {}, \"files\": {}}\n");
            Map<String, String> params = Map.of("ecstatic.mode", "manifest", "ecstatic.manifest", "file:" + manifest);
            try (TestServer server = JettyServer.startWithInitializer(root, params)) {
                assertThat(Http.get(server, SITE_CSS).statusCode()).isEqualTo(404);

                Files.copy(root.resolve("WEB-INF/classes/META-INF/ecstatic/manifest.json"), manifest,
                        StandardCopyOption.REPLACE_EXISTING);
                Files.setLastModifiedTime(manifest, FileTime.from(Instant.now().plusSeconds(5)));

                HttpResponse<byte[]> response = Http.get(server, SITE_CSS);
                for (long deadline = System.nanoTime() + 10_000_000_000L;
                     response.statusCode() == 404 && System.nanoTime() < deadline; ) {
                    Thread.sleep(100);
                    response = Http.get(server, SITE_CSS);
                }
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
                assertThat(response.body()).isEqualTo(bytes(SITE_CSS));
            }
        }
    }

    /** What the filter never sends, on both containers with the zero-configuration start-up. */
    @Nested
    class NeverServed {
        @TempDir
        Path root;

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.EnumSource(WebApp.Container.class)
        void theSourceOfAPageOrAServletsPathInDevModeEvenWithTheWholeApplicationAsPrefix(WebApp.Container container)
                throws Exception {
            WebApp.copy(root, "site");
            Files.writeString(root.resolve("index.jsp"), "<%-- SECRET-JSP-SOURCE --%>\n");
            Files.writeString(root.resolve("tag.jspf"), "<%-- SECRET-JSPF-SOURCE --%>\n");
            Files.writeString(root.resolve("urls"), "SECRET-SERVLET-PATH-FILE\n");
            try (WebApp app = new WebApp.Setup(container, root).parameter("ecstatic.mode", "dev")
                    .parameter("ecstatic.prefix", "/").start()) {
                for (String path : new String[] {"/index.0123456789ab.jsp", "/INDEX.0123456789ab.JSP",
                        "/tag.0123456789ab.jspf", "/urls.0123456789ab"}) {
                    HttpResponse<String> response = app.request(path);

                    assertThat(response.statusCode()).as(path).isEqualTo(404);
                    assertThat(response.body()).as(path).doesNotContain("SECRET");
                }
                assertThat(app.get("/static/js/app.0123456789ab.js")).isEqualTo(Files.readString(root.resolve("static/js/app.js")));
            }
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.EnumSource(WebApp.Container.class)
        void aListingOfTheStaticRootOrADirectoryBelowIt(WebApp.Container container) throws Exception {
            try (WebApp app = new WebApp.Setup(container, WebApp.copy(root, "site")).start()) {
                for (String path : new String[] {"/static/", "/static/css/", "/static/img/"}) {
                    HttpResponse<String> response = app.request(path);

                    assertThat(response.statusCode()).as(path).isEqualTo(404);
                    assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
                    assertThat(response.body()).as(path).isEqualTo("Not Found\n");
                }
            }
        }
    }

    /** A context path that needs percent-encoding in a URL, on both containers. */
    @Nested
    class EncodedContextPath {
        @TempDir
        Path root;

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.CsvSource({"JETTY,/my app,/my%20app", "TOMCAT,/my app,/my%20app",
                "JETTY,/caf\u00e9,/caf%C3%A9", "TOMCAT,/caf\u00e9,/caf%C3%A9"})
        void writesUrlsThatServeTheFiles(WebApp.Container container, String contextPath, String encoded)
                throws Exception {
            try (WebApp app = new WebApp.Setup(container, WebApp.copy(root, "site")).contextPath(contextPath).start()) {
                String url = app.get("/urls?name=css/site.css");
                assertThat(url).isEqualTo(encoded + "/static/css/site.97e2e94903cc.css");
                assertThat(app.get("/urls?encode=" + java.net.URLEncoder.encode(encoded + "/static/js/app.js",
                        StandardCharsets.UTF_8))).isEqualTo(encoded + "/static/js/app.23f4382db037.js");

                HttpResponse<String> css = app.request("/static/css/site.97e2e94903cc.css");
                assertThat(css.statusCode()).as(css.body()).isEqualTo(200);
                assertThat(css.body()).isEqualTo(Files.readString(root.resolve("static/css/site.97e2e94903cc.css")));
                assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            }
        }
    }

    /** Dev mode through the zero-configuration start-up, as an application without a manifest gets it. */
    @Nested
    class DevModeOnBothContainers {
        @TempDir
        Path root;

        private long openFileDescriptors() throws java.io.IOException {
            try (var fds = Files.list(Path.of("/proc/self/fd"))) {
                return fds.count();
            }
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.EnumSource(WebApp.Container.class)
        void leavesNoFileOpenPerRequest(WebApp.Container container) throws Exception {
            try (WebApp app = new WebApp.Setup(container, WebApp.copy(root, "site")).parameter("ecstatic.mode", "dev")
                    .start()) {
                for (int i = 0; i < 50; i++) {
                    app.get("/static/css/site.0123456789ab.css");
                    app.get("/urls?name=js/app.js");
                }
                long before = openFileDescriptors();
                for (int i = 0; i < 1_000; i++) {
                    app.get("/static/css/site.0123456789ab.css");
                    app.get("/urls?name=js/app.js");
                }
                assertThat(openFileDescriptors() - before).as("descriptors left open by 2,000 requests").isLessThan(20);
            }
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.EnumSource(WebApp.Container.class)
        void givesThePageTheIntegrityOfTheBytesItThenServesRightAfterAnEdit(WebApp.Container container) throws Exception {
            try (WebApp app = new WebApp.Setup(container, WebApp.copy(root, "site")).parameter("ecstatic.mode", "dev")
                    .start()) {
                Path css = root.resolve("static/css/site.css");
                app.get("/static/css/site.0123456789ab.css"); // a container with a resource cache now holds it
                for (int edit = 0; edit < 5; edit++) {
                    Files.writeString(css, "body { color: #" + edit + edit + edit + "; }\n");
                    Files.setLastModifiedTime(css, FileTime.from(Instant.now().plusSeconds(10 + edit)));
                    String url = app.get("/urls?name=css/site.css");
                    String integrity = app.urls().integrity("css/site.css");
                    HttpResponse<String> served = app.request(url.substring("/app".length()));

                    assertThat(Digest.of(served.body().getBytes(StandardCharsets.UTF_8)).integrity())
                            .as("edit " + edit).isEqualTo(integrity);
                    assertThat(served.body()).isEqualTo("body { color: #" + edit + edit + edit + "; }\n");
                }
            }
        }
    }

    /**
     * Clients that ask for a large file and never read must not keep the application from answering.
     * Tomcat's test runs first: after the Jetty servers of the other one have stopped, their JVM needs
     * a few seconds before a one-second bound means anything again.
     */
    @Nested
    @org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
    class SlowReaders {
        @TempDir
        Path root;

        /**
         * On Tomcat, which keeps answering without Ecstatic, a normal request is answered within a second
         * (the filter hands the file to sendfile, or writes it without blocking). Jetty is held to Jetty's
         * own file serving below.
         */
        @Test
        @org.junit.jupiter.api.Order(1)
        void twoHundredSixtyClientsThatNeverReadAFiveMegabyteFileLeaveTheApplicationAnswering() throws Exception {
            WebApp.Container container = WebApp.Container.TOMCAT;
            WebApp.copy(root, "site");
            byte[] big = new byte[5 * 1024 * 1024];
            new java.util.Random(7).nextBytes(big);
            Files.write(root.resolve("static/big.bin"), big);
            try (WebApp app = new WebApp.Setup(container, root).parameter("ecstatic.mode", "dev").start()) {
                int port = java.net.URI.create(app.urlOf("/")).getPort();
                java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
                java.net.URI page = java.net.URI.create(app.urlOf("/static/css/site.0123456789ab.css"));
                // the client and the page are warm before the clock starts
                client.send(java.net.http.HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
                java.net.http.HttpRequest normal = java.net.http.HttpRequest.newBuilder(page)
                        .timeout(java.time.Duration.ofSeconds(1)).build();
                List<java.net.Socket> stalled = stall(port, "/app/static/big.0123456789ab.bin");
                try {
                    HttpResponse<String> answer = client.send(normal, HttpResponse.BodyHandlers.ofString());

                    assertThat(answer.statusCode()).isEqualTo(200);
                    assertThat(answer.body()).isEqualTo(Files.readString(root.resolve("static/css/site.css")));
                } finally {
                    close(stalled);
                }
            }
        }

        /**
         * On Jetty, the filter is held to Jetty itself: the same attack on the container's own DefaultServlet
         * (a 5 MB file outside the static prefix) and on the filter (its hashed copy, from the manifest),
         * each on a fresh server; the normal request must be answered no later through the filter, and
         * within a second.
         */
        @Test
        @org.junit.jupiter.api.Order(2)
        void onJettyTheApplicationAnswersNoLaterThanWithJettysOwnFileServing() throws Exception {
            WebApp.copy(root, "site");
            byte[] big = new byte[5 * 1024 * 1024];
            new java.util.Random(7).nextBytes(big);
            String hash = org.ecstatic.runtime.manifest.Digest.of(big).shortHex();
            Files.write(root.resolve("big.bin"), big);
            Files.write(root.resolve("static/big." + hash + ".bin"), big);
            Path manifest = root.resolve("manifest.json");
            org.ecstatic.runtime.manifest.Manifest.of(java.util.Map.of("big.bin", "big." + hash + ".bin",
                            "css/site.css", "css/site.0123456789ab.css"),
                    java.util.Map.of("big." + hash + ".bin", new org.ecstatic.runtime.manifest.Manifest.FileEntry(big.length, null, List.of()),
                            "css/site.0123456789ab.css", new org.ecstatic.runtime.manifest.Manifest.FileEntry(
                                    Files.size(root.resolve("static/css/site.css")), null, List.of())))
                    .writeAtomically(manifest);
            Files.copy(root.resolve("static/css/site.css"), root.resolve("static/css/site.0123456789ab.css"));

            long jetty = millisToAnswerWhileStalled("/app/big.bin", manifest);
            long filter = millisToAnswerWhileStalled("/app/static/big." + hash + ".bin", manifest);

            // measured here: Jetty's own servlet took from 3 ms to over 5 s from run to run; the filter a few ms
            assertThat(filter).as("the filter: %d ms; Jetty's DefaultServlet: %d ms", filter, jetty)
                    .isLessThan(Math.max(1_000, jetty + 1));
        }

        /** Returns how long a normal request took while 260 clients stall on {@code stalledPath}; 5 s at most. */
        private long millisToAnswerWhileStalled(String stalledPath, Path manifest) throws Exception {
            try (WebApp app = new WebApp.Setup(WebApp.Container.JETTY, root).parameter("ecstatic.mode", "manifest")
                    .parameter("ecstatic.manifest", manifest.toUri().toString()).start()) {
                int port = java.net.URI.create(app.urlOf("/")).getPort();
                java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
                java.net.URI page = java.net.URI.create(app.urlOf("/static/css/site.0123456789ab.css"));
                client.send(java.net.http.HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
                List<java.net.Socket> stalled = stall(port, stalledPath);
                try {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> answer = client.send(java.net.http.HttpRequest.newBuilder(page)
                                .timeout(java.time.Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                        assertThat(answer.statusCode()).isEqualTo(200);
                    } catch (java.net.http.HttpTimeoutException e) {
                        return 5_000;
                    }
                    return (System.nanoTime() - start) / 1_000_000;
                } finally {
                    close(stalled); // before the server stops, so that no thread of it is left writing
                }
            }
        }

        /** Opens 260 connections that ask for {@code path} and never read, and waits until the requests are in. */
        private List<java.net.Socket> stall(int port, String path) throws Exception {
            List<java.net.Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 260; i++) {
                    java.net.Socket socket = new java.net.Socket();
                    stalled.add(socket);
                    socket.setReceiveBufferSize(4096);
                    socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2_000);
                    socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
                Thread.sleep(500); // every request has reached the application and started its response
                return stalled;
            } catch (Exception e) {
                close(stalled);
                throw e;
            }
        }

        private static void close(List<java.net.Socket> sockets) throws java.io.IOException {
            for (java.net.Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
