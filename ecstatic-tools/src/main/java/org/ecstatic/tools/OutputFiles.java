package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Names;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writing into the output directory, with messages that name the file and say what to do. Remembers
 * the directories it has made, so that a run of thousands of files asks for each directory once.
 */
final class OutputFiles {
    /** Whether the file system tells hard links apart (the "unix" attribute view: Linux, macOS). */
    private static final boolean UNIX_ATTRIBUTES = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    private final Set<Path> directories = ConcurrentHashMap.newKeySet();
    /** Copies of sources that were removed since the last run: they give way to what needs their place. */
    private final Set<Path> replaceable = ConcurrentHashMap.newKeySet();

    /**
     * Returns {@code name} resolved against the output directory, after checking that it is a plain
     * relative name ({@link Names}): nothing outside {@code output} is ever written, read or deleted,
     * whatever a jar, a state file or a manifest says.
     *
     * @throws EcstaticException naming the name, where it came from, and what is wrong with it
     */
    static Path inside(Path output, String name, String from) {
        String problem = Names.problem(name);
        if (problem != null) {
            throw new EcstaticException("Refused the name '" + name + "' from " + from + ": it " + problem
                    + ", so it could reach outside the output directory " + output + ". Nothing was written for it.");
        }
        return output.resolve(name);
    }

    /**
     * Lets {@code file}, the copy of a source removed since the last run, be deleted as soon as a new
     * file needs its place: a file that became a directory of the same name, or the other way round.
     */
    void mayReplace(Path file) {
        replaceable.add(file);
    }

    /**
     * Writes {@code bytes} to {@code file}, replacing it: a new file, so that one that shared its
     * inode with another (a hard link made by an earlier version) is never written through. Returns its
     * stamp, the size and modification time it was left with.
     */
    CollectState.Written write(Path file, byte[] bytes) {
        try {
            createDirectories(file.getParent());
            CollectState.Written stamp = createNew(file, bytes);
            if (stamp == null) {
                deleteFileOrGivingWayDirectory(file);
                stamp = createNew(file, bytes);
            }
            return stamp;
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /**
     * Writes a hashed file unless a file of that name and size is there: the name says the content is
     * too. Creating comes first, since in a full run nothing is there and the question costs a lookup.
     * Returns the stamp of the file written; null when the one there was kept.
     */
    CollectState.Written writeUnlessPresent(Path file, byte[] bytes) {
        try {
            createDirectories(file.getParent());
            CollectState.Written stamp = createNew(file, bytes);
            if (stamp != null) {
                return stamp;
            }
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length) {
                return null;
            }
            deleteFileOrGivingWayDirectory(file);
            return createNew(file, bytes);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /**
     * Copies {@code source} as it is to {@code original} and to its hashed sibling {@code hashed} with
     * the collector's library, in one pass ({@link NativeFiles#copy}); returns what it did, null when it
     * did nothing and the caller is to read and write the file itself.
     */
    NativeFiles.Copy copyAsItIs(Path source, Path original, Path hashed, int hashAt) {
        try {
            createDirectories(original.getParent());
        } catch (IOException e) {
            throw cannotWrite(original, e);
        }
        return NativeFiles.copy(source, original, hashed, hashAt);
    }

    /**
     * Creates {@code file} with {@code bytes}, with the collector's library where it is in use, else in
     * one write where the system allows; returns its stamp, null when a file of that name exists.
     */
    private static CollectState.Written createNew(Path file, byte[] bytes) throws IOException {
        long[] stamp = new long[2];
        switch (NativeFiles.create(file, bytes, stamp)) {
            case WRITTEN:
                return new CollectState.Written(stamp[0], stamp[1]);
            case EXISTS:
                return null;
            default:
                break;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (FileAlreadyExistsException e) {
            return null;
        }
        CollectState.Written written = stampOfCreated(file);
        return written != null ? written : NOT_AS_WRITTEN;
    }

    /**
     * Returns the size and modification time of {@code file} as it is now, or null when it is not a
     * regular file of its own: missing, a symbolic link, or sharing its inode with another file (a hard
     * link), which the collector never leaves in place.
     */
    static CollectState.Written stamp(Path file) {
        try {
            if (UNIX_ATTRIBUTES) {
                Map<String, Object> a = Files.readAttributes(file, "unix:isRegularFile,size,lastModifiedTime,nlink",
                        LinkOption.NOFOLLOW_LINKS);
                return Boolean.TRUE.equals(a.get("isRegularFile")) && ((Integer) a.get("nlink")) == 1
                        ? new CollectState.Written((Long) a.get("size"), ((FileTime) a.get("lastModifiedTime")).toMillis())
                        : null;
            }
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? new CollectState.Written(a.size(), a.lastModifiedTime().toMillis()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The stamp of a file that could not be looked at: no file has it, so the next run writes it again. */
    static final CollectState.Written NOT_AS_WRITTEN = new CollectState.Written(-1, -1);

    /**
     * Returns the size and time of {@code file}, just created by this run and so a file of its own
     * (fewer attributes to ask for than {@link #stamp} asks); null when it cannot be looked at.
     */
    private static CollectState.Written stampOfCreated(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? new CollectState.Written(a.size(), a.lastModifiedTime().toMillis()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Deletes {@code file} if it is there. A directory in its place (the removed file's name became a
     * directory in this run) is left, and so is a file under what is no longer a directory.
     */
    static void delete(Path file) {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (FileSystemException e) {
            Path parent = file.getParent();
            if (parent != null && Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
                return; // the directory became a file of the same name in this run
            }
            throw cannotDelete(file, e);
        } catch (IOException e) {
            throw cannotDelete(file, e);
        }
    }

    private static EcstaticException cannotDelete(Path file, IOException e) {
        return new EcstaticException("Could not delete " + file + ": " + e
                + ". Check that the output directory is writable.", e);
    }

    private void createDirectories(Path dir) throws IOException {
        if (directories.contains(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            Path blocker = existingAncestor(dir);
            if (!replaceable.contains(blocker)) {
                throw new EcstaticException("Could not write into " + dir + ": " + blocker + " is a file, where a "
                        + "directory must be. The collector did not write it; move it out of the output directory, "
                        + "or collect into an empty one. The manifest was left as it was.", e);
            }
            Files.deleteIfExists(blocker); // the copy of a removed source, now a directory of the same name
            Files.createDirectories(dir);
        }
        directories.add(dir);
    }

    /** Returns the nearest of {@code dir} and its ancestors that exists. */
    private static Path existingAncestor(Path dir) {
        Path p = dir;
        while (p.getParent() != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            p = p.getParent();
        }
        return p;
    }

    /**
     * Deletes {@code file}; when it is a directory (a source directory that became a file of the same
     * name), deletes it with what it holds if that is only the collector's own output: copies of removed
     * sources and hashed files with their compressed forms.
     */
    private void deleteFileOrGivingWayDirectory(Path file) throws IOException {
        if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(file);
            return;
        }
        List<Path> tree;
        try (Stream<Path> walk = Files.walk(file)) {
            tree = walk.sorted(Comparator.reverseOrder()).toList(); // what a directory holds before it
        }
        for (Path p : tree) {
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !replaceable.contains(p) && !isHashedOutput(p)) {
                throw new EcstaticException("Could not write " + file + ": a directory of that name holds " + p
                        + ", which the collector did not write. Move it out of the output directory, or collect "
                        + "into an empty one. The manifest was left as it was.");
            }
        }
        for (Path p : tree) {
            Files.delete(p);
            directories.remove(p);
        }
    }

    /** Whether the file is named as a hashed file, or as the compressed form of one, is. */
    private static boolean isHashedOutput(Path file) {
        String name = file.getFileName().toString();
        for (String encoding : List.of("br", "gzip")) {
            String suffix = Precompressor.suffix(encoding);
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        return HashedName.parse(name).isPresent();
    }

    private static EcstaticException cannotWrite(Path file, IOException e) {
        return new EcstaticException("Could not write " + file + ": " + e
                + ". Check that the output directory is writable; the manifest was left as it was.", e);
    }
}
