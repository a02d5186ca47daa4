package sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application started as a user starts it, {@code java -jar target/<name> --server.port=0},
 * in a process of its own; the port is read from the log line "Tomcat started on port …".
 */
final class RunningApplication implements AutoCloseable {
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final StringBuffer log;

    private RunningApplication(Process process, int port, StringBuffer log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static RunningApplication start(Path archive, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", archive.toString(),
                "--server.port=0"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuffer log = new StringBuffer();
        BlockingQueue<Integer> port = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    log.append(line).append('\n');
                    Matcher started = STARTED.matcher(line);
                    if (started.find()) {
                        port.add(Integer.parseInt(started.group(1)));
                    }
                }
            } catch (IOException e) {
                log.append(e).append('\n');
            }
        });
        reader.setDaemon(true);
        reader.start();
        Integer found = port.poll(180, TimeUnit.SECONDS);
        if (found == null) {
            process.destroyForcibly();
            throw new AssertionError("java -jar " + archive + " did not start within 180 s:\n" + log);
        }
        return new RunningApplication(process, found, log);
    }

    String log() {
        return log.toString();
    }

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String page(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + "\n" + log);
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Returns the value of {@code attribute} in the first tag of {@code page} matching {@code tag}, or null. */
    static String attribute(String page, String tag, String attribute) {
        Matcher element = Pattern.compile("<" + tag + "\\b[^>]*>").matcher(page);
        if (!element.find()) {
            throw new AssertionError("no <" + tag + "> in " + page);
        }
        Matcher value = Pattern.compile("\\s" + attribute + "=\"([^\"]*)\"").matcher(element.group());
        return value.find() ? value.group(1) : null;
    }

    static String integrityOf(byte[] bytes) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
