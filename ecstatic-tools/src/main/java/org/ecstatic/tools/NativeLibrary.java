package org.ecstatic.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * The collector's JNI library, {@code libecstatic-native.so}: the SHA-256 of {@link Sha256} and the
 * JavaScript scanner of {@link NativeJsScanner}, the two loops over every byte of a collect that a
 * short-lived JVM runs slowly. The jar carries it where it was built with {@code gcc} (Linux on
 * x86-64); loaded once, from the collector's cache. Each user checks what it uses before relying on it,
 * and falls back to its Java code when the library is not loaded: nothing but speed depends on it.
 */
final class NativeLibrary {
    /** The system property that turns the library off, for everything that uses it. */
    static final String PROPERTY = "ecstatic.native";

    private NativeLibrary() {
    }

    /** Why the library is not loaded (no library for the platform, a property, an error); null when it is. */
    static String problem() {
        return Loaded.PROBLEM;
    }

    /**
     * Returns why a user of the library cannot use it: {@code property} (its own switch) is false, or the
     * library is not loaded; null when it can.
     */
    static String unusable(String property) {
        if (!Boolean.parseBoolean(System.getProperty(property, "true"))) {
            return property + "=false";
        }
        return problem();
    }

    /** Loads the library; returns why it was not loaded, null when it was. */
    private static String load() {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return PROPERTY + "=false";
        }
        try {
            String resource = resource();
            byte[] library = resource == null ? null : read(resource);
            if (library == null) {
                return "no library for " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
            }
            System.load(placed(library).toString());
            return null;
        } catch (IOException | RuntimeException | LinkageError e) {
            return e.toString();
        }
    }

    /** Returns the class path resource of the library for this platform; null for a platform it is not built for. */
    static String resource() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.startsWith("linux")) {
            return null;
        }
        String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "aarch64" : null;
        return cpu == null ? null : "native/linux-" + cpu + "/libecstatic-native.so";
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /**
     * Returns a file that holds {@code library}: in the collector's cache ({@link CollectOptions#userCache()},
     * directory {@code native}) under a name made of its checksum and size, written once and then
     * loaded from there, after its bytes were compared with the jar's; else a temporary file deleted when
     * the JVM exits.
     */
    private static Path placed(byte[] library) throws IOException {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(library);
        String name = "libecstatic-native-" + Long.toHexString(crc.getValue()) + "-" + library.length + ".so";
        Path dir = cacheDirectory();
        if (dir != null) {
            try {
                Path file = dir.resolve(name);
                if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), library)) {
                    return file;
                }
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, name, ".tmp");
                try {
                    Files.write(tmp, library);
                    try {
                        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(tmp);
                }
                return file;
            } catch (IOException | SecurityException e) {
                // a cache that cannot be written: a temporary file will do
            }
        }
        Path tmp = Files.createTempFile(name, null);
        tmp.toFile().deleteOnExit();
        Files.write(tmp, library);
        return tmp;
    }

    /** Returns the directory for the library in the collector's cache; null when there is no usable home. */
    private static Path cacheDirectory() {
        Path cache = CollectOptions.userCache().resolve("native");
        return cache.isAbsolute() ? cache : null;
    }

    /** The library, loaded when first asked for. */
    private static final class Loaded {
        static final String PROBLEM = load();
    }
}
