package org.ecstatic.runtime.dev;

import org.ecstatic.runtime.WebApp;
import org.ecstatic.runtime.WebApp.Container;
import org.ecstatic.runtime.manifest.Digest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reader of the web application's static files, on Jetty and Tomcat, with the files on disk (an
 * exploded web application) and inside a packed WAR (read through the ServletContext).
 */
class WebAppFilesTest {
    static final String PREFIX = "/static/";
    static final Instant MODIFIED = Instant.parse("2024-05-01T12:00:00Z");
    static final long MODIFIED_MILLIS = MODIFIED.toEpochMilli();

    static final String SITE_CSS = "body { color: #333; }\n";
    static final String SITE_CSS_HASH = "97e2e94903cc";
    static final String SITE_CSS_INTEGRITY = "sha256-l+LpSQPMMpMHVk1GTGt9GJ+npCNXtk3cQDGcVnRww40=";
    /** Longer than the 64 KiB the reader reads in one go, and not a multiple of it. */
    static final byte[] LARGE = pattern(200_001);

    /** Names that could leave the static root: {@code ..} segments, and backslashes (separators on Windows). */
    static final List<String> ESCAPING = List.of("../WEB-INF/secret.txt", "css/../../WEB-INF/secret.txt",
            "css/../css/site.css", "..", "css/..", "..\\WEB-INF\\secret.txt", "css\\site.css",
            // Jetty percent-decodes the paths its ServletContext is given: these must not become ".."
            "%2e%2e/WEB-INF/secret.txt", "css/%2e%2e/%2e%2e/WEB-INF/secret.txt", "%2E%2E%2FWEB-INF%2Fsecret.txt",
            "css%2f..%2f..%2fWEB-INF%2fsecret.txt");

    @TempDir
    static Path root;

    static final List<Layout> LAYOUTS = new ArrayList<>();

    /** One running web application and the reader of its files under {@code /static/}. */
    record Layout(String label, WebApp app, WebAppFiles files) {
        @Override
        public String toString() {
            return label;
        }
    }

    @BeforeAll
    static void startEveryLayout() throws Exception {
        for (Container container : Container.values()) {
            Path exploded = fixture(root.resolve(container + "-exploded"));
            LAYOUTS.add(layout(container + ", exploded", container, exploded));
            Path war = WebApp.war(fixture(root.resolve(container + "-packed")));
            Files.setLastModifiedTime(war, FileTime.from(MODIFIED)); // Jetty's jar: URLs give the archive's time
            LAYOUTS.add(layout(container + ", packed WAR", container, war));
        }
    }

    @AfterAll
    static void stopEveryLayout() {
        LAYOUTS.forEach(layout -> layout.app().close());
        LAYOUTS.clear();
    }

    static Stream<Layout> layouts() {
        return LAYOUTS.stream();
    }

    static Layout layout(String label, Container container, Path root) throws Exception {
        WebApp app = new WebApp.Setup(container, root).withoutInitializers().start();
        return new Layout(label, app, new WebAppFiles(app.context(), PREFIX));
    }

    /** Writes the fixture web application into {@code dir}, every file last modified at {@link #MODIFIED}. */
    static Path fixture(Path dir) throws Exception {
        write(dir.resolve("static/css/site.css"), SITE_CSS.getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("static/data/large.bin"), LARGE);
        write(dir.resolve("static/empty.txt"), new byte[0]);
        write(dir.resolve("static/img/a b.txt"), "space".getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("static/img/café.txt"), "café".getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("static/img/100%.txt"), "percent".getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("WEB-INF/secret.txt"), "secret".getBytes(StandardCharsets.UTF_8));
        return dir;
    }

    static void write(Path file, byte[] bytes) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
    }

    static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + i / 256);
        }
        return bytes;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Nested
    class Stamps {
        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void areTheLastModifiedTimeAndTheSizeOfTheFile(Layout layout) {
            WebAppFiles files = layout.files();
            assertThat(files.stamp("css/site.css")).isEqualTo(new WebAppFiles.Stamp(MODIFIED_MILLIS, 22));
            assertThat(files.stamp("data/large.bin")).isEqualTo(new WebAppFiles.Stamp(MODIFIED_MILLIS, 200_001));
            assertThat(files.stamp("empty.txt")).isEqualTo(new WebAppFiles.Stamp(MODIFIED_MILLIS, 0));
        }

        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void areFoundForNamesWithSpacesPercentSignsAndLettersBeyondAscii(Layout layout) {
            WebAppFiles files = layout.files();
            assertThat(files.stamp("img/a b.txt")).isEqualTo(new WebAppFiles.Stamp(MODIFIED_MILLIS, 5));
            assertThat(files.stamp("img/café.txt")).isEqualTo(new WebAppFiles.Stamp(MODIFIED_MILLIS, 5));
            assertThat(files.stamp("img/100%.txt")).isEqualTo(new WebAppFiles.Stamp(MODIFIED_MILLIS, 7));
        }

        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void areNullForAMissingFile(Layout layout) {
            assertThat(layout.files().stamp("css/none.css")).isNull();
            assertThat(layout.files().stamp("none/site.css")).isNull();
        }

        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void areNullForANameThatCouldLeaveTheStaticRootThoughTheFileExists(Layout layout) throws Exception {
            assertThat(layout.app().context().getResource("/WEB-INF/secret.txt")).isNotNull();
            for (String name : ESCAPING) {
                assertThat(layout.files().stamp(name)).as(name).isNull();
            }
        }

        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void areNullForANameEndingInASlash(Layout layout) {
            assertThat(layout.files().stamp("css/")).isNull();
            assertThat(layout.files().stamp("")).isNull();
        }
    }

    @Nested
    class Reads {
        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void giveTheNameTheStampAndTheLength(Layout layout) {
            WebAppFiles.Content content = layout.files().read("css/site.css", false, 0);
            assertThat(content).isEqualTo(new WebAppFiles.Content("css/site.css",
                    new WebAppFiles.Stamp(MODIFIED_MILLIS, 22), 22, null, null));
        }

        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void giveTheDigestOnlyWhenAskedFor(Layout layout) {
            WebAppFiles files = layout.files();
            Digest digest = files.read("css/site.css", true, 0).digest();
            assertThat(digest.shortHex()).isEqualTo(SITE_CSS_HASH);
            assertThat(digest.integrity()).isEqualTo(SITE_CSS_INTEGRITY);
            assertThat(files.read("css/site.css", false, 1024).digest()).isNull();
        }

        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void holdTheBytesWhenTheFileFitsMaxBytes(Layout layout) {
            WebAppFiles.Content content = layout.files().read("css/site.css", true, 64 * 1024);
            assertThat(content.bytes()).isEqualTo(utf8(SITE_CSS));
            assertThat(content.length()).isEqualTo(22);
            assertThat(content.digest().shortHex()).isEqualTo(SITE_CSS_HASH);
        }

        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void holdTheBytesOfAFileExactlyAtTheLimitAndNotOfOneByteOver(Layout layout) {
            WebAppFiles files = layout.files();
            assertThat(files.read("css/site.css", false, 22).bytes()).isEqualTo(utf8(SITE_CSS));
            WebAppFiles.Content over = files.read("css/site.css", true, 21);
            assertThat(over.bytes()).isNull();
            assertThat(over.length()).isEqualTo(22);
            assertThat(over.digest().shortHex()).isEqualTo(SITE_CSS_HASH);
        }

        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void readAFileLongerThanTheirBufferWhole(Layout layout) {
            WebAppFiles files = layout.files();
            WebAppFiles.Content atLimit = files.read("data/large.bin", true, 200_001);
            assertThat(atLimit.bytes()).isEqualTo(LARGE);
            assertThat(atLimit.digest()).isEqualTo(Digest.of(LARGE));

            WebAppFiles.Content over = files.read("data/large.bin", true, 200_000);
            assertThat(over.bytes()).isNull();
            assertThat(over.length()).isEqualTo(200_001);
            assertThat(over.digest()).isEqualTo(Digest.of(LARGE));

            WebAppFiles.Content streamed = files.read("data/large.bin", true, 0);
            assertThat(streamed.length()).isEqualTo(200_001);
            assertThat(streamed.digest()).isEqualTo(Digest.of(LARGE));
        }

        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void holdNoBytesOfAnEmptyFileButAnEmptyArray(Layout layout) {
            WebAppFiles.Content content = layout.files().read("empty.txt", true, 0);
            assertThat(content.length()).isZero();
            assertThat(content.bytes()).isNotNull().isEmpty();
            assertThat(content.digest().shortHex()).isEqualTo("e3b0c44298fc");
        }

        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void areNullForAMissingFileADirectoryOrANameThatCouldLeaveTheStaticRoot(Layout layout) {
            WebAppFiles files = layout.files();
            assertThat(files.read("css/none.css", true, 1024)).isNull();
            assertThat(files.read("css", true, 1024)).isNull();
            assertThat(files.read("css/", true, 1024)).isNull();
            for (String name : ESCAPING) {
                assertThat(files.read(name, true, 1024)).as(name).isNull();
            }
        }
    }

    @Nested
    class Opens {
        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void giveTheBytesOfTheFile(Layout layout) throws Exception {
            try (InputStream in = layout.files().open("css/site.css")) {
                assertThat(in.readAllBytes()).isEqualTo(utf8(SITE_CSS));
            }
            try (InputStream in = layout.files().open("data/large.bin")) {
                assertThat(in.readAllBytes()).isEqualTo(LARGE);
            }
            try (InputStream in = layout.files().open("img/café.txt")) {
                assertThat(in.readAllBytes()).isEqualTo(utf8("café"));
            }
        }

        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void throwNamingTheFileWhenThereIsNone(Layout layout) {
            WebAppFiles files = layout.files();
            assertThatThrownBy(() -> files.open("css/none.css")).isInstanceOf(NoSuchFileException.class)
                    .hasMessage("/static/css/none.css: the static file is gone");
            assertThatThrownBy(() -> files.open("css")).isInstanceOf(NoSuchFileException.class)
                    .hasMessage("/static/css: the static file is gone");
        }

        @ParameterizedTest
        @MethodSource("org.ecstatic.runtime.dev.WebAppFilesTest#layouts")
        void throwForANameThatCouldLeaveTheStaticRoot(Layout layout) {
            assertThatThrownBy(() -> layout.files().open("../WEB-INF/secret.txt"))
                    .isInstanceOf(NoSuchFileException.class)
                    .hasMessage("/static/../WEB-INF/secret.txt: the static file is gone");
            assertThatThrownBy(() -> layout.files().open("css\\site.css"))
                    .isInstanceOf(NoSuchFileException.class)
                    .hasMessage("/static/css\\site.css: the static file is gone");
        }
    }

    /** On disk the file is read directly, so an edit shows at once, in its stamp and its bytes alike. */
    @Nested
    class EditedFilesOnDisk {
        @TempDir
        Path dir;

        @ParameterizedTest
        @EnumSource(Container.class)
        void giveTheNewStampAndTheNewBytesAtOnce(Container container) throws Exception {
            Path css = fixture(dir).resolve("static/css/site.css");
            try (WebApp app = new WebApp.Setup(container, dir).withoutInitializers().start()) {
                WebAppFiles files = new WebAppFiles(app.context(), PREFIX);
                try (InputStream in = app.context().getResourceAsStream("/static/css/site.css")) {
                    assertThat(in.readAllBytes()).isEqualTo(utf8(SITE_CSS)); // the container's own cache knows the file
                }
                assertThat(files.read("css/site.css", true, 1024).bytes()).isEqualTo(utf8(SITE_CSS));

                Files.writeString(css, "body { color: #444; margin: 0; }\n");
                Files.setLastModifiedTime(css, FileTime.from(MODIFIED.plusSeconds(60)));

                WebAppFiles.Stamp stamp = new WebAppFiles.Stamp(MODIFIED_MILLIS + 60_000, 33);
                assertThat(files.stamp("css/site.css")).isEqualTo(stamp);
                WebAppFiles.Content content = files.read("css/site.css", true, 1024);
                assertThat(content.stamp()).isEqualTo(stamp);
                assertThat(content.bytes()).isEqualTo(utf8("body { color: #444; margin: 0; }\n"));
                assertThat(content.digest()).isEqualTo(Digest.of(utf8("body { color: #444; margin: 0; }\n")));
                try (InputStream in = files.open("css/site.css")) {
                    assertThat(in.readAllBytes()).isEqualTo(utf8("body { color: #444; margin: 0; }\n"));
                }
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void areGoneOnceDeleted(Container container) throws Exception {
            Path css = fixture(dir).resolve("static/css/site.css");
            try (WebApp app = new WebApp.Setup(container, dir).withoutInitializers().start()) {
                WebAppFiles files = new WebAppFiles(app.context(), PREFIX);
                assertThat(files.stamp("css/site.css")).isNotNull();
                Files.delete(css);
                assertThat(files.stamp("css/site.css")).isNull();
                assertThat(files.read("css/site.css", true, 1024)).isNull();
                assertThatThrownBy(() -> files.open("css/site.css")).isInstanceOf(NoSuchFileException.class)
                        .hasMessage("/static/css/site.css: the static file is gone");
            }
        }
    }

    @Nested
    class EdgeCases {
        @TempDir
        Path dir;

        @ParameterizedTest
        @EnumSource(Container.class)
        void stampIsNullForADirectory(Container container) throws Exception {
            Files.createDirectories(dir.resolve("static/css"));
            Files.writeString(dir.resolve("static/css/site.css"), "body { color: #333; }\n");
            try (WebApp app = new WebApp.Setup(container, dir).withoutInitializers().start()) {
                WebAppFiles files = new WebAppFiles(app.context(), "/static/");
                assertThat(files.read("css", true, 1024)).isNull();
                assertThat(files.stamp("css")).isNull();
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void holdsTheBytesWhenMaxBytesIsLongMaxValue(Container container) throws Exception {
            Files.createDirectories(dir.resolve("static/css"));
            Files.writeString(dir.resolve("static/css/site.css"), "body { color: #333; }\n");
            try (WebApp app = new WebApp.Setup(container, dir).withoutInitializers().start()) {
                WebAppFiles.Content content = new WebAppFiles(app.context(), "/static/").read("css/site.css", false, Long.MAX_VALUE);
                assertThat(content.length()).isEqualTo(22);
                assertThat(content.bytes()).isEqualTo("body { color: #333; }\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * Files that neither the disk nor the ServletContext holds, found by the {@link FileLocator} published
     * for the web application: inside a jar (as in an executable jar's class path) and in a directory.
     */
    @Nested
    class Located {
        @TempDir
        Path dir;

        /** A jar holding public/css/site.css and the directory public/css/, every entry stamped at {@link #MODIFIED}. */
        Path jar() throws Exception {
            Path jar = dir.resolve("assets.jar");
            try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
                var directory = new java.util.jar.JarEntry("public/css/");
                directory.setTime(MODIFIED_MILLIS);
                out.putNextEntry(directory);
                out.closeEntry();
                var entry = new java.util.jar.JarEntry("public/css/site.css");
                entry.setTime(MODIFIED_MILLIS);
                out.putNextEntry(entry);
                out.write(utf8(SITE_CSS));
                out.closeEntry();
            }
            Files.setLastModifiedTime(jar, FileTime.from(MODIFIED)); // a jar: URL gives the archive's time
            return jar;
        }

        WebAppFiles files(WebApp app, FileLocator locator) {
            app.context().setAttribute(FileLocator.ATTRIBUTE, locator);
            return new WebAppFiles(app.context(), PREFIX);
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void readsAFileInsideAJarThroughItsUrl(Container container) throws Exception {
            Files.createDirectories(dir.resolve("webapp"));
            try (var loader = new java.net.URLClassLoader(new java.net.URL[]{jar().toUri().toURL()}, null);
                 WebApp app = new WebApp.Setup(container, dir.resolve("webapp")).withoutInitializers().start()) {
                WebAppFiles files = files(app, name -> loader.getResource("public/" + name));
                assertThat(files.stamp("css/site.css")).isEqualTo(new WebAppFiles.Stamp(MODIFIED_MILLIS, SITE_CSS.length()));
                WebAppFiles.Content content = files.read("css/site.css", true, 1024);
                assertThat(content.bytes()).isEqualTo(utf8(SITE_CSS));
                assertThat(content.digest().shortHex()).isEqualTo(SITE_CSS_HASH);
                assertThat(content.digest().integrity()).isEqualTo(SITE_CSS_INTEGRITY);
                try (InputStream in = files.open("css/site.css")) {
                    assertThat(in.readAllBytes()).isEqualTo(utf8(SITE_CSS));
                }
                assertThat(files.onDisk("css/site.css")).isNull();
                assertThat(files.stamp("css/missing.css")).isNull();
                assertThat(files.read("css/missing.css", true, 1024)).isNull();
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void readsAFileUrlFromTheDiskSoThatTheContainerCanSendIt(Container container) throws Exception {
            Path elsewhere = dir.resolve("classes/public");
            write(elsewhere.resolve("css/site.css"), utf8(SITE_CSS));
            Files.createDirectories(dir.resolve("webapp"));
            try (WebApp app = new WebApp.Setup(container, dir.resolve("webapp")).withoutInitializers().start()) {
                WebAppFiles files = files(app, name -> {
                    Path file = elsewhere.resolve(name);
                    return Files.isRegularFile(file) ? url(file) : null;
                });
                assertThat(files.onDisk("css/site.css")).isEqualTo(elsewhere.resolve("css/site.css"));
                assertThat(files.stamp("css/site.css")).isEqualTo(new WebAppFiles.Stamp(MODIFIED_MILLIS, SITE_CSS.length()));
                assertThat(files.read("css/site.css", true, 1024).digest().shortHex()).isEqualTo(SITE_CSS_HASH);
            }
        }

        @ParameterizedTest
        @EnumSource(Container.class)
        void isAskedFirstAndOnlyForPlainNames(Container container) throws Exception {
            write(dir.resolve("webapp/static/css/site.css"), utf8("own"));
            write(dir.resolve("webapp/static/css/own.css"), utf8("own"));
            write(dir.resolve("located/css/site.css"), utf8("located"));
            List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (WebApp app = new WebApp.Setup(container, dir.resolve("webapp")).withoutInitializers().start()) {
                WebAppFiles files = files(app, name -> {
                    asked.add(name);
                    Path file = dir.resolve("located").resolve(name);
                    return Files.isRegularFile(file) ? url(file) : null;
                });
                assertThat(files.read("css/site.css", false, 1024).bytes()).isEqualTo(utf8("located"));
                assertThat(files.read("css/own.css", false, 1024).bytes()).isEqualTo(utf8("own"));
                for (String escaping : ESCAPING) {
                    assertThat(files.stamp(escaping)).as(escaping).isNull();
                }
                assertThat(asked).contains("css/site.css", "css/own.css").allSatisfy(name -> {
                    assertThat(name.split("/", -1)).doesNotContain("..", ".", "");
                    assertThat(name).doesNotContain("\\");
                });
            }
        }

        static java.net.URL url(Path file) {
            try {
                return file.toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
