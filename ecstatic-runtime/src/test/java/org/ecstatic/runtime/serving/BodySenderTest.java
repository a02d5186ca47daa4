package org.ecstatic.runtime.serving;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.ecstatic.runtime.dev.WebAppFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a file not held in memory is sent, on real containers: Tomcat's sendfile, an asynchronous write,
 * or a blocking copy, each checked by the bytes the client gets and by what the request shows after.
 */
class BodySenderTest {
    static final int LENGTH = 300_000;

    @TempDir
    Path root;

    /** What the request showed right after the sender returned, by test. */
    final Map<String, String> seen = new ConcurrentHashMap<>();
    /** Released once {@link #seen} is filled: the client may have the whole body before that. */
    final java.util.concurrent.CountDownLatch recorded = new java.util.concurrent.CountDownLatch(1);

    final class Sending extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            WebAppFiles files = new WebAppFiles(request.getServletContext(), "/static/");
            long first = Long.parseLong(request.getParameter("first"));
            long count = Long.parseLong(request.getParameter("count"));
            boolean held = Boolean.parseBoolean(request.getParameter("held"));
            boolean immutable = Boolean.parseBoolean(request.getParameter("immutable"));
            Representation rep = new Representation(null, "\"x\"", LENGTH,
                    held ? Files.readAllBytes(root.resolve("static/big.bin")) : null, "big.bin");
            response.setContentLengthLong(count);
            response.setContentType("application/octet-stream");
            BodySender sender = new BodySender(files);
            try {
                sender.send(request, response, rep, immutable, first, count);
            } finally {
                seen.put("mapped", String.valueOf(sender.mappedFiles() == 1));
                // the client may have every byte, and be gone, before a blocking write returns
                seen.put("sendfile", String.valueOf(request.getAttribute(BodySender.SENDFILE_FILENAME) != null));
                seen.put("async", String.valueOf(request.isAsyncStarted()));
                recorded.countDown();
            }
        }
    }

    byte[] bytes() throws IOException {
        return Files.readAllBytes(root.resolve("static/big.bin"));
    }

    @ParameterizedTest
    @CsvSource({
            // container, async supported, held in memory, immutable, first, count, sendfile?, mapped?, async?
            "TOMCAT, true, false, true, 0, 300000, true, false, false",
            "TOMCAT, true, false, false, 1000, 60000, true, false, false",
            "TOMCAT, true, false, false, 10, 1000, false, false, true",
            "TOMCAT, true, false, true, 10, 1000, false, true, true",
            "TOMCAT, false, false, false, 10, 1000, false, false, false",
            "TOMCAT, false, false, true, 10, 1000, false, true, false",
            "TOMCAT, true, true, true, 5, 200000, true, false, false",
            "TOMCAT, true, true, true, 5, 40000, false, false, false",
            "JETTY, true, false, true, 0, 300000, false, true, true",
            "JETTY, true, false, true, 123, 45678, false, true, true",
            "JETTY, true, false, false, 0, 300000, false, false, true",
            "JETTY, false, false, true, 0, 300000, false, true, false",
            "JETTY, false, false, false, 7, 299993, false, false, false",
            "JETTY, true, true, true, 5, 200000, false, true, true",
            "JETTY, true, true, true, 5, 40000, false, false, false",
            "JETTY, true, true, false, 5, 200000, false, false, false"})
    void sendsExactlyThePartAskedForTheBestWayTheContainerOffers(String container, boolean async, boolean held,
                                                                  boolean immutable, long first, long count,
                                                                  boolean sendfile, boolean mapped,
                                                                  boolean asyncWrite) throws Exception {
        Files.createDirectories(root.resolve("static"));
        byte[] content = new byte[LENGTH];
        new Random(5).nextBytes(content);
        Files.write(root.resolve("static/big.bin"), content);
        String query = "/send?first=" + first + "&count=" + count + "&held=" + held + "&immutable=" + immutable;
        byte[] body = container.equals("TOMCAT") ? onTomcat(async, query) : onJetty(async, query);

        assertThat(body).isEqualTo(Arrays.copyOfRange(bytes(), (int) first, (int) (first + count)));
        assertThat(recorded.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsEntry("sendfile", String.valueOf(sendfile)).containsEntry("mapped", String.valueOf(mapped))
                .containsEntry("async", String.valueOf(asyncWrite));
    }

    private byte[] onTomcat(boolean async, String query) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context = tomcat.addContext("", root.toString());
        Wrapper wrapper = Tomcat.addServlet(context, "send", new Sending());
        wrapper.setAsyncSupported(async);
        context.addServletMappingDecoded("/send", "send");
        tomcat.start();
        try {
            return get(tomcat.getConnector().getLocalPort(), query);
        } finally {
            tomcat.stop();
            tomcat.destroy();
        }
    }

    private byte[] onJetty(boolean async, String query) throws Exception {
        Server server = new Server(0);
        ServletContextHandler context = new ServletContextHandler("/");
        context.setBaseResourceAsPath(root);
        ServletHolder holder = new ServletHolder(new Sending());
        holder.setAsyncSupported(async);
        context.addServlet(holder, "/send");
        server.setHandler(context);
        server.start();
        try {
            return get(((ServerConnector) server.getConnectors()[0]).getLocalPort(), query);
        } finally {
            server.stop();
        }
    }

    private static byte[] get(int port, String query) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + query)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
