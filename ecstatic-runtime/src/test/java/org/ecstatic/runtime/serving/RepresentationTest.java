package org.ecstatic.runtime.serving;

import org.ecstatic.runtime.dev.WebAppFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepresentationTest {
    private static final byte[] ALPHABET = "abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);
    private static final Representation HELD =
            new Representation(null, "\"0123456789ab\"", 26, ALPHABET, "letters.0123456789ab.txt");
    private static final int BIG_LENGTH = 200_000;

    @TempDir
    static Path root;
    private static JettyServer server;
    private static WebAppFiles files;
    private static byte[] big;

    @BeforeAll
    static void start() throws Exception {
        big = new byte[BIG_LENGTH];
        new Random(42).nextBytes(big);
        Files.createDirectories(root.resolve("static/data"));
        Files.write(root.resolve("static/data/big.bin"), big);
        server = JettyServer.startContext(root);
        files = new WebAppFiles(server.servletContext(), "/static/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Representation streamed(String name, long length) {
        return new Representation(null, "\"3f2a1b9c0d4e\"", length, null, name);
    }

    private static byte[] written(Representation rep, long first, long count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rep.write(out, files, first, count);
        return out.toByteArray();
    }

    @Nested
    class ContentRanges {
        @Test
        void givesTheLengthForA416() {
            assertThat(HELD.unsatisfiedRange()).isEqualTo("bytes */26");
            assertThat(streamed("data/big.bin", BIG_LENGTH).unsatisfiedRange()).isEqualTo("bytes */200000");
            assertThat(new Representation(null, "\"e3b0c44298fc\"", 0, new byte[0], "empty.txt").unsatisfiedRange())
                    .isEqualTo("bytes */0");
        }

        @Test
        void givesFirstLastAndLengthForAPart() {
            assertThat(HELD.contentRange(new ByteRange(ByteRange.Kind.PART, 2, 5))).isEqualTo("bytes 2-5/26");
            assertThat(HELD.contentRange(ByteRange.parse("bytes=-1", 26))).isEqualTo("bytes 25-25/26");
            assertThat(streamed("data/big.bin", BIG_LENGTH).contentRange(ByteRange.parse("bytes=0-", BIG_LENGTH)))
                    .isEqualTo("bytes 0-199999/200000");
        }
    }

    @Nested
    class Memory {
        @Test
        void countsTheBytesHeld() {
            assertThat(HELD.memory()).isEqualTo(26);
        }

        @Test
        void countsNothingWhenStreamed() {
            assertThat(streamed("data/big.bin", BIG_LENGTH).memory()).isZero();
        }
    }

    @Nested
    class FromMemory {
        @Test
        void writesTheWholeFile() throws IOException {
            assertThat(written(HELD, 0, 26)).isEqualTo(ALPHABET);
        }

        @Test
        void writesAPart() throws IOException {
            assertThat(written(HELD, 2, 4)).asString(StandardCharsets.US_ASCII).isEqualTo("cdef");
            assertThat(written(HELD, 25, 1)).asString(StandardCharsets.US_ASCII).isEqualTo("z");
        }

        @Test
        void writesNothingForNoBytes() throws IOException {
            assertThat(written(HELD, 0, 0)).isEmpty();
        }

        @Test
        void neverReadsTheFileAgain() throws IOException {
            // there is no letters.0123456789ab.txt in the web application: the bytes held are what is sent
            assertThat(Files.exists(root.resolve("static/letters.0123456789ab.txt"))).isFalse();
            assertThat(written(HELD, 10, 3)).asString(StandardCharsets.US_ASCII).isEqualTo("klm");
        }
    }

    @Nested
    class Streamed {
        @ParameterizedTest(name = "bytes {0}, {1} of them")
        @CsvSource({"0, 200000", "0, 1", "199999, 1", "1000, 1000", "60000, 20000", "65535, 2", "65536, 65536",
                "1, 199999"})
        void writesTheBytesAskedFor(int first, int count) throws IOException {
            assertThat(written(streamed("data/big.bin", BIG_LENGTH), first, count))
                    .isEqualTo(Arrays.copyOfRange(big, first, first + count));
        }

        @Test
        void writesNoMoreThanAskedForFromALongerFile() throws IOException {
            assertThat(written(streamed("data/big.bin", 10), 0, 10)).isEqualTo(Arrays.copyOf(big, 10));
        }

        @Test
        void namesAFileThatBecameShorterAfterWhatItWrote() throws IOException {
            Files.write(root.resolve("static/data/shrunk.bin"), Arrays.copyOf(big, 40_000));
            Representation indexed = streamed("data/shrunk.bin", BIG_LENGTH);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            assertThatThrownBy(() -> indexed.write(out, files, 0, BIG_LENGTH))
                    .isInstanceOf(IOException.class)
                    .hasMessage("The static file data/shrunk.bin became shorter after it was indexed");
            assertThat(out.toByteArray()).isEqualTo(Arrays.copyOf(big, 40_000));
        }

        @Test
        void failsForAPartThatStartsPastTheNewEnd() throws IOException {
            Files.write(root.resolve("static/data/cut.bin"), Arrays.copyOf(big, 1000));
            Representation indexed = streamed("data/cut.bin", BIG_LENGTH);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            assertThatThrownBy(() -> indexed.write(out, files, 5000, 10)).isInstanceOf(IOException.class);
            assertThat(out.size()).isZero();
        }

        @Test
        void namesAFileThatIsGone() {
            Representation indexed = streamed("data/gone.bin", 10);

            assertThatThrownBy(() -> indexed.write(new ByteArrayOutputStream(), files, 0, 10))
                    .isInstanceOf(NoSuchFileException.class)
                    .hasMessageContaining("/static/data/gone.bin");
        }
    }
}
