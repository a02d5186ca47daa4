package org.ecstatic.tools;

import org.ecstatic.runtime.manifest.Digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The fixture trees under {@code src/test/resources/collect}, copied into a temporary directory so
 * that a test may change them (read from the source tree: Maven's resource copying leaves out names
 * such as {@code CVS} and {@code *~} that the tests need).
 */
public final class Fixtures {
    public static final Path ROOT = Path.of("src/test/resources/collect");

    private Fixtures() {
    }

    /** Copies the fixture {@code name} to {@code target}, keeping modification times, and returns {@code target}. */
    public static Path copy(String name, Path target) {
        copyTree(ROOT.resolve(name), target, StandardCopyOption.COPY_ATTRIBUTES);
        return target;
    }

    /** Copies every directory and file below {@code from} to {@code to} with {@link Files#copy}. */
    public static void copyTree(Path from, Path to, CopyOption... options) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, options);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the 12 hex digits of the SHA-256 of {@code file}. */
    public static String hashOf(Path file) {
        try {
            return Digest.of(Files.readAllBytes(file)).shortHex();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the 12 hex digits of the SHA-256 of {@code text} in UTF-8. */
    public static String hashOf(String text) {
        return Digest.of(text.getBytes(StandardCharsets.UTF_8)).shortHex();
    }

    /** Returns the file as UTF-8 text. */
    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to {@code file}, creating its directories. */
    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns every file below {@code dir} as sorted relative paths with forward slashes. */
    public static java.util.List<String> tree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ends {@code bytes}, a collector state, with the CRC-32C of the rest again, as a state that was
     * changed on purpose would (the checksum finds damage, not tampering), and writes them to {@code file}.
     */
    public static void writeWithChecksum(Path file, byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        java.nio.ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
