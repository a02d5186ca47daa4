package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Names;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of all sources by logical path. The first source that has a logical path wins, like
 * Django's finders: the directories in the order given, then the jars in the order given, each
 * listed in name order; the later ones are recorded as shadowed. Every name is checked before
 * anything is written: a jar entry whose name could leave the output directory (absolute, with a
 * {@code ..}, {@code .} or empty segment, a backslash or a NUL) stops the run, and so does a file
 * named like the hashed copy of another (an impostor that would overwrite it, or be overwritten) or like
 * a directory of another.
 */
final class Sources implements AutoCloseable {
    private static final String RESOURCES = "META-INF/resources/";

    private final Globs excludes;
    private final Map<String, SourceFile> files = new LinkedHashMap<>();
    private final List<CollectReport.Shadowed> shadowed = new ArrayList<>();
    private final List<ZipFile> jars = new ArrayList<>();
    /** The symbolic links met in source directories, which are not followed, sorted once listed. */
    private final List<String> links = java.util.Collections.synchronizedList(new ArrayList<>());

    private Sources(Globs excludes) {
        this.excludes = excludes;
    }

    /**
     * Lists the files of the directories and then the jars, skipping excluded names. The jars stay
     * open until {@link #close()}.
     *
     * @throws EcstaticException when a source does not exist or cannot be read
     */
    static Sources scan(List<Path> directories, List<Path> jars, Globs excludes) {
        Sources sources = new Sources(excludes);
        try {
            directories.forEach(sources::addDirectory);
            jars.forEach(sources::addJar);
            sources.refuseHashedLookalikes();
            sources.refuseFilesNamedLikeDirectories();
        } catch (RuntimeException e) {
            sources.close();
            throw e;
        }
        return sources;
    }

    /** Returns the winning file of each logical path, in the order found. */
    Map<String, SourceFile> files() {
        return files;
    }

    /** Returns the symbolic links met in the source directories, each as {@code path -> target}, sorted. */
    List<String> links() {
        List<String> sorted = new ArrayList<>(links);
        sorted.sort(null);
        return sorted;
    }

    /** Returns the logical paths also found in later sources, with those sources. */
    List<CollectReport.Shadowed> shadowed() {
        return shadowed;
    }

    private void add(SourceFile file) {
        refuseTooLongForItsHashedCopy(file);
        SourceFile winner = files.putIfAbsent(file.logical(), file);
        if (winner != null) {
            shadowed.add(new CollectReport.Shadowed(file.logical(), winner.origin().describe(), file.origin().describe()));
        }
    }

    private void addDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new EcstaticException("The source directory " + root + " does not exist. "
                    + "Create it or remove it from the sources.");
        }
        List<SourceFile> found = walk(root);
        found.sort((a, b) -> a.logical().compareTo(b.logical()));
        found.forEach(this::add);
    }

    /**
     * Returns the regular files under {@code root}, skipping excluded names and not following symbolic
     * links. The directories of each level are listed in parallel (on a run that finds nothing changed,
     * listing is most of the work), one level after the other: a parallel stream started inside the
     * task of another can spin forever on Java 17 when the two wait for each other's tasks
     * ({@code ForkJoinPool$WorkQueue.helpComplete}), so none is nested here.
     */
    private List<SourceFile> walk(Path root) {
        List<SourceFile> found = new ArrayList<>();
        List<Listing> level = List.of(list(new Directory(root, "")));
        while (!level.isEmpty()) {
            List<Directory> next = new ArrayList<>();
            for (Listing listing : level) {
                found.addAll(listing.files());
                next.addAll(listing.directories());
            }
            level = next.size() == 1 ? List.of(list(next.get(0))) : next.parallelStream().map(this::list).toList();
        }
        return found;
    }

    /** A source directory and its logical path ({@code ""} for the root, else ending in {@code /}). */
    private record Directory(Path path, String prefix) {
    }

    /** What one directory holds: its regular files and its subdirectories. */
    private record Listing(List<SourceFile> files, List<Directory> directories) {
    }

    /** Lists one directory: with the collector's library where it is in use ({@link NativeFiles#list}), else with the JDK. */
    private Listing list(Directory dir) {
        NativeFiles.Listing listed = NativeFiles.list(dir.path());
        if (listed == null) {
            return listWithTheJdk(dir);
        }
        List<SourceFile> files = new ArrayList<>();
        List<Directory> directories = new ArrayList<>();
        for (int i = 0; i < listed.names().length; i++) {
            String name = listed.names()[i];
            String logical = dir.prefix() + name;
            if (excludes.matches(logical)) {
                continue;
            }
            Path entry = dir.path().resolve(name);
            switch (listed.kind(i)) {
                case NativeFiles.Listing.LINK -> link(dir, entry);
                case NativeFiles.Listing.DIRECTORY -> directories.add(new Directory(entry, logical + "/"));
                case NativeFiles.Listing.FILE -> {
                    refuseUnplainName(logical, entry);
                    files.add(new SourceFile(logical, new SourceFile.InDirectory(entry), listed.size(i), listed.modified(i)));
                }
                default -> {
                    // a device, a pipe or a socket: not a static file
                }
            }
        }
        return new Listing(files, directories);
    }

    /** Records a symbolic link met in {@code dir}, which is not followed. */
    private void link(Directory dir, Path entry) {
        try {
            links.add(entry + " -> " + Files.readSymbolicLink(entry));
        } catch (IOException e) {
            throw cannotList(dir, e);
        }
    }

    private static EcstaticException cannotList(Directory dir, IOException e) {
        return new EcstaticException("Could not list the source directory " + dir.path() + ": " + e
                + ". Check that it is readable.", e);
    }

    private Listing listWithTheJdk(Directory dir) {
        List<SourceFile> files = new ArrayList<>();
        List<Directory> directories = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir.path())) {
            for (Path entry : entries) {
                String logical = dir.prefix() + entry.getFileName();
                BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (excludes.matches(logical)) {
                    continue;
                }
                if (attrs.isSymbolicLink()) {
                    link(dir, entry);
                } else if (attrs.isDirectory()) {
                    directories.add(new Directory(entry, logical + "/"));
                } else if (attrs.isRegularFile()) {
                    refuseUnplainName(logical, entry);
                    files.add(new SourceFile(logical, new SourceFile.InDirectory(entry), attrs.size(),
                            attrs.lastModifiedTime().toMillis()));
                }
            }
        } catch (IOException e) {
            throw cannotList(dir, e);
        }
        return new Listing(files, directories);
    }

    private void addJar(Path jar) {
        ZipFile zip;
        try {
            zip = new ZipFile(jar.toFile());
        } catch (IOException e) {
            throw new EcstaticException("Could not read the jar " + jar + ": " + e
                    + ". Check that it exists and is a jar, or leave it out of the sources.", e);
        }
        jars.add(zip);
        List<SourceFile> found = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory() && name.startsWith(RESOURCES) && name.length() > RESOURCES.length()) {
                String logical = name.substring(RESOURCES.length());
                String problem = Names.problem(logical);
                if (problem != null) {
                    throw new EcstaticException("The jar " + jar + " holds the entry '" + name + "', whose name below "
                            + RESOURCES + " " + problem + ", so it could be written outside the output directory. "
                            + "Nothing was written. Take the jar out of the sources (--jar, or webJars=false for "
                            + "dependencies), or rebuild it without that entry.");
                }
                if (!excludes.matchesAnyName(logical)) {
                    found.add(new SourceFile(logical, new SourceFile.InJar(zip, entry), entry.getSize(), entry.getTime()));
                }
            }
        }
        found.sort((a, b) -> a.logical().compareTo(b.logical()));
        found.forEach(this::add);
    }

    /** The most bytes a file name may have on the common file systems (ext4, XFS, APFS, NTFS in UTF-16 units). */
    static final int MAX_NAME_BYTES = 255;
    /** What the collector adds to a name at most: {@code .<12 hex>} and a {@code .gz} or {@code .br}. */
    private static final int ADDED_BYTES = 13 + 3;

    /** Refuses a file whose hashed copy, or its compressed form, would have a name longer than a file system allows. */
    private static void refuseTooLongForItsHashedCopy(SourceFile file) {
        String name = file.logical().substring(file.logical().lastIndexOf('/') + 1);
        int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes + ADDED_BYTES > MAX_NAME_BYTES) {
            throw new EcstaticException("The source file " + file.origin().describe() + " has a name of " + bytes
                    + " bytes; its hashed copy and compressed forms would have up to " + (bytes + ADDED_BYTES)
                    + ", more than the " + MAX_NAME_BYTES + " a file name may have. Rename it (or exclude it); "
                    + "nothing was written.");
        }
    }

    private static void refuseUnplainName(String logical, Path file) {
        String problem = Names.problem(logical);
        if (problem != null) {
            throw new EcstaticException("The source file " + file + " has the name '" + logical + "', which " + problem
                    + ". Rename it; nothing was written.");
        }
    }

    /**
     * Refuses a file whose name carries a hash ({@code a.74d94aede163.css}) beside a file with that name
     * without it ({@code a.css}): the collector writes the hashed copy of {@code a.css} under such a name,
     * so which bytes end up there would depend on the order of writing.
     */
    private void refuseHashedLookalikes() {
        for (SourceFile file : files.values()) {
            String unhashed = HashedName.strip(file.logical());
            SourceFile other = unhashed.equals(file.logical()) ? null : files.get(unhashed);
            if (other != null) {
                throw Collector.impostor(file.origin().describe(), other.origin().describe(), unhashed);
            }
        }
    }

    /**
     * Refuses a file whose name is a directory of another file's name ({@code img} beside
     * {@code img/logo.png}, say a jar entry beside a source directory): the output cannot hold both.
     */
    private void refuseFilesNamedLikeDirectories() {
        for (SourceFile file : files.values()) {
            String logical = file.logical();
            for (int slash = logical.indexOf('/'); slash >= 0; slash = logical.indexOf('/', slash + 1)) {
                SourceFile named = files.get(logical.substring(0, slash));
                if (named != null) {
                    throw new EcstaticException("The source file " + named.origin().describe() + " is named like the "
                            + "directory of " + file.origin().describe() + " (" + logical + "): the output cannot "
                            + "hold a file and a directory of one name. Rename or exclude one of them; nothing was written.");
                }
            }
        }
    }

    /** Closes the jars opened by {@link #scan}; their files cannot be read after this. */
    @Override
    public void close() {
        for (ZipFile zip : jars) {
            try {
                zip.close();
            } catch (IOException e) {
                // nothing was written through it; closing a reader does not lose data
            }
        }
    }
}
