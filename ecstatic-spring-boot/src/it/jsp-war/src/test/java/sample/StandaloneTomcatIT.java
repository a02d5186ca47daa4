package sample;

import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sample.RunningApplication.attribute;
import static sample.RunningApplication.integrityOf;

/**
 * The same WAR deployed to a standalone Tomcat at /app, where ecstatic-runtime's ServletContainerInitializer
 * runs beside Spring's: Ecstatic starts once, with the application's ecstatic.* properties.
 */
class StandaloneTomcatIT {
    static final Pattern STARTED = Pattern.compile("standalone Tomcat on port (\\d+)");
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static Process tomcat;
    static int port;
    static final StringBuffer log = new StringBuffer();

    @BeforeAll
    static void deploy() throws Exception {
        String classPath = String.join(File.pathSeparator, Path.of("target/test-classes").toString(),
                jarOf(Tomcat.class), jarOf(org.apache.jasper.servlet.JasperInitializer.class),
                jarOf(jakarta.el.ExpressionFactory.class), jarOf(jakarta.annotation.PostConstruct.class),
                jarOf(org.eclipse.jdt.internal.compiler.Compiler.class));
        tomcat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                StandaloneTomcat.class.getName(), "target/jsp-war.war", "target/standalone-tomcat")
                .redirectErrorStream(true).start();
        BlockingQueue<Integer> found = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(tomcat.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    log.append(line).append('\n');
                    Matcher started = STARTED.matcher(line);
                    if (started.find()) {
                        found.add(Integer.parseInt(started.group(1)));
                    }
                }
            } catch (java.io.IOException e) {
                log.append(e).append('\n');
            }
        });
        reader.setDaemon(true);
        reader.start();
        Integer started = found.poll(180, TimeUnit.SECONDS);
        if (started == null) {
            tomcat.destroyForcibly();
            throw new AssertionError("the standalone Tomcat did not start within 180 s:\n" + log);
        }
        port = started;
    }

    @AfterAll
    static void undeploy() throws Exception {
        tomcat.destroy();
        if (!tomcat.waitFor(30, TimeUnit.SECONDS)) {
            tomcat.destroyForcibly();
        }
    }

    static String jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void ecstaticStartsOnceWithTheApplicationsProperties() throws Exception {
        HttpResponse<byte[]> index = get("/app/");
        String page = new String(index.body(), StandardCharsets.UTF_8);
        assertEquals(200, index.statusCode(), page + log);
        String css = attribute(page, "link", "href");
        assertTrue(css.matches("/app/static/css/site\\.[0-9a-f]{12}\\.css"), page);

        HttpResponse<byte[]> file = get(css);
        assertEquals(200, file.statusCode());
        assertEquals("public, max-age=31536000, immutable", file.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(attribute(page, "link", "integrity"), integrityOf(file.body()));
        assertEquals(List.of("https://www.example.com"), file.headers().allValues("Access-Control-Allow-Origin"),
                "served by the filter registered with ecstatic.cors-allow-origin");

        assertEquals(1, count("Ecstatic: loaded manifest"), log.toString());
        assertEquals(1, count("Ecstatic: the files below /static/ are read from"), log.toString());
    }

    static long count(String text) {
        return log.toString().lines().filter(line -> line.contains(text)).count();
    }
}
