package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManifestSourceTest {
    static final ClassLoader LOADER = ManifestSourceTest.class.getClassLoader();
    static final String REBUILD = ". Rebuild it with ecstatic:collect (or the ecstatic command line).";

    /** What {@code manifests/valid.json} holds. */
    static final Manifest VALID = Manifest.of(
            Map.of("css/site.css", "css/site.3f2a1b9c0d4e.css", "img/logo.png", "img/logo.0123456789ab.png"),
            Map.of("css/site.3f2a1b9c0d4e.css", new Manifest.FileEntry(1234,
                            "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", List.of("br", "gzip")),
                    "img/logo.0123456789ab.png", new Manifest.FileEntry(99,
                            "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", List.of())));

    @TempDir
    Path dir;

    static ManifestSource source(String manifest, ClassLoader loader) {
        return ManifestSource.of(EcstaticConfig.from(Map.of("ecstatic.manifest", manifest)::get), loader);
    }

    static ManifestSource source(String manifest) {
        return source(manifest, LOADER);
    }

    /** Returns a jar holding {@code META-INF/ecstatic/manifest.json} with {@code json}. */
    Path jar(String json) throws IOException {
        Path jar = dir.resolve("lib.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/ecstatic/manifest.json"));
            out.write(json.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    @Nested
    class ClassPathResources {
        @Test
        void areFoundByTheLoaderAndDescribedByTheirUrl() {
            URL url = LOADER.getResource("manifests/valid.json");
            ManifestSource source = source("manifests/valid.json");
            assertThat(source).isEqualTo(new ManifestSource.ClasspathSource("manifests/valid.json", url));
            assertThat(source.exists()).isTrue();
            assertThat(source.describe()).isEqualTo(url.toString()).startsWith("file:/")
                    .endsWith("/manifests/valid.json");
            assertThat(source.load()).isEqualTo(VALID);
        }

        @Test
        void areNamedWithoutALeadingSlash() {
            assertThat(source("/manifests/valid.json")).isEqualTo(source("manifests/valid.json"));
            assertThat(source("/META-INF/ecstatic/none.json").describe()).isEqualTo("META-INF/ecstatic/none.json");
        }

        @Test
        void areReadFromAJarWithTheDefaultName() throws Exception {
            Path jar = jar(new String(VALID.toJson(), StandardCharsets.UTF_8));
            try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
                ManifestSource source = ManifestSource.of(EcstaticConfig.defaults(), loader);
                assertThat(source.exists()).isTrue();
                assertThat(source.describe())
                        .isEqualTo("jar:" + jar.toUri().toURL() + "!/META-INF/ecstatic/manifest.json");
                assertThat(source.load()).isEqualTo(VALID);
            }
        }

        @Test
        void whenMissingSayHowToProduceThem() {
            ManifestSource source = source("META-INF/ecstatic/none.json");
            assertThat(source).isEqualTo(new ManifestSource.ClasspathSource("META-INF/ecstatic/none.json", null));
            assertThat(source.exists()).isFalse();
            assertThat(source.describe()).isEqualTo("META-INF/ecstatic/none.json");
            assertThatThrownBy(source::load).isInstanceOf(EcstaticException.class)
                    .hasMessage("The manifest META-INF/ecstatic/none.json is not on the class path of the web "
                            + "application (ecstatic.manifest, ecstatic.mode=manifest). Run ecstatic:collect (or the "
                            + "ecstatic command line) so that it ends up in "
                            + "WEB-INF/classes/META-INF/ecstatic/none.json, point ecstatic.manifest at it, or set "
                            + "ecstatic.mode to auto or dev.");
        }

        @Test
        void whenBrokenAreNamedByTheirUrl() throws Exception {
            Path jar = jar("{\"version\": 1, \"paths\": {\"css/site.css\": \"css/site.3f2a1b9c0d4e.css\",}}");
            try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
                ManifestSource source = ManifestSource.of(EcstaticConfig.defaults(), loader);
                assertThatThrownBy(source::load).isInstanceOf(EcstaticException.class)
                        .hasMessage("The manifest jar:" + jar.toUri().toURL() + "!/META-INF/ecstatic/manifest.json "
                                + "is not valid JSON at line 1, column 70: Invalid token=CURLYCLOSE at (line no=1, "
                                + "column no=70, offset=69). Expected tokens are: [STRING]" + REBUILD);
            }
        }
    }

    @Nested
    class FilePaths {
        @Test
        void areTakenRelativeToTheWorkingDirectory() {
            Path expected = Path.of(System.getProperty("user.dir"), "src/test/resources/manifests/valid.json");
            ManifestSource source = source("file:src/test/resources/manifests/valid.json");
            assertThat(source).isEqualTo(new ManifestSource.FileSource(expected));
            assertThat(source.exists()).isTrue();
            assertThat(source.describe()).isEqualTo(expected.toString());
            assertThat(source.load()).isEqualTo(VALID);
        }

        @Test
        void areTakenAsTheyAreWhenAbsolute() {
            Path file = dir.resolve("manifest.json");
            VALID.writeAtomically(file);
            ManifestSource source = source("file:" + file);
            assertThat(source).isEqualTo(new ManifestSource.FileSource(file));
            assertThat(source.exists()).isTrue();
            assertThat(source.describe()).isEqualTo(file.toString());
            assertThat(source.load()).isEqualTo(VALID);
        }

        @Test
        void areTakenFromAFileUriWithItsEscapesDecoded() throws Exception {
            Path file = Files.createDirectories(dir.resolve("a b")).resolve("manifest.json");
            VALID.writeAtomically(file);
            assertThat(file.toUri().toString()).startsWith("file:///").endsWith("/a%20b/manifest.json");
            ManifestSource source = source(file.toUri().toString());
            assertThat(source).isEqualTo(new ManifestSource.FileSource(file));
            assertThat(source.load()).isEqualTo(VALID);
        }

        @Test
        void whenMissingSayHowToProduceThem() {
            Path file = dir.resolve("none.json");
            ManifestSource source = source("file:" + file);
            assertThat(source.exists()).isFalse();
            assertThat(source.describe()).isEqualTo(file.toString());
            assertThatThrownBy(source::load).isInstanceOf(EcstaticException.class)
                    .hasMessage("The manifest " + file + " does not exist. Run ecstatic:collect (or the ecstatic "
                            + "command line) to write it, or point ecstatic.manifest at it.");
        }

        @Test
        void thatNameADirectoryDoNotExist() {
            ManifestSource source = source("file:" + dir);
            assertThat(source.exists()).isFalse();
            assertThatThrownBy(source::load).isInstanceOf(EcstaticException.class)
                    .hasMessage("The manifest " + dir + " could not be read: I/O error while parsing JSON" + REBUILD);
        }

        @Test
        void thatAreNotPathsAreRefusedNamingTheSettingAndTheValue() {
            assertThatThrownBy(() -> source("file://host/m.json")).isInstanceOf(EcstaticException.class)
                    .hasMessage("ecstatic.manifest is 'file://host/m.json', which is not a file path (URI has an "
                            + "authority component); expected file:/absolute/path/manifest.json");
            assertThatThrownBy(() -> source("file:///srv/my app/m.json")).isInstanceOf(EcstaticException.class)
                    .hasMessage("ecstatic.manifest is 'file:///srv/my app/m.json', which is not a file path "
                            + "(Illegal character in path at index 14: file:///srv/my app/m.json); expected "
                            + "file:/absolute/path/manifest.json");
            assertThatThrownBy(() -> source("file:/srv/m\0.json")).isInstanceOf(EcstaticException.class)
                    .hasMessage("ecstatic.manifest is 'file:/srv/m\0.json', which is not a file path (Nul "
                            + "character not allowed: /srv/m\0.json); expected file:/absolute/path/manifest.json");
        }
    }
}
