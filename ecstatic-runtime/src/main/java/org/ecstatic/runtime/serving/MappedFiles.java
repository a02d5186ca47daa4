package org.ecstatic.runtime.serving;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Content-addressed files on disk, each mapped into memory once, for a container that writes a
 * {@link ByteBuffer} to the socket without copying it (as Jetty's own file serving does with its
 * mapped buffers). Only files whose names carry their hash are mapped: they never change, so a mapping
 * is never stale. A mapping takes address space and page cache, not heap; at most {@link #MAX_FILES}
 * files are mapped, and the others are sent as before.
 */
final class MappedFiles {
    /** The most files mapped at once: well within the 65,530 mappings a Linux process may have by default. */
    static final int MAX_FILES = 4096;

    private final ConcurrentHashMap<Path, ByteBuffer> mapped = new ConcurrentHashMap<>();

    /**
     * Returns {@code count} bytes of {@code file} from {@code first}, as a read-only buffer of its own;
     * null when the file is not {@code length} bytes long (it changed since it was indexed), cannot be
     * mapped, or {@link #MAX_FILES} are mapped already.
     */
    ByteBuffer slice(Path file, long length, long first, long count) {
        ByteBuffer whole = mapped.get(file);
        if (whole == null) {
            if (mapped.size() >= MAX_FILES || length > Integer.MAX_VALUE) {
                return null;
            }
            whole = map(file, length);
            if (whole == null) {
                return null;
            }
            ByteBuffer earlier = mapped.putIfAbsent(file, whole);
            whole = earlier != null ? earlier : whole;
        }
        return whole.slice((int) first, (int) count);
    }

    /** Returns the number of files mapped. */
    int size() {
        return mapped.size();
    }

    private static ByteBuffer map(Path file, long length) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() != length) {
                return null;
            }
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, length).asReadOnlyBuffer();
        } catch (IOException | UnsupportedOperationException e) {
            return null; // sent the portable way instead
        }
    }
}
