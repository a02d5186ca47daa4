package org.ecstatic.spring.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceLocationsTest {
    @TempDir
    Path dir;

    /** A jar laid out as an application's classes: the collected files, and the sources. */
    Path jar() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String directory : List.of("META-INF/resources/static/css/", "static/css/")) {
                out.putNextEntry(new JarEntry(directory));
                out.closeEntry();
            }
            put(out, "META-INF/resources/static/css/site.387bc6eb1883.css", "hashed");
            put(out, "META-INF/resources/static/css/site.css", "collected");
            put(out, "static/css/site.css", "source");
            put(out, "static/css/new.css", "new source");
        }
        return jar;
    }

    static void put(JarOutputStream out, String name, String content) throws Exception {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    static String read(URL url) throws Exception {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void findsTheFirstLocationThatHoldsTheFileInsideAJar() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar().toUri().toURL()}, null)) {
            ResourceLocations locations = ResourceLocations.of(new DefaultResourceLoader(loader),
                    List.of("classpath:/META-INF/resources/static", "classpath:/static/"));
            assertThat(read(locations.locate("css/site.387bc6eb1883.css"))).isEqualTo("hashed");
            assertThat(read(locations.locate("css/site.css"))).isEqualTo("collected");
            assertThat(read(locations.locate("css/new.css"))).isEqualTo("new source");
            assertThat(locations.locate("css/missing.css")).isNull();
            assertThat(locations.locate("css")).isNull();
            assertThat(locations.locations()).containsExactly("classpath:/META-INF/resources/static/", "classpath:/static/");
        }
    }

    @Test
    void findsFilesInADirectoryAsFileUrls() throws Exception {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("static/css"));
        Files.writeString(classes.resolve("static/css/site.css"), "source");
        ResourceLocations locations = ResourceLocations.of(new DefaultResourceLoader(),
                List.of(classes.resolve("static").toUri().toString()));
        URL url = locations.locate("css/site.css");
        assertThat(url.getProtocol()).isEqualTo("file");
        assertThat(read(url)).isEqualTo("source");
        assertThat(locations.locate("css")).isNull();
    }
}
