package org.ecstatic.tools;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * Listing a source directory, reading a source file whole and creating an output file with the
 * collector's {@link NativeLibrary}: {@code readdir} and {@code fstatat}; open, read or write,
 * {@code fstat}, close. A JVM started for one run goes through the JDK's file
 * channels in interpreted and C1 code, and copies each array through a temporary direct buffer, for
 * each of the thousands of files a collect reads and writes once.
 *
 * <p>Each method returns null (or {@link Created#FAILED}) where it could not do the work: the library is
 * not in use, the path cannot be given to it as the JDK would, or the system said no. The caller then
 * does the same with the JDK, whose exception makes the message. {@code -Decstatic.nativeFiles=false}
 * leaves all of it to the JDK.
 */
final class NativeFiles {
    /** The system property that turns the library's file access off. */
    static final String PROPERTY = "ecstatic.nativeFiles";

    /** Set by the tests, to compare what the JDK does with what the library does. */
    private static volatile boolean jdkOnly;

    private NativeFiles() {
    }

    /** Whether the library reads and creates the files (it is loaded, and not turned off). */
    static boolean inUse() {
        return Loaded.USABLE && !jdkOnly;
    }

    /** Leaves all the work to the JDK, or not, whatever the library could do: for the tests. */
    static void jdkOnly(boolean value) {
        jdkOnly = value;
    }

    /** What {@link #create} did. */
    enum Created {
        /** The file was created and written; its stamp is in the array. */
        WRITTEN,
        /** A file or directory of that name is there; nothing was touched. */
        EXISTS,
        /** Not done here: the JDK is to do it (and report why it cannot). */
        FAILED
    }

    /** Returns the bytes of the regular file {@code file}; null where the JDK is to read it. */
    static byte[] read(Path file) {
        byte[] path = inUse() ? bytes(file) : null;
        return path == null ? null : read0(path);
    }

    /**
     * Creates {@code file}, which must not exist, with the permissions the umask gives, and writes
     * {@code bytes}; on {@link Created#WRITTEN} puts its size and modification time in milliseconds into
     * {@code stamp}. A file it could not write whole is deleted again.
     */
    static Created create(Path file, byte[] bytes, long[] stamp) {
        byte[] path = inUse() ? bytes(file) : null;
        if (path == null) {
            return Created.FAILED;
        }
        return switch (create0(path, bytes, stamp)) {
            case 0 -> Created.WRITTEN;
            case 1 -> Created.EXISTS;
            default -> Created.FAILED;
        };
    }

    /**
     * What {@link #copy} did: the SHA-256 of the source, and the stamps of the two files it wrote.
     *
     * @param sha256   the 32 bytes of the source's SHA-256
     * @param original the size and time of the copy under the source's own name
     * @param hashed   the size and time of the copy under the hashed name
     */
    record Copy(byte[] sha256, CollectState.Written original, CollectState.Written hashed) {
    }

    /**
     * Copies the regular file {@code source} as it is to {@code original} and to {@code hashed}, a name
     * whose file name holds, from index {@code hashAt}, 12 characters that are replaced by the first 12
     * hex digits of the source's SHA-256. Neither may exist, and their directories must. Returns what it
     * did; null when it did nothing (whatever it created is deleted again), and the caller is to do it
     * with the JDK. Needs the library's SHA-256 in use: the one whose self-check passed.
     */
    static Copy copy(Path source, Path original, Path hashed, int hashAt) {
        if (!inUse() || !Sha256.isNative()) {
            return null;
        }
        byte[] from = bytes(source);
        byte[] to = bytes(original);
        byte[] toHashed = bytes(hashed);
        if (from == null || to == null || toHashed == null) {
            return null;
        }
        // where the hash goes in the bytes of the whole path: the file name comes last
        String name = hashed.getFileName().toString();
        int at = toHashed.length - encoded(name).length + encoded(name.substring(0, hashAt)).length;
        byte[] sha256 = new byte[32];
        long[] stamps = new long[4];
        if (copy0(from, to, toHashed, at, sha256, stamps) != 0) {
            return null;
        }
        return new Copy(sha256, new CollectState.Written(stamps[0], stamps[1]),
                new CollectState.Written(stamps[2], stamps[3]));
    }

    /**
     * The entries of a directory, symbolic links not followed: {@code names[i]} with its kind, and for a
     * regular file its size and modification time in milliseconds.
     */
    record Listing(String[] names, long[] stats) {
        static final int FILE = 1;
        static final int DIRECTORY = 2;
        static final int LINK = 3;

        /** Returns what entry {@code i} is: {@link #FILE}, {@link #DIRECTORY}, {@link #LINK}, or 0 for anything else. */
        int kind(int i) {
            return (int) stats[3 * i];
        }

        long size(int i) {
            return stats[3 * i + 1];
        }

        long modified(int i) {
            return stats[3 * i + 2];
        }
    }

    /**
     * Lists {@code dir} without following symbolic links, {@code .} and {@code ..} left out; null where
     * the JDK is to list it: the library is not in use, the directory cannot be listed, or a name is
     * not one the JDK would give as it is (not UTF-8, or outside ASCII where names are not UTF-8).
     */
    static Listing list(Path dir) {
        byte[] path = inUse() ? bytes(dir) : null;
        Object[] listed = path == null ? null : list0(path);
        if (listed == null) {
            return null;
        }
        long[] stats = (long[]) listed[0];
        byte[] names = (byte[]) listed[1];
        String[] strings = new String[stats.length / 3];
        int start = 0;
        for (int i = 0; i < strings.length; i++) {
            int end = start;
            boolean ascii = true;
            while (names[end] != 0) {
                ascii &= names[end] >= 0;
                end++;
            }
            if (!ascii && !Loaded.NAMES_IN_UTF8) {
                return null;
            }
            strings[i] = new String(names, start, end - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            start = end + 1;
        }
        return new Listing(strings, stats);
    }

    /** Returns the characters as the system is given them (see {@link #bytes}). */
    private static byte[] encoded(String chars) {
        return chars.getBytes(Loaded.NAMES_IN_UTF8 ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII);
    }

    /**
     * Returns the bytes the JDK gives the system for {@code file}'s absolute path: in the encoding of
     * file names ({@code sun.jnu.encoding}), when that is UTF-8 or the path is ASCII; null otherwise, and
     * for a file of another file system than the default one.
     */
    private static byte[] bytes(Path file) {
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return null; // a file system of its own (a zip file system, one in memory)
        }
        String path = file.toAbsolutePath().toString();
        if (Loaded.NAMES_IN_UTF8) {
            return path.getBytes(StandardCharsets.UTF_8);
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) >= 0x80) {
                return null;
            }
        }
        return path.getBytes(StandardCharsets.US_ASCII);
    }

    private static native byte[] read0(byte[] path);

    private static native int create0(byte[] path, byte[] bytes, long[] stamp);

    private static native Object[] list0(byte[] path);

    private static native int copy0(byte[] source, byte[] original, byte[] hashed, int hashAt, byte[] sha256, long[] stamps);

    private static boolean usable() {
        if (NativeLibrary.unusable(PROPERTY) != null) {
            return false;
        }
        try {
            read0(new byte[0]); // the empty path: no file, but the method is there
            return true;
        } catch (LinkageError e) {
            return false; // a library of an older build, without these methods
        }
    }

    /** Whether the library is in use, and how names are encoded, worked out when first asked. */
    private static final class Loaded {
        static final boolean USABLE = usable();
        static final boolean NAMES_IN_UTF8 = namesInUtf8();

        private static boolean namesInUtf8() {
            try {
                return Charset.forName(System.getProperty("sun.jnu.encoding", "")).equals(StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
