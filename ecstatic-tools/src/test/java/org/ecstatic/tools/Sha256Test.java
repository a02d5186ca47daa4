package org.ecstatic.tools;

import org.ecstatic.runtime.manifest.Digest;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Test {
    @Test
    void usesTheLibraryThatTheBuildMadeWhereItFindsGcc() {
        // the Maven profile native builds it on Linux x86-64 where /usr/bin/gcc is
        boolean built = System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").equals("amd64")
                && java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/gcc"));
        if (built) {
            assertThat(Sha256.class.getResource("native/linux-x86_64/libecstatic-native.so")).isNotNull();
            assertThat(Sha256.implementation()).isIn("native, SHA instructions", "native, portable C");
        } else {
            assertThat(Sha256.implementation()).startsWith("JDK (no library for ");
        }
    }

    @Test
    void givesTheJdksDigestForEveryLengthAroundTheBlockBoundariesAndForLargeInputs() {
        Random random = new Random(7);
        for (int length = 0; length <= 300; length++) {
            assertDigestsAgree(random, length);
        }
        for (int i = 0; i < 20; i++) {
            assertDigestsAgree(random, random.nextInt(4 << 20));
        }
    }

    @Test
    void givesTheSameDigestsInPortableCAsWithTheShaInstructions() {
        if (!Sha256.implementation().startsWith("native")) {
            return; // no library on this platform: the JDK's SHA-256 is the only one
        }
        Random random = new Random(11);
        try {
            Sha256.usePortableC(true);
            for (int length = 0; length <= 300; length += 7) {
                assertDigestsAgree(random, length);
            }
            assertDigestsAgree(random, 3 << 20);
        } finally {
            Sha256.usePortableC(false);
        }
    }

    @Test
    void givesTheDigestsOfFips180Examples() {
        assertThat(Sha256.of(new byte[0]).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)).hex())
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    @Test
    void hashesAFileAsItsBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        byte[] bytes = new byte[1 << 20];
        new Random(3).nextBytes(bytes);
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("a.bin"), bytes);
        assertThat(Sha256.of(file, bytes.length)).isEqualTo(Digest.of(bytes));
        assertThat(Sha256.of(file, 64L << 20)).isEqualTo(Digest.of(bytes)); // said to be large: streamed
    }

    @Test
    void checksALibraryAgainstDigestsThatAreTheJdks() {
        byte[] data = Sha256.selfCheckData();
        for (String[] check : Sha256.SELF_CHECK) {
            int length = Integer.parseInt(check[0]);
            assertThat(Digest.of(data, 0, length).hex()).as("%d bytes", length).isEqualTo(check[1]);
        }
    }

    private static void assertDigestsAgree(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        assertThat(Sha256.of(bytes)).as("%d bytes", length).isEqualTo(Digest.of(bytes));
    }
}
