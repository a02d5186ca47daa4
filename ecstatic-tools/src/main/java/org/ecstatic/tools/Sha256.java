package org.ecstatic.tools;

import org.ecstatic.runtime.manifest.Digest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * SHA-256 for the collector, which hashes every byte it collects. A JVM started for one run compiles
 * the JDK's SHA-256 with C1 only (the command line's launcher turns C2 off, which pays everywhere else),
 * and C1 has no intrinsic for it: it runs at about 190 MB/s. Where the jar carries the collector's
 * {@link NativeLibrary} for the platform, the digest is computed in C instead, with the CPU's SHA
 * instructions when it has them (about 1.7 GB/s), else in portable C (about 340 MB/s). A library that
 * does not load, or does not give the digests of a self-check, leaves the JDK's SHA-256 in use; so does
 * {@code -Decstatic.nativeSha256=false}. Either way the digests are the same.
 */
final class Sha256 {
    /** The system property that turns the library off. */
    static final String PROPERTY = "ecstatic.nativeSha256";

    private Sha256() {
    }

    /** Returns the digest of {@code bytes}. */
    static Digest of(byte[] bytes) {
        if (Loaded.NATIVE) {
            byte[] out = new byte[32];
            digest0(bytes, 0, bytes.length, out);
            return Digest.ofSha256(out);
        }
        return Digest.of(bytes);
    }

    /** Files up to this size are read whole and hashed in one call; larger ones are streamed through the JDK's SHA-256. */
    private static final long WHOLE_FILE = 16 << 20;

    /** Returns the digest of the file's bytes, {@code size} of them as its attributes say. */
    static Digest of(Path file, long size) throws IOException {
        if (size <= WHOLE_FILE && Loaded.NATIVE) {
            return of(Files.readAllBytes(file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Digest.of(in);
        }
    }

    /** Returns whether the library computes the digests: it is loaded, and gave those of its self-check. */
    static boolean isNative() {
        return Loaded.NATIVE;
    }

    /** Returns what computes the digests: "native, SHA instructions", "native, portable C" or "JDK (why)". */
    static String implementation() {
        return Loaded.IMPLEMENTATION;
    }

    /**
     * Makes the library compute with its portable C even where the CPU has SHA instructions, or not: for
     * the tests, which compare both with the JDK. Does nothing when the library is not in use.
     */
    static void usePortableC(boolean portable) {
        if (Loaded.NATIVE) {
            init(portable);
        }
    }

    /**
     * Chooses the SHA instructions (or not, when {@code portable}); returns 1 when they are used, 0 when
     * the portable C is.
     */
    private static native int init(boolean portable);

    /** Writes the SHA-256 of {@code data[offset, offset + length)} into {@code out} (32 bytes). */
    private static native void digest0(byte[] data, int offset, int length, byte[] out);

    private static String load() {
        String unusable = NativeLibrary.unusable(PROPERTY);
        if (unusable != null) {
            return "JDK (" + unusable + ")";
        }
        try {
            String kind = init(false) == 1 ? "SHA instructions" : "portable C";
            return selfCheck() ? "native, " + kind : "JDK (the library failed its self-check)";
        } catch (RuntimeException | LinkageError e) {
            return "JDK (" + e + ")";
        }
    }

    /**
     * The SHA-256 of the first n bytes of {@link #selfCheckData()}, for n at and around the lengths where
     * the padding takes one more block: worked out once with another implementation (Python's hashlib),
     * so that checking a library costs no SHA-256 of the JDK's, which a new JVM runs interpreted.
     */
    static final String[][] SELF_CHECK = {
            {"0", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
            {"1", "ca358758f6d27e6cf45272937977a748fd88391db679ceda7dc7bf1f005ee879"},
            {"55", "8aa994584139d128848eeebc4e815639ba5ab6e6e39574195a63ac4f14f7c43b"},
            {"56", "ad574708f75c044c9b85de64cb568ee7711ff4f36448c6242f053ba8f6cc2b63"},
            {"63", "280ed3e8ff1df845b2e7dfe6ac6cee817bef20e783cc65abc41b818b4d2fe076"},
            {"64", "c6ab9724ade5b6a7a1edfffb12f3aa9181351355af8fd08c919952ad211339dd"},
            {"65", "788367c73c7ddf4c53f65e68cc0d943e6227ab55b0e78ba63ace822b1c6301c0"},
            {"119", "3d610547d68216dedf7435a4fb6260353911f6b3fd3f18805ddb8be285d726fe"},
            {"120", "1f80156a804cb7862ad113e8200e9d74499723e7c7854d5f48776d3148e09656"},
            {"128", "cc548ca2dec1f6fe4f58b2e27aa9c7521607df1130d140b55a4dad0665302356"},
            {"300", "4ebe2a8bd5ece93fb899b68e8a5fe64464b2058a5ddca6c079bc907930aa3003"}};

    /** Bytes 7, 38, 69, ... (i * 31 + 7, modulo 256), 300 of them. */
    static byte[] selfCheckData() {
        byte[] data = new byte[300];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + 7);
        }
        return data;
    }

    /** Returns whether the library gives the digests of {@link #SELF_CHECK}, also from an offset into an array. */
    private static boolean selfCheck() {
        byte[] data = selfCheckData();
        byte[] shifted = new byte[data.length + 5];
        System.arraycopy(data, 0, shifted, 5, data.length);
        byte[] out = new byte[32];
        for (String[] check : SELF_CHECK) {
            int length = Integer.parseInt(check[0]);
            digest0(data, 0, length, out);
            if (!HexFormat.of().formatHex(out).equals(check[1])) {
                return false;
            }
            digest0(shifted, 5, length, out);
            if (!HexFormat.of().formatHex(out).equals(check[1])) {
                return false;
            }
        }
        return true;
    }

    /** The library, loaded the first time a digest is asked for (after every constant above is set). */
    private static final class Loaded {
        static final String IMPLEMENTATION = load();
        static final boolean NATIVE = IMPLEMENTATION.startsWith("native");
    }
}
