package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writing into the output directory, with messages that name the file and say what to do. Remembers
 * the directories it has made, so that a run of thousands of files asks for each directory once.
 */
final class OutputFiles {
    private final Set<Path> directories = ConcurrentHashMap.newKeySet();

    /**
     * Writes {@code bytes} to {@code file}, replacing it (never writing through a hard link into a
     * hashed file that shares it).
     */
    void write(Path file, byte[] bytes) {
        try {
            createDirectories(file.getParent());
            if (!writeNew(file, bytes)) {
                Files.delete(file);
                writeNew(file, bytes);
            }
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /**
     * Writes a hashed file unless a file of that name and size is there: the name says the content is
     * too. Creating comes first, since in a full run nothing is there and the question costs a lookup.
     */
    void writeUnlessPresent(Path file, byte[] bytes) {
        try {
            createDirectories(file.getParent());
            if (writeNew(file, bytes) || Files.size(file) == bytes.length) {
                return;
            }
            Files.delete(file);
            writeNew(file, bytes);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** Creates {@code file} with {@code bytes}, in one write where the system allows; false when it exists. */
    private static boolean writeNew(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /**
     * Makes {@code file} a hard link to {@code existing} (same bytes, no copy), or writes {@code bytes}
     * to it where the file system has no hard links.
     */
    void link(Path file, Path existing, byte[] bytes) {
        try {
            createDirectories(file.getParent());
            try {
                Files.createLink(file, existing);
            } catch (FileAlreadyExistsException e) {
                Files.delete(file);
                Files.createLink(file, existing);
            }
        } catch (UnsupportedOperationException | IOException e) {
            write(file, bytes);
        }
    }

    /** Deletes {@code file} if it is there. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new EcstaticException("Could not delete " + file + ": " + e
                    + ". Check that the output directory is writable.", e);
        }
    }

    /** Returns the bytes of {@code file}, or null when there is no such file. */
    static byte[] readIfPresent(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new EcstaticException("Could not read " + file + ": " + e + ". Check that it is readable.", e);
        }
    }

    private void createDirectories(Path dir) throws IOException {
        if (!directories.contains(dir)) {
            Files.createDirectories(dir);
            directories.add(dir);
        }
    }

    private static EcstaticException cannotWrite(Path file, IOException e) {
        return new EcstaticException("Could not write " + file + ": " + e
                + ". Check that the output directory is writable; the manifest was left as it was.", e);
    }
}
