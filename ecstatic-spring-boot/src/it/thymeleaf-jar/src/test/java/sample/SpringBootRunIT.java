package sample;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sample.RunningApplication.attribute;
import static sample.RunningApplication.integrityOf;

/**
 * The application started by spring-boot:start, which runs it from target/classes as spring-boot:run
 * does, with spring-boot-devtools active: Ecstatic is in dev mode and hashes the files of the class
 * path's static/ (the copy of src/main/resources/static) on demand, so an edited file gets a new URL.
 */
class SpringBootRunIT {
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final Path SOURCE = Path.of("target/classes/static/css/site.css");

    static String log() throws Exception {
        return Files.readString(Path.of("target/spring-boot-run.log"));
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        Matcher started = Pattern.compile("Tomcat started on port (\\d+)").matcher(log());
        assertTrue(started.find(), "no port in target/spring-boot-run.log");
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + started.group(1) + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static String page() throws Exception {
        return new String(get("/").body(), StandardCharsets.UTF_8);
    }

    static String shortHash(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
    }

    @Test
    void devtoolsSwitchesOnDevModeOverTheClassPathsStaticFiles() throws Exception {
        assertTrue(log().contains("Ecstatic: dev mode (ecstatic.mode=dev): hashing the files under /static/ on demand"),
                log());
        String page = page();
        String css = attribute(page, "link", "href");
        assertEquals("/static/css/site." + shortHash(Files.readAllBytes(SOURCE)) + ".css", css);
        HttpResponse<byte[]> file = get(css);
        assertEquals(200, file.statusCode());
        assertEquals("no-cache", file.headers().firstValue("Cache-Control").orElse(null));
        assertArrayEquals(Files.readAllBytes(SOURCE), file.body());
        assertEquals(attribute(page, "link", "integrity"), integrityOf(file.body()));
    }

    @Test
    void anEditedFileGetsANewUrlWithoutARestart() throws Exception {
        String before = attribute(page(), "link", "href");
        String edited = Files.readString(SOURCE) + "\n.edited { color: red; }\n";
        Files.writeString(SOURCE, edited);
        Files.setLastModifiedTime(SOURCE, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2000));
        String after = attribute(page(), "link", "href");
        assertNotEquals(before, after);
        assertEquals("/static/css/site." + shortHash(edited.getBytes(StandardCharsets.UTF_8)) + ".css", after);
        assertEquals(edited, new String(get(after).body(), StandardCharsets.UTF_8));
    }
}
