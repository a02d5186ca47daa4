package org.ecstatic.runtime.bench;

import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.ecstatic.runtime.EcstaticConfig;
import org.ecstatic.runtime.StaticFilesFilter;
import org.ecstatic.runtime.StaticUrls;
import org.ecstatic.runtime.manifest.Digest;
import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Manifest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark (run by bench/serve-bench.sh): one Jetty 12 serves the same 10 KB CSS file two ways,
 * through {@link StaticFilesFilter} at its hashed URL and through Jetty's ee10 DefaultServlet at a plain
 * URL (ETags on, the same Cache-Control), and {@code wrk --latency} measures 200 and 304 responses of
 * each, in alternating rounds. Prints requests per second, latency percentiles, errors and the ratios
 * filter/default. Arguments: {@code [seconds per run] [rounds] [connections] [wrk threads]}.
 */
public final class ServeBenchmark {
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|75|90|99)%\\s+(\\S+)$", Pattern.MULTILINE);
    private static final Pattern NON_2XX_3XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private ServeBenchmark() {
    }

    /** One scenario: a URL, the header wrk sends, and the status every response must have. */
    private record Scenario(String name, String path, String header, int status) {
    }

    /** What one wrk run measured. */
    private record Run(Scenario scenario, double requestsPerSecond, String percentiles, long errors) {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;

        Path root = Files.createTempDirectory("ecstatic-bench");
        byte[] css = css(10 * 1024);
        String hash = Digest.of(css).shortHex();
        String hashedName = HashedName.format("css/bench.css", hash);
        Files.createDirectories(root.resolve("static/css"));
        Files.createDirectories(root.resolve("plain/css"));
        Files.write(root.resolve("static/" + hashedName), css);
        Files.write(root.resolve("plain/css/bench.css"), css);
        Manifest manifest = Manifest.of(Map.of("css/bench.css", hashedName),
                Map.of(hashedName, new Manifest.FileEntry(css.length, Digest.of(css).integrity(), List.of())));

        Server server = start(root, manifest);
        try {
            int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            String base = "http://127.0.0.1:" + port;
            String defaultEtag = check(base + "/plain/css/bench.css", null, 200, css);
            check(base + "/static/" + hashedName, null, 200, css);
            List<Scenario> scenarios = List.of(
                    new Scenario("filter  200", "/static/" + hashedName, null, 200),
                    new Scenario("default 200", "/plain/css/bench.css", null, 200),
                    new Scenario("filter  304", "/static/" + hashedName, "If-None-Match: \"" + hash + "\"", 304),
                    new Scenario("default 304", "/plain/css/bench.css", "If-None-Match: " + defaultEtag, 304));
            for (Scenario s : scenarios) {
                check(base + s.path, s.header, s.status, s.status == 200 ? css : new byte[0]);
            }
            System.out.printf("Jetty %s, %d-byte CSS, wrk -t%d -c%d -d%ds --latency, %d rounds after a warm-up%n%n",
                    Server.getVersion(), css.length, threads, connections, seconds, rounds);
            for (Scenario s : scenarios) {
                wrk(base, s, Math.max(2, seconds / 2), connections, threads);
            }
            List<Run> runs = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                for (Scenario s : scenarios) {
                    Run run = wrk(base, s, seconds, connections, threads);
                    runs.add(run);
                    System.out.printf("round %d  %s  %10.0f req/s  latency %s  errors %d%n",
                            round, s.name, run.requestsPerSecond, run.percentiles, run.errors);
                }
            }
            report(runs, scenarios);
        } finally {
            server.stop();
        }
    }

    private static Server start(Path root, Manifest manifest) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.setBaseResourceAsPath(root);
        context.setAttribute(StaticUrls.ATTRIBUTE, StaticUrls.of(EcstaticConfig.defaults(), "", manifest));
        context.addFilter(StaticFilesFilter.class, "/static/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder defaultServlet = context.addServlet(DefaultServlet.class, "/");
        defaultServlet.setInitParameter("etags", "true");
        defaultServlet.setInitParameter("cacheControl", IMMUTABLE);
        server.setHandler(context);
        server.start();
        return server;
    }

    /** Checks one response before measuring; returns its ETag. */
    private static String check(String url, String header, int status, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (header != null) {
            int colon = header.indexOf(':');
            request.header(header.substring(0, colon), header.substring(colon + 1).trim());
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != status || !java.util.Arrays.equals(response.body(), body)) {
            throw new IllegalStateException(url + " with " + header + " gave " + response.statusCode()
                    + " and " + response.body().length + " bytes; expected " + status + " and " + body.length);
        }
        return response.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException(url + " sends no ETag"));
    }

    private static Run wrk(String base, Scenario s, int seconds, int connections, int threads)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + seconds + "s", "--latency"));
        if (s.header != null) {
            command.add("-H");
            command.add(s.header);
        }
        command.add(base + s.path);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return new Run(s, Double.parseDouble(find(REQUESTS, output, 1)), percentiles(output), errors(output));
    }

    private static String percentiles(String output) {
        StringBuilder text = new StringBuilder();
        Matcher m = PERCENTILE.matcher(output);
        while (m.find()) {
            text.append(text.length() == 0 ? "" : " ").append("p").append(m.group(1)).append(' ').append(m.group(2));
        }
        return text.toString();
    }

    private static long errors(String output) {
        long errors = 0;
        Matcher non2xx = NON_2XX_3XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return errors;
    }

    private static void report(List<Run> runs, List<Scenario> scenarios) {
        System.out.println();
        System.out.println("scenario      mean req/s   errors");
        double[] means = new double[scenarios.size()];
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            List<Run> of = runs.stream().filter(r -> r.scenario == s).toList();
            means[i] = of.stream().mapToDouble(Run::requestsPerSecond).average().orElse(0);
            System.out.printf("%s  %10.0f   %d%n", s.name, means[i], of.stream().mapToLong(Run::errors).sum());
        }
        System.out.printf("%nratio filter/default, 200 responses: %.2fx (target >= 1.0x)%n", means[0] / means[1]);
        System.out.printf("ratio filter/default, 304 responses: %.2fx (target >= 1.0x)%n", means[2] / means[3]);
    }

    private static String find(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no " + pattern + ":\n" + text);
        }
        return m.group(group);
    }

    /** Returns {@code size} bytes of plausible CSS. */
    private static byte[] css(int size) {
        StringBuilder text = new StringBuilder(size + 100);
        for (int i = 0; text.length() < size; i++) {
            text.append(".bench-").append(i).append(" { color: #").append(String.format("%06x", i * 40503 & 0xffffff))
                    .append("; padding: ").append(i % 9).append("px; }\n");
        }
        text.setLength(size - 1);
        return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }
}
