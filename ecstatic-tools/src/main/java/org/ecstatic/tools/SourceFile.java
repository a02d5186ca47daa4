package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One file found in a source: its logical path, where it comes from, its size and modification time.
 *
 * @param logical  the path below the static root, forward slashes, e.g. {@code css/site.css}
 * @param origin   where the bytes are: a file, or an entry of a jar
 * @param size     the length in bytes
 * @param modified the modification time in milliseconds since the epoch
 */
record SourceFile(String logical, Origin origin, long size, long modified) {

    /** Where the bytes of a source file are. */
    sealed interface Origin permits InDirectory, InJar {
        /** Returns all bytes. */
        byte[] read() throws IOException;

        /** Returns the file or jar entry, as a user would name it in a message. */
        String describe();
    }

    /** A file in a source directory. */
    record InDirectory(Path file) implements Origin {
        @Override
        public byte[] read() throws IOException {
            byte[] bytes = NativeFiles.read(file);
            return bytes != null ? bytes : Files.readAllBytes(file);
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }

    /** An entry below {@code META-INF/resources/} of a jar, open for the run (a {@link ZipFile} reads from many threads). */
    record InJar(ZipFile jar, ZipEntry entry) implements Origin {
        @Override
        public byte[] read() throws IOException {
            try (InputStream in = jar.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }

        @Override
        public String describe() {
            return jar.getName() + "!/" + entry.getName();
        }
    }

    /** Returns all bytes of the file. */
    byte[] read() {
        try {
            return origin.read();
        } catch (IOException e) {
            throw new EcstaticException("Could not read the source file " + origin.describe() + ": " + e
                    + ". Check that it is readable.", e);
        }
    }
}
