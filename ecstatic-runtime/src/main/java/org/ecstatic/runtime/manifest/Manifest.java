package org.ecstatic.runtime.manifest;

import org.ecstatic.runtime.EcstaticException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The manifest, version 1: logical names mapped to their current hashed names ({@code paths}) and
 * every hashed file that may be served as immutable ({@code files}), current and kept older versions.
 * Immutable; its JSON form has sorted keys and no timestamps, so identical inputs give identical bytes.
 *
 * <pre>{@code
 * Manifest m = Manifest.read(Path.of("target/static/manifest.json"));
 * m.hashedName("css/site.css");          // "css/site.3f2a1b9c0d4e.css", or null when not listed
 * m.file("css/site.3f2a1b9c0d4e.css");   // its size, integrity and encodings, or null
 * }</pre>
 *
 * A Django {@code staticfiles.json} ({@code "version": "1.1"}, no {@code files}) is read too: its
 * current hashed names become {@code files} entries of unknown size ({@code -1}) and integrity.
 */
public final class Manifest {
    /** The format version this class writes. */
    public static final int VERSION = 1;

    private final SortedMap<String, String> paths;
    private final SortedMap<String, FileEntry> files;
    private String hash; // worked out when first asked for: loading a manifest does not need it

    /**
     * What the manifest records of one hashed file.
     *
     * @param size      its length in bytes, or -1 when unknown (a Django manifest)
     * @param integrity its Subresource Integrity value ({@code sha256-<base64>}), or null when unknown
     * @param encodings the precompressed siblings that exist, e.g. {@code ["br", "gzip"]}; sorted, never null
     * @param imports   for a JavaScript module, the hashed names (relative to the static root, as the keys
     *                  of {@code files}) of the modules it imports statically; sorted, never null, empty
     *                  for every other file. Written as the optional member {@code "imports"}, which
     *                  readers that do not know it skip.
     */
    public record FileEntry(long size, String integrity, List<String> encodings, List<String> imports) {
        public FileEntry {
            encodings = sortedWithoutRepeats(encodings);
            imports = sortedWithoutRepeats(imports);
        }

        /** Returns an entry of a file that imports no module. */
        public FileEntry(long size, String integrity, List<String> encodings) {
            this(size, integrity, encodings, List.of());
        }

        private static List<String> sortedWithoutRepeats(List<String> names) {
            if (names == null) {
                return List.of();
            }
            for (int i = 1; i < names.size(); i++) {
                if (names.get(i - 1).compareTo(names.get(i)) >= 0) {
                    return List.copyOf(new TreeSet<>(names));
                }
            }
            return List.copyOf(names); // no copy when the list is already an immutable one
        }
    }

    private Manifest(TreeMap<String, String> paths, TreeMap<String, FileEntry> files) {
        this.paths = Collections.unmodifiableSortedMap(paths);
        this.files = Collections.unmodifiableSortedMap(files);
    }

    /**
     * Returns a manifest of these entries.
     *
     * @throws IllegalArgumentException when a name is not a plain relative name ({@link Names})
     */
    public static Manifest of(Map<String, String> paths, Map<String, FileEntry> files) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(files, "files");
        paths.forEach((logical, hashed) -> {
            checkName(logical);
            checkName(hashed);
        });
        files.forEach((hashed, entry) -> {
            checkName(hashed);
            entry.imports().forEach(Manifest::checkName);
        });
        return new Manifest(new TreeMap<>(paths), new TreeMap<>(files));
    }

    /** Returns a manifest over these maps, which it takes over; the caller has checked the names. */
    static Manifest taking(TreeMap<String, String> paths, TreeMap<String, FileEntry> files) {
        return new Manifest(paths, files);
    }

    /** Returns a manifest with no entries. */
    public static Manifest empty() {
        return new Manifest(new TreeMap<>(), new TreeMap<>());
    }

    /**
     * Reads a manifest from {@code in}; {@code source} names it in error messages (a path or a
     * classpath resource). The stream is not closed.
     *
     * @throws EcstaticException naming {@code source}, the line and column and what was expected,
     *                           when the JSON is malformed or not a manifest
     */
    public static Manifest parse(InputStream in, String source) {
        return ManifestReader.parse(in, source);
    }

    /** Parses a manifest held in a string; see {@link #parse(InputStream, String)}. */
    public static Manifest parse(String json, String source) {
        return parse(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }

    /**
     * Reads the manifest at {@code file}.
     *
     * @throws EcstaticException when the file is missing, unreadable or not a manifest
     */
    public static Manifest read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new EcstaticException("The manifest " + file + " does not exist. Run ecstatic:collect "
                    + "(or the ecstatic command line) to write it, or point ecstatic.manifest at it.", e);
        } catch (IOException e) {
            throw new EcstaticException("The manifest " + file + " could not be read: " + e, e);
        }
    }

    /** Returns logical name to current hashed name, sorted by logical name; never null. */
    public SortedMap<String, String> paths() {
        return paths;
    }

    /** Returns every hashed file the filter may serve as immutable, sorted by name; never null. */
    public SortedMap<String, FileEntry> files() {
        return files;
    }

    /** Returns the current hashed name of a logical name, or null when the manifest does not list it. */
    public String hashedName(String logicalName) {
        return paths.get(logicalName);
    }

    /** Returns what the manifest records of a hashed file, or null when it is not listed. */
    public FileEntry file(String hashedName) {
        return files.get(hashedName);
    }

    /** Returns the 12 hex digits that identify the sorted {@code paths}: equal paths, equal hash. */
    public String hash() {
        String h = hash;
        if (h == null) {
            h = hashOf(paths); // a race only works it out twice: equal paths, equal hash
            hash = h;
        }
        return h;
    }

    /** Returns the number of logical names. */
    public int size() {
        return paths.size();
    }

    /** Returns the manifest as UTF-8 JSON: sorted keys, two-space indentation, a final newline. */
    public byte[] toJson() {
        StringBuilder json = new StringBuilder(jsonLength());
        json.append("{\n  \"files\": {");
        String separator = "\n";
        for (Map.Entry<String, FileEntry> e : files.entrySet()) {
            FileEntry entry = e.getValue();
            appendQuoted(json.append(separator).append("    "), e.getKey()).append(": {");
            appendList(json, "encodings", entry.encodings());
            appendList(json, "imports", entry.imports());
            if (entry.integrity() != null) {
                appendQuoted(json.append("\"integrity\": "), entry.integrity()).append(", ");
            }
            json.append("\"size\": ").append(entry.size()).append('}');
            separator = ",\n";
        }
        json.append(files.isEmpty() ? "},\n" : "\n  },\n");
        json.append("  \"hash\": ").append(quote(hash())).append(",\n");
        json.append("  \"paths\": {");
        separator = "\n";
        for (Map.Entry<String, String> e : paths.entrySet()) {
            appendQuoted(appendQuoted(json.append(separator).append("    "), e.getKey()).append(": "), e.getValue());
            separator = ",\n";
        }
        json.append(paths.isEmpty() ? "},\n" : "\n  },\n");
        json.append("  \"version\": ").append(VERSION).append("\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * About the length of {@link #toJson()}, from the lengths of the names, so that its builder is seldom
     * made again larger: a manifest of thousands of files with their imports takes megabytes, and each
     * copy is one more large array for the garbage collector.
     */
    private int jsonLength() {
        long length = 64;
        for (Map.Entry<String, FileEntry> e : files.entrySet()) {
            FileEntry entry = e.getValue();
            length += e.getKey().length() + 40 + (entry.integrity() == null ? 0 : entry.integrity().length() + 17);
            for (String encoding : entry.encodings()) {
                length += encoding.length() + 20;
            }
            for (String name : entry.imports()) {
                length += name.length() + 16;
            }
        }
        for (Map.Entry<String, String> e : paths.entrySet()) {
            length += e.getKey().length() + e.getValue().length() + 12;
        }
        return (int) Math.min(length, Integer.MAX_VALUE - 64);
    }

    /** Writes {@link #toJson()} to {@code out}; the stream is not closed. */
    public void write(OutputStream out) {
        try {
            out.write(toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the manifest to {@code file} atomically: to a temporary file beside it, then moved into
     * place, so a reader sees the old manifest or the new one, never a part of either. On failure the
     * previous file is left as it was.
     *
     * @throws EcstaticException when the file cannot be written
     */
    public void writeAtomically(Path file) {
        writeAtomically(file, toJson());
    }

    /**
     * Writes the manifest to {@code file} as {@link #writeAtomically(Path)} does, unless the file holds
     * exactly {@link #toJson()} already: then it is left as it was, time and all.
     *
     * @return whether the file was written
     * @throws EcstaticException when the file cannot be read or written
     */
    public boolean writeAtomicallyIfChanged(Path file) {
        byte[] json = toJson();
        byte[] current;
        try {
            current = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            current = null;
        } catch (IOException e) {
            throw new EcstaticException("Could not read " + file + ": " + e + ". Check that it is readable.", e);
        }
        if (Arrays.equals(json, current)) {
            return false;
        }
        writeAtomically(file, json);
        return true;
    }

    private static void writeAtomically(Path file, byte[] json) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = newTemporaryFile(dir, file.getFileName().toString());
            Files.write(tmp, json);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new EcstaticException("Could not write the manifest " + file + ": " + e
                    + ". The previous manifest, if any, is unchanged.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is named so that it is excluded from a later collect
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Manifest other && paths.equals(other.paths) && files.equals(other.files);
    }

    @Override
    public int hashCode() {
        return Objects.hash(paths, files);
    }

    @Override
    public String toString() {
        return "Manifest[" + paths.size() + " paths, " + files.size() + " files, hash " + hash() + "]";
    }

    private static void checkName(String name) {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException("the name \"" + name + "\" " + problem);
        }
    }

    /**
     * Creates an empty temporary file in {@code dir} with the permissions every new file gets (what the
     * umask leaves), not the owner-only ones of {@link Files#createTempFile}: the manifest is read by
     * the container, which may run as another user.
     */
    private static Path newTemporaryFile(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** Returns what is wrong with a name, completing "the name "x" ...", or null when it is fine ({@link Names}). */
    static String nameProblem(String name) {
        return Names.problem(name);
    }

    // --- helpers ----------------------------------------------------------------------------

    private static String hashOf(SortedMap<String, String> paths) {
        // the lines written out first and hashed in one call: a call for each name costs more than the hashing
        StringBuilder lines = new StringBuilder(paths.size() * 64);
        paths.forEach((logical, hashed) -> lines.append(logical).append('\n').append(hashed).append('\n'));
        return Digest.of(lines.toString().getBytes(StandardCharsets.UTF_8)).shortHex();
    }

    /** Appends {@code "key": [...], } for a list that is not empty; nothing for an empty one. */
    private static void appendList(StringBuilder json, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        json.append('"').append(key).append("\": [");
        for (int i = 0; i < values.size(); i++) {
            appendQuoted(json.append(i == 0 ? "" : ", "), values.get(i));
        }
        json.append("], ");
    }

    /** Returns {@code s} as a JSON string literal; non-ASCII characters stay as they are (UTF-8). */
    static String quote(String s) {
        return appendQuoted(new StringBuilder(s.length() + 2), s).toString();
    }

    /**
     * Appends {@code s} as a JSON string. A name with nothing to escape, which is nearly every one, is
     * appended whole rather than character by character: in a new JVM (a command line run) the loop
     * of the other way runs interpreted for many of the thousands of names.
     */
    private static StringBuilder appendQuoted(StringBuilder json, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x2028 || c == 0x2029) {
                return appendEscaped(json, s);
            }
        }
        return json.append('"').append(s).append('"');
    }

    private static StringBuilder appendEscaped(StringBuilder q, String s) {
        q.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"');
    }
}
