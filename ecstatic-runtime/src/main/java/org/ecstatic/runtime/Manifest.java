package org.ecstatic.runtime;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

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
    private final String hash;

    /**
     * What the manifest records of one hashed file.
     *
     * @param size      its length in bytes, or -1 when unknown (a Django manifest)
     * @param integrity its Subresource Integrity value ({@code sha256-<base64>}), or null when unknown
     * @param encodings the precompressed siblings that exist, e.g. {@code ["br", "gzip"]}; sorted, never null
     */
    public record FileEntry(long size, String integrity, List<String> encodings) {
        public FileEntry {
            encodings = encodings == null ? List.of() : List.copyOf(new java.util.TreeSet<>(encodings));
        }
    }

    private Manifest(SortedMap<String, String> paths, SortedMap<String, FileEntry> files) {
        this.paths = Collections.unmodifiableSortedMap(new TreeMap<>(paths));
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        this.hash = hashOf(this.paths);
    }

    /**
     * Returns a manifest of these entries.
     *
     * @throws IllegalArgumentException when a name is empty, starts with {@code /} or holds {@code \}
     */
    public static Manifest of(Map<String, String> paths, Map<String, FileEntry> files) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(files, "files");
        paths.forEach((logical, hashed) -> {
            checkName(logical);
            checkName(hashed);
        });
        files.keySet().forEach(Manifest::checkName);
        return new Manifest(new TreeMap<>(paths), new TreeMap<>(files));
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
        Document document;
        try (JsonParser parser = Json.createParser(new java.io.InputStreamReader(
                new NonClosingInputStream(in), StandardCharsets.UTF_8))) {
            document = Document.read(parser, source);
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new EcstaticException("The manifest " + source + " is not valid JSON at line "
                    + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + e.getMessage()
                    + ". Rebuild it with ecstatic:collect (or the ecstatic command line).", e);
        } catch (JsonException e) {
            throw new EcstaticException("The manifest " + source + " could not be read: " + e.getMessage()
                    + ". Rebuild it with ecstatic:collect (or the ecstatic command line).", e);
        }
        return fromJson(document, source);
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
        return hash;
    }

    /** Returns the number of logical names. */
    public int size() {
        return paths.size();
    }

    /** Returns the manifest as UTF-8 JSON: sorted keys, two-space indentation, a final newline. */
    public byte[] toJson() {
        StringBuilder json = new StringBuilder(64 + (paths.size() + files.size()) * 96);
        json.append("{\n  \"files\": {");
        String separator = "\n";
        for (Map.Entry<String, FileEntry> e : files.entrySet()) {
            FileEntry entry = e.getValue();
            json.append(separator).append("    ").append(quote(e.getKey())).append(": {");
            if (!entry.encodings().isEmpty()) {
                json.append("\"encodings\": [");
                for (int i = 0; i < entry.encodings().size(); i++) {
                    json.append(i == 0 ? "" : ", ").append(quote(entry.encodings().get(i)));
                }
                json.append("], ");
            }
            if (entry.integrity() != null) {
                json.append("\"integrity\": ").append(quote(entry.integrity())).append(", ");
            }
            json.append("\"size\": ").append(entry.size()).append('}');
            separator = ",\n";
        }
        json.append(files.isEmpty() ? "},\n" : "\n  },\n");
        json.append("  \"hash\": ").append(quote(hash)).append(",\n");
        json.append("  \"paths\": {");
        separator = "\n";
        for (Map.Entry<String, String> e : paths.entrySet()) {
            json.append(separator).append("    ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
            separator = ",\n";
        }
        json.append(paths.isEmpty() ? "},\n" : "\n  },\n");
        json.append("  \"version\": ").append(VERSION).append("\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
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
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            Files.write(tmp, toJson());
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
        return "Manifest[" + paths.size() + " paths, " + files.size() + " files, hash " + hash + "]";
    }

    // --- reading -----------------------------------------------------------------------------

    /**
     * The top level of a manifest as the streaming parser met it: the big {@code paths} and
     * {@code files} objects are kept as lists of members, not built into JSON objects, which halves
     * the time a large manifest takes to read. Checked afterwards in the same order as always.
     */
    private static final class Document {
        JsonValue version;
        Section paths;
        Section files;

        /** A top-level member: its members when it is an object, else the value itself. */
        record Section(List<Map.Entry<String, JsonValue>> members, JsonValue notAnObject) {
        }

        static Document read(JsonParser parser, String source) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw invalid(source, "the top level is " + describe(parser.getValue()) + ", expected an object");
            }
            Document document = new Document();
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String key = parser.getString();
                JsonParser.Event event = parser.next();
                switch (key) {
                    case "version" -> document.version = parser.getValue();
                    case "paths" -> document.paths = section(parser, event);
                    case "files" -> document.files = section(parser, event);
                    default -> parser.getValue();
                }
            }
            parser.hasNext();
            return document;
        }

        private static Section section(JsonParser parser, JsonParser.Event event) {
            if (event != JsonParser.Event.START_OBJECT) {
                return new Section(null, parser.getValue());
            }
            List<Map.Entry<String, JsonValue>> members = new java.util.ArrayList<>();
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String name = parser.getString();
                parser.next();
                members.add(Map.entry(name, parser.getValue()));
            }
            return new Section(members, null);
        }
    }

    private static Manifest fromJson(Document root, String source) {
        checkVersion(root.version, source);
        SortedMap<String, String> paths = new TreeMap<>();
        for (Map.Entry<String, JsonValue> member : members(root.paths, "paths", source, true)) {
            String logical = member.getKey();
            JsonValue value = member.getValue();
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw invalid(source, "paths.\"" + logical + "\" is " + describe(value) + ", expected a string");
            }
            paths.put(checkName(logical, source), checkName(((JsonString) value).getString(), source));
        }
        SortedMap<String, FileEntry> files = new TreeMap<>();
        List<Map.Entry<String, JsonValue>> filesJson = members(root.files, "files", source, false);
        if (filesJson == null) {
            paths.values().forEach(hashed -> files.put(hashed, new FileEntry(-1, null, List.of())));
        } else {
            filesJson.forEach(member -> files.put(checkName(member.getKey(), source),
                    fileEntry(member.getKey(), member.getValue(), source)));
        }
        return new Manifest(paths, files);
    }

    private static void checkVersion(JsonValue version, String source) {
        if (version == null) {
            throw invalid(source, "it has no \"version\"; expected \"version\": " + VERSION);
        }
        boolean ok = switch (version.getValueType()) {
            case NUMBER -> ((JsonNumber) version).isIntegral() && ((JsonNumber) version).intValue() == VERSION;
            // Django's staticfiles.json says "1.0" or "1.1"
            case STRING -> ((JsonString) version).getString().matches("1(\\.\\d+)?");
            default -> false;
        };
        if (!ok) {
            throw invalid(source, "its version is " + version + ", this runtime reads version " + VERSION
                    + " (and Django's \"1.x\"); upgrade ecstatic-runtime or rebuild the manifest");
        }
    }

    private static FileEntry fileEntry(String name, JsonValue value, String source) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid(source, "files.\"" + name + "\" is " + describe(value) + ", expected an object");
        }
        JsonObject o = value.asJsonObject();
        long size = -1;
        JsonValue sizeValue = o.get("size");
        if (sizeValue != null) {
            if (!(sizeValue instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 0) {
                throw invalid(source, "files.\"" + name + "\".size is " + sizeValue
                        + ", expected a whole number of bytes");
            }
            size = ((JsonNumber) sizeValue).longValue();
        }
        String integrity = null;
        JsonValue integrityValue = o.get("integrity");
        if (integrityValue != null) {
            if (!(integrityValue instanceof JsonString s) || !s.getString().startsWith("sha256-")) {
                throw invalid(source, "files.\"" + name + "\".integrity is " + integrityValue
                        + ", expected a string \"sha256-<base64>\"");
            }
            integrity = s.getString();
        }
        List<String> encodings = List.of();
        JsonValue encodingsValue = o.get("encodings");
        if (encodingsValue != null) {
            if (encodingsValue.getValueType() != JsonValue.ValueType.ARRAY) {
                throw invalid(source, "files.\"" + name + "\".encodings is " + describe(encodingsValue)
                        + ", expected an array such as [\"br\", \"gzip\"]");
            }
            JsonArray array = encodingsValue.asJsonArray();
            encodings = array.stream().map(v -> {
                if (!(v instanceof JsonString s) || !(s.getString().equals("br") || s.getString().equals("gzip"))) {
                    throw invalid(source, "files.\"" + name + "\".encodings holds " + v
                            + ", expected \"br\" or \"gzip\"");
                }
                return s.getString();
            }).toList();
        }
        return new FileEntry(size, integrity, encodings);
    }

    private static List<Map.Entry<String, JsonValue>> members(Document.Section section, String key, String source,
                                                              boolean required) {
        if (section == null) {
            if (required) {
                throw invalid(source, "it has no \"" + key + "\" object");
            }
            return null;
        }
        if (section.notAnObject() != null) {
            throw invalid(source, "\"" + key + "\" is " + describe(section.notAnObject()) + ", expected an object");
        }
        return section.members();
    }

    private static String checkName(String name, String source) {
        String problem = nameProblem(name);
        if (problem != null) {
            throw invalid(source, "the name \"" + name + "\" " + problem);
        }
        return name;
    }

    private static void checkName(String name) {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException("the name \"" + name + "\" " + problem);
        }
    }

    private static String nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "is empty";
        }
        if (name.startsWith("/")) {
            return "starts with '/'; names are relative to the static root";
        }
        if (name.indexOf('\\') >= 0) {
            return "holds '\\'; names use forward slashes";
        }
        return null;
    }

    private static EcstaticException invalid(String source, String what) {
        return new EcstaticException("The manifest " + source + " is not an Ecstatic manifest: " + what
                + ". Rebuild it with ecstatic:collect (or the ecstatic command line).");
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }

    // --- helpers ----------------------------------------------------------------------------

    private static String hashOf(SortedMap<String, String> paths) {
        var md = Digest.newSha256();
        paths.forEach((logical, hashed) -> {
            md.update(logical.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
            md.update(hashed.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        });
        return Digest.ofSha256(md.digest()).shortHex();
    }

    /** Returns {@code s} as a JSON string literal; non-ASCII characters stay as they are (UTF-8). */
    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
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
        return q.append('"').toString();
    }

    /** Lets a JSON reader be closed without closing the caller's stream. */
    private static final class NonClosingInputStream extends java.io.FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
