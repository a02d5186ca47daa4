package org.ecstatic.tools;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class NativeFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void libraryInUse() {
        // where the jar carries no library for the platform, the JDK does the work and nothing here applies
        assumeThat(NativeFiles.inUse()).as(String.valueOf(NativeLibrary.problem())).isTrue();
    }

    static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    /** Around the size the library moves to or from a pinned array at once (1 MiB), and far from it. */
    static final List<Integer> SIZES = List.of(0, 1, 4095, 4096, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 5 << 20);

    @Nested
    class Reading {
        @Test
        void readsFilesOfEverySizeAsTheJdkDoes() throws IOException {
            for (int size : SIZES) {
                Path file = Files.write(dir.resolve("f" + size + ".bin"), pattern(size));
                assertThat(NativeFiles.read(file)).as("%d bytes", size).isEqualTo(Files.readAllBytes(file));
            }
        }

        @Test
        void readsANameOutsideAsciiAndARelativePath() throws IOException {
            Path file = Files.write(dir.resolve("caf\u00e9 \u65e5\u672c.css"), pattern(10));
            assertThat(NativeFiles.read(file)).isEqualTo(pattern(10));
            Path relative = Path.of("").toAbsolutePath().relativize(file);
            assertThat(NativeFiles.read(relative)).isEqualTo(pattern(10));
        }

        @Test
        void leavesToTheJdkWhatItCannotRead() throws IOException {
            assertThat(NativeFiles.read(dir.resolve("missing.css"))).isNull();
            assertThat(NativeFiles.read(dir)).isNull(); // a directory
            Path unreadable = Files.write(dir.resolve("secret.css"), pattern(3));
            Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("-w-------"));
            assumeThat(Files.isReadable(unreadable)).as("running as root: every file is readable").isFalse();
            assertThat(NativeFiles.read(unreadable)).isNull();
        }
    }

    @Nested
    class Creating {
        @Test
        void createsFilesOfEverySizeAndGivesTheirStamps() throws IOException {
            for (int size : SIZES) {
                Path file = dir.resolve("f" + size + ".bin");
                long[] stamp = new long[2];
                assertThat(NativeFiles.create(file, pattern(size), stamp)).isEqualTo(NativeFiles.Created.WRITTEN);
                assertThat(Files.readAllBytes(file)).as("%d bytes", size).isEqualTo(pattern(size));
                assertThat(stamp).containsExactly(size, Files.getLastModifiedTime(file).toMillis());
            }
        }

        @Test
        void givesTheFileThePermissionsTheJdkGivesANewFile() throws IOException {
            Path mine = dir.resolve("native.css");
            NativeFiles.create(mine, pattern(3), new long[2]);
            Path jdks = Files.createFile(dir.resolve("jdk.css"));
            assertThat(Files.getPosixFilePermissions(mine)).isEqualTo(Files.getPosixFilePermissions(jdks));
        }

        @Test
        void touchesNothingThatIsThere() throws IOException {
            Path file = Files.writeString(dir.resolve("a.css"), "kept");
            assertThat(NativeFiles.create(file, pattern(9), new long[2])).isEqualTo(NativeFiles.Created.EXISTS);
            assertThat(file).hasContent("kept");
            Path directory = Files.createDirectory(dir.resolve("b.css"));
            assertThat(NativeFiles.create(directory, pattern(9), new long[2])).isEqualTo(NativeFiles.Created.EXISTS);
            assertThat(directory).isDirectory();
        }

        @Test
        void leavesToTheJdkWhatItCannotCreate() {
            Path inMissingDirectory = dir.resolve("missing/a.css");
            assertThat(NativeFiles.create(inMissingDirectory, pattern(3), new long[2])).isEqualTo(NativeFiles.Created.FAILED);
            assertThat(inMissingDirectory.getParent()).doesNotExist();
        }
    }

    @Nested
    class Copying {
        @Test
        void copiesAFileToItsNameAndToItsHashedNameWithItsDigest() throws IOException {
            for (int size : SIZES) {
                Path source = Files.write(dir.resolve("src-" + size + ".bin"), pattern(size));
                Path out = Files.createDirectories(dir.resolve("out-" + size));
                NativeFiles.Copy copy = NativeFiles.copy(source, out.resolve("a.bin"), out.resolve("a.000000000000.bin"), 2);

                String hash = Sha256.of(pattern(size)).shortHex();
                assertThat(copy.sha256()).isEqualTo(Sha256.of(pattern(size)).bytes());
                assertThat(Files.readAllBytes(out.resolve("a.bin"))).isEqualTo(pattern(size));
                assertThat(Files.readAllBytes(out.resolve("a." + hash + ".bin"))).isEqualTo(pattern(size));
                assertThat(copy.original()).isEqualTo(OutputFiles.stamp(out.resolve("a.bin")));
                assertThat(copy.hashed()).isEqualTo(OutputFiles.stamp(out.resolve("a." + hash + ".bin")));
                try (var listing = Files.list(out)) {
                    assertThat(listing.count()).isEqualTo(2);
                }
            }
        }

        @Test
        void putsTheHashAfterCharactersOutsideAsciiInTheDirectoryAndTheName() throws IOException {
            Path source = Files.writeString(dir.resolve("source.css"), "b{}");
            Path out = Files.createDirectories(dir.resolve("\u00e9t\u00e9"));
            NativeFiles.Copy copy = NativeFiles.copy(source, out.resolve("\u65e5\u672c.css"),
                    out.resolve("\u65e5\u672c.000000000000.css"), 3);

            assertThat(copy).isNotNull();
            String hash = Sha256.of("b{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).shortHex();
            assertThat(out.resolve("\u65e5\u672c." + hash + ".css")).hasContent("b{}");
            assertThat(out.resolve("\u65e5\u672c.css")).hasContent("b{}");
        }

        @Test
        void doesNothingWhenAnOutputIsThere() throws IOException {
            Path source = Files.writeString(dir.resolve("source.css"), "b{}");
            String hash = Sha256.of("b{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).shortHex();
            Path out = Files.createDirectories(dir.resolve("out"));
            Path hashed = Files.writeString(out.resolve("a." + hash + ".css"), "kept");
            assertThat(NativeFiles.copy(source, out.resolve("a.css"), out.resolve("a.000000000000.css"), 2)).isNull();
            assertThat(hashed).hasContent("kept");
            assertThat(out.resolve("a.css")).doesNotExist();

            Files.delete(hashed);
            Path original = Files.writeString(out.resolve("a.css"), "kept");
            assertThat(NativeFiles.copy(source, original, out.resolve("a.000000000000.css"), 2)).isNull();
            assertThat(original).hasContent("kept");
            assertThat(hashed).doesNotExist(); // created, then deleted again
        }

        @Test
        void doesNothingForASourceItCannotRead() throws IOException {
            Path out = Files.createDirectories(dir.resolve("out"));
            assertThat(NativeFiles.copy(dir.resolve("missing.css"), out.resolve("a.css"), out.resolve("a.000000000000.css"), 2)).isNull();
            assertThat(NativeFiles.copy(out, out.resolve("a.css"), out.resolve("a.000000000000.css"), 2)).isNull();
            try (var listing = Files.list(out)) {
                assertThat(listing.count()).isZero();
            }
        }
    }

    @Nested
    class Listing {
        @Test
        void listsEachEntryWithItsKindAndEveryFileWithItsSizeAndTime() throws IOException {
            Path file = Files.write(dir.resolve("\u00e9t\u00e9.css"), pattern(5000));
            Files.createDirectory(dir.resolve("sub"));
            Files.createSymbolicLink(dir.resolve("to-sub"), dir.resolve("sub"));
            Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("missing"));

            NativeFiles.Listing listing = NativeFiles.list(dir);
            java.util.Map<String, String> entries = new java.util.TreeMap<>();
            for (int i = 0; i < listing.names().length; i++) {
                entries.put(listing.names()[i], listing.kind(i) + " " + listing.size(i) + " " + listing.modified(i));
            }
            assertThat(entries).containsExactly(
                    Map.entry("dangling", NativeFiles.Listing.LINK + " 0 0"),
                    Map.entry("sub", NativeFiles.Listing.DIRECTORY + " 0 0"),
                    Map.entry("to-sub", NativeFiles.Listing.LINK + " 0 0"),
                    Map.entry("\u00e9t\u00e9.css", NativeFiles.Listing.FILE + " 5000 " + Files.getLastModifiedTime(file).toMillis()));
        }

        @Test
        void leavesToTheJdkWhatItCannotList() throws IOException {
            assertThat(NativeFiles.list(dir.resolve("missing"))).isNull();
            assertThat(NativeFiles.list(Files.writeString(dir.resolve("a.css"), "a{}"))).isNull(); // not a directory
            assertThat(NativeFiles.list(Files.createDirectory(dir.resolve("empty"))).names()).isEmpty();
        }
    }
}
