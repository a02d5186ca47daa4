package sample;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sample.RunningApplication.attribute;
import static sample.RunningApplication.integrityOf;

/** The executable jar, started with java -jar: the hashed files in its META-INF/resources/static are served. */
class ExecutableJarIT {
    static final Path CLASSES = Path.of("target/classes/META-INF/resources/static");
    static final Pattern HASHED = Pattern.compile("/static/css/site\\.[0-9a-f]{12}\\.css");
    static RunningApplication app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApplication.start(Path.of("target/thymeleaf-jar.jar"));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void thePageHasHashedUrlsWithIntegrityAndNoSessionId() throws Exception {
        String page = app.page("/");
        String css = attribute(page, "link", "href");
        assertTrue(HASHED.matcher(css).matches(), css);
        assertEquals("stylesheet", attribute(page, "link", "rel"));
        assertTrue(attribute(page, "script", "src").matches("/static/js/app\\.[0-9a-f]{12}\\.js"), page);
        assertTrue(attribute(page, "img", "src").matches("/static/img/logo\\.[0-9a-f]{12}\\.svg"), page);
        assertEquals(css, attribute(page, "a", "href"), "@{/static/css/site.css} goes through encodeURL");
        assertFalse(page.contains("jsessionid"), page);
    }

    @Test
    void thePageHasTheImportMapOfItsModules() throws Exception {
        String page = app.page("/");
        String script = attribute(page, "script", "src");
        String integrity = attribute(page, "script", "integrity");
        assertTrue(page.contains("<script type=\"importmap\">{\n  \"imports\": {\n    \"/static/js/app.js\": \"" + script
                + "\"\n  },\n  \"integrity\": {\n    \"" + script + "\": \"" + integrity + "\"\n  }\n}</script>"), page);
    }

    @Test
    void integrityIsTheSha256OfTheBytesServed() throws Exception {
        String page = app.page("/");
        for (String[] element : new String[][]{{"link", "href"}, {"script", "src"}}) {
            HttpResponse<byte[]> file = app.get(attribute(page, element[0], element[1]));
            assertEquals(200, file.statusCode());
            assertEquals(attribute(page, element[0], "integrity"), integrityOf(file.body()));
        }
    }

    @Test
    void hashedFilesAreCachedForAYearRevalidatedWith304AndSentAsBrotli() throws Exception {
        String css = attribute(app.page("/"), "link", "href");
        HttpResponse<byte[]> plain = app.get(css);
        assertEquals(200, plain.statusCode());
        assertEquals("public, max-age=31536000, immutable", plain.headers().firstValue("Cache-Control").orElse(null));
        assertArrayEquals(RunningApplication.read(CLASSES.resolve(css.substring("/static/".length()))), plain.body());

        String etag = plain.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = app.get(css, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);

        HttpResponse<byte[]> br = app.get(css, "Accept-Encoding", "br");
        assertEquals(200, br.statusCode());
        assertEquals("br", br.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("Accept-Encoding", br.headers().firstValue("Vary").orElse(null));
        assertArrayEquals(RunningApplication.read(CLASSES.resolve(css.substring("/static/".length()) + ".br")), br.body());
    }

    @Test
    void startUpSaysWhereTheManifestCameFrom() {
        // spring-boot:repackage keeps META-INF at the root of the executable jar, not in BOOT-INF/classes
        assertTrue(Pattern.compile("Ecstatic: loaded manifest jar:file:.*/thymeleaf-jar\\.jar!/"
                + "META-INF/ecstatic/manifest\\.json \\(3 paths, 3 files\\)").matcher(app.log()).find(), app.log());
    }
}
