package sample;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sample.RunningApplication.attribute;
import static sample.RunningApplication.integrityOf;

/**
 * The application started by spring-boot:start, which runs it from target/classes as spring-boot:run
 * does: ecstatic:collect (in process-classes) left the hashed files and the manifest there.
 */
class SpringBootRunIT {
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        Matcher started = Pattern.compile("Tomcat started on port (\\d+)")
                .matcher(Files.readString(Path.of("target/spring-boot-run.log")));
        assertTrue(started.find(), "no port in target/spring-boot-run.log");
        int port = Integer.parseInt(started.group(1));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesTheHashedFilesFromTargetClasses() throws Exception {
        String page = new String(get("/").body(), StandardCharsets.UTF_8);
        String css = attribute(page, "link", "href");
        assertTrue(css.matches("/static/css/site\\.[0-9a-f]{12}\\.css"), page);
        HttpResponse<byte[]> file = get(css);
        assertEquals(200, file.statusCode());
        assertEquals("public, max-age=31536000, immutable", file.headers().firstValue("Cache-Control").orElse(null));
        assertArrayEquals(Files.readAllBytes(Path.of("target/classes/META-INF/resources").resolve(css.substring(1))),
                file.body());
        assertEquals(attribute(page, "link", "integrity"), integrityOf(file.body()));
    }
}
