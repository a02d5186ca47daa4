package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourcesTest {
    @TempDir
    Path tmp;

    /** Writes a jar whose entries are named exactly as given, as a crafted jar would be. */
    static Path jar(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static List<String> names(Sources sources) {
        return List.copyOf(sources.files().keySet());
    }

    @Nested
    class JarEntries {
        @Test
        void takesTheFilesBelowMetaInfResourcesInNameOrder() throws IOException {
            Path jar = jar(tmp.resolve("lib.jar"), Map.of(
                    "META-INF/resources/webjars/lib/1.0/lib.js", "x",
                    "META-INF/resources/webjars/lib/1.0/lib.css", "y",
                    "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n",
                    "org/example/Lib.class", "z"));
            try (Sources sources = Sources.scan(List.of(), List.of(jar), Globs.of(List.of()))) {
                assertThat(names(sources)).containsExactly("webjars/lib/1.0/lib.css", "webjars/lib/1.0/lib.js");
            }
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "META-INF/resources//srv/app/pwned.txt | starts with '/'; names are relative to the static root",
                "META-INF/resources/webjars/x/../../../WEB-INF/web.xml | holds a '..' segment; names stay below the static root",
                "META-INF/resources/css//site.css | holds an empty segment ('//' or a '/' at the end)",
                "META-INF/resources/./css/site.css | holds a '.' segment",
                "META-INF/resources/css\\site.css | holds '\\'; names use forward slashes",
                "META-INF/resources/C:/boot.ini | starts with a drive letter; names are relative to the static root",
        })
        void refusesAnEntryWhoseNameCouldLeaveTheOutputEvenWhenExcluded(String entry, String problem)
                throws IOException {
            Path jar = jar(tmp.resolve("evil.jar"), Map.of(entry, "pwned", "META-INF/resources/ok.css", "a{}"));
            // excludes do not hide it: a name like this is refused whatever the patterns say
            Globs excludes = Globs.of(List.of("*.txt", "*.xml", "*.css", "*.ini"));
            assertThatThrownBy(() -> Sources.scan(List.of(), List.of(jar), excludes).close())
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The jar " + jar + " holds the entry '" + entry + "', whose name below "
                            + "META-INF/resources/ " + problem + ", so it could be written outside the output "
                            + "directory. Nothing was written. Take the jar out of the sources (--jar, or "
                            + "webJars=false for dependencies), or rebuild it without that entry.");
        }

        @Test
        void refusesANulInAnEntryName() throws IOException {
            Path jar = jar(tmp.resolve("nul.jar"), Map.of("META-INF/resources/a\u0000.css", "x"));
            assertThatThrownBy(() -> Sources.scan(List.of(), List.of(jar), Globs.of(List.of())).close())
                    .hasMessageContaining("holds a NUL character");
        }
    }

    @Nested
    class Precedence {
        @Test
        void yourDirectoryWinsOverAJarAndTheShadowedFileIsReported() throws IOException {
            Path src = Files.createDirectories(tmp.resolve("src/css"));
            Files.writeString(src.resolve("site.css"), "mine");
            Path jar = jar(tmp.resolve("lib.jar"), Map.of("META-INF/resources/css/site.css", "theirs"));
            for (int round = 0; round < 5; round++) {
                try (Sources sources = Sources.scan(List.of(tmp.resolve("src")), List.of(jar), Globs.of(List.of()))) {
                    assertThat(new String(sources.files().get("css/site.css").read(), StandardCharsets.UTF_8))
                            .isEqualTo("mine");
                    assertThat(sources.shadowed()).containsExactly(new CollectReport.Shadowed("css/site.css",
                            src.resolve("site.css").toString(), jar + "!/META-INF/resources/css/site.css"));
                }
            }
        }

        @Test
        void theFirstOfTwoJarsWins() throws IOException {
            Path a = jar(tmp.resolve("a.jar"), Map.of("META-INF/resources/x.js", "a"));
            Path b = jar(tmp.resolve("b.jar"), Map.of("META-INF/resources/x.js", "b"));
            try (Sources sources = Sources.scan(List.of(), List.of(b, a), Globs.of(List.of()))) {
                assertThat(new String(sources.files().get("x.js").read(), StandardCharsets.UTF_8)).isEqualTo("b");
            }
        }
    }

    @Nested
    class HashedLookalikes {
        @Test
        void refusesAFileNamedLikeTheHashedCopyOfAnother() throws IOException {
            Path src = Files.createDirectories(tmp.resolve("src"));
            Files.writeString(src.resolve("a.css"), "a{}");
            Files.writeString(src.resolve("a.74d94aede163.css"), "b{}");
            assertThatThrownBy(() -> Sources.scan(List.of(src), List.of(), Globs.of(List.of())).close())
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The source file " + src.resolve("a.74d94aede163.css") + " is named like a hashed "
                            + "copy of " + src.resolve("a.css") + " (a.css): the collector writes hashed copies under "
                            + "such names, so the two would overwrite each other in the output. Rename it (without "
                            + "the 12 hex digits before the extension), or exclude it.");
        }

        @Test
        void refusesItAcrossSourcesToo() throws IOException {
            Path src = Files.createDirectories(tmp.resolve("src/css"));
            Files.writeString(src.resolve("site.css"), "a{}");
            Path jar = jar(tmp.resolve("lib.jar"), Map.of("META-INF/resources/css/site.0123456789ab.css", "x"));
            assertThatThrownBy(() -> Sources.scan(List.of(tmp.resolve("src")), List.of(jar), Globs.of(List.of())).close())
                    .hasMessageStartingWith("The source file " + jar + "!/META-INF/resources/css/site.0123456789ab.css"
                            + " is named like a hashed copy of " + src.resolve("site.css") + " (css/site.css)");
        }

        @Test
        void takesAHashedNameWhoseUnhashedNameIsNoSource() throws IOException {
            Path src = Files.createDirectories(tmp.resolve("src"));
            Files.writeString(src.resolve("chunk.0123456789ab.js"), "x");
            try (Sources sources = Sources.scan(List.of(src), List.of(), Globs.of(List.of()))) {
                assertThat(names(sources)).containsExactly("chunk.0123456789ab.js");
            }
        }
    }

    @Nested
    class FilesNamedLikeDirectories {
        @Test
        void refusesAJarEntryNamedLikeADirectoryOfASourceDirectory() throws IOException {
            // found by CollectorFuzzTest: the run failed while writing, with a message that named neither file
            Path src = Files.createDirectories(tmp.resolve("src/img"));
            Files.writeString(src.resolve("logo.png"), "png");
            Path jar = jar(tmp.resolve("lib.jar"), Map.of("META-INF/resources/img", "x"));
            assertThatThrownBy(() -> Sources.scan(List.of(tmp.resolve("src")), List.of(jar), Globs.of(List.of())).close())
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The source file " + jar + "!/META-INF/resources/img is named like the directory of "
                            + src.resolve("logo.png") + " (img/logo.png): the output cannot hold a file and a directory "
                            + "of one name. Rename or exclude one of them; nothing was written.");
        }

        @Test
        void refusesItAtAnyDepthAndWithinOneJar() throws IOException {
            Path jar = jar(tmp.resolve("lib.jar"), Map.of("META-INF/resources/a/b", "x", "META-INF/resources/a/b/c/d.css", "y"));
            assertThatThrownBy(() -> Sources.scan(List.of(), List.of(jar), Globs.of(List.of())).close())
                    .hasMessageStartingWith("The source file " + jar + "!/META-INF/resources/a/b is named like the "
                            + "directory of " + jar + "!/META-INF/resources/a/b/c/d.css (a/b/c/d.css): ");
        }

        @Test
        void takesTheFileWhenTheOtherIsExcluded() throws IOException {
            Path jar = jar(tmp.resolve("lib.jar"), Map.of("META-INF/resources/img", "x", "META-INF/resources/img/a.psd", "y"));
            try (Sources sources = Sources.scan(List.of(), List.of(jar), Globs.of(List.of("*.psd")))) {
                assertThat(names(sources)).containsExactly("img");
            }
        }
    }

    @Test
    void refusesASourceFileWhoseNameHoldsABackslash() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("a\\b.css"), "x");
        assertThatThrownBy(() -> Sources.scan(List.of(src), List.of(), Globs.of(List.of())).close())
                .hasMessage("The source file " + src.resolve("a\\b.css") + " has the name 'a\\b.css', which holds "
                        + "'\\'; names use forward slashes. Rename it; nothing was written.");
    }

    @Test
    void listsTheSymbolicLinksItDoesNotFollowLoopsAndLinksOutOfTheSourceIncluded() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src/css"));
        Files.writeString(src.resolve("site.css"), "a{}");
        Path outside = Files.writeString(tmp.resolve("outside.css"), "b{}");
        Files.createSymbolicLink(src.resolve("linked.css"), outside);
        Files.createSymbolicLink(src.resolve("loop"), src);
        try (Sources sources = Sources.scan(List.of(tmp.resolve("src")), List.of(), Globs.of(List.of()))) {
            assertThat(names(sources)).containsExactly("css/site.css");
            assertThat(sources.links()).containsExactly(src.resolve("linked.css") + " -> " + outside,
                    src.resolve("loop") + " -> " + src);
        }
    }

    @Test
    void refusesANameWhoseHashedCopyWouldBeTooLongForAFileSystem() throws IOException {
        String name = "a".repeat(236) + ".css"; // 240 bytes: with .<12 hex> and .br, 256
        Path jar = jar(tmp.resolve("long.jar"), Map.of("META-INF/resources/" + name, "x", "META-INF/resources/ok.css", "y"));
        assertThatThrownBy(() -> Sources.scan(List.of(), List.of(jar), Globs.of(List.of())).close())
                .isInstanceOf(EcstaticException.class)
                .hasMessage("The source file " + jar + "!/META-INF/resources/" + name + " has a name of 240 bytes; its "
                        + "hashed copy and compressed forms would have up to 256, more than the 255 a file name may "
                        + "have. Rename it (or exclude it); nothing was written.");
        String fits = "b".repeat(235) + ".css"; // 239 bytes: 255 with what the collector adds
        Path ok = jar(tmp.resolve("ok.jar"), Map.of("META-INF/resources/" + fits, "x"));
        try (Sources sources = Sources.scan(List.of(), List.of(ok), Globs.of(List.of()))) {
            assertThat(names(sources)).containsExactly(fits);
        }
    }

    /** Source directories are listed by the collector's library where it is in use; the JDK lists the same. */
    @Nested
    class ListingWithTheLibraryOrTheJdk {
        List<String> listing(Path root, List<String> excludes) {
            try (Sources sources = Sources.scan(List.of(root), List.of(), Globs.of(excludes))) {
                List<String> seen = new java.util.ArrayList<>();
                sources.files().forEach((logical, file) -> seen.add(logical + " " + file.origin().describe() + " "
                        + file.size() + " " + file.modified()));
                seen.addAll(sources.links());
                return seen;
            }
        }

        List<String> withTheJdk(Path root, List<String> excludes) {
            NativeFiles.jdkOnly(true);
            try {
                return listing(root, excludes);
            } finally {
                NativeFiles.jdkOnly(false);
            }
        }

        @Test
        void givesTheSameFilesSizesTimesAndLinks() throws IOException {
            Path src = Fixtures.copy("site/app", tmp.resolve("src"));
            Files.writeString(src.resolve("css/caf\u00e9 \u65e5\u672c.css"), "a{}");
            Files.createDirectories(src.resolve("empty/deeper"));
            Files.writeString(src.resolve(".hidden.css"), "excluded");
            Files.createSymbolicLink(src.resolve("img/link.png"), src.resolve("img/logo.png"));
            Files.createSymbolicLink(src.resolve("up"), src);
            new ProcessBuilder("mkfifo", src.resolve("js/pipe").toString()).start().onExit().join();

            assertThat(listing(src, List.of())).isEqualTo(withTheJdk(src, List.of()))
                    .anyMatch(line -> line.startsWith(".hidden.css"));
            List<String> listed = listing(src, List.of(".*"));
            assertThat(listed).isEqualTo(withTheJdk(src, List.of(".*")))
                    .contains("css/caf\u00e9 \u65e5\u672c.css " + src.resolve("css/caf\u00e9 \u65e5\u672c.css") + " 3 "
                            + Files.getLastModifiedTime(src.resolve("css/caf\u00e9 \u65e5\u672c.css")).toMillis())
                    .contains(src.resolve("up") + " -> " + src)
                    .noneMatch(line -> line.startsWith(".hidden.css") || line.startsWith("js/pipe"));
            assertThat(listing(src, List.of("css/*", "img"))).isEqualTo(withTheJdk(src, List.of("css/*", "img")))
                    .noneMatch(line -> line.startsWith("css/") || line.startsWith("img/"));
        }
    }
}
