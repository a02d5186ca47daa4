package org.ecstatic.runtime.manifest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import org.ecstatic.runtime.EcstaticException;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the JSON form of a {@link Manifest} with the streaming parser of Jakarta JSON Processing
 * (Eclipse Parsson). The large {@code paths} and {@code files} objects are walked event by event: no
 * JSON object or array is built for a well-formed member, only the names, sizes, integrity values and
 * encodings the manifest keeps (a size is read as a {@code JsonNumber}, which checks it exactly).
 *
 * <p>What makes a document "not an Ecstatic manifest" is noted where it is met but reported only after
 * the whole document has been read as JSON, and in a fixed order: the version, then {@code paths},
 * then {@code files}, each at its first bad member in document order. So malformed JSON anywhere is
 * reported before anything else, and the message does not depend on the order of the top-level
 * members. Of a repeated name the last one counts, as in a JSON object; the earlier ones are checked
 * all the same.
 */
final class ManifestReader {
    /** Made once: {@code Json.createParser} looks the JSON provider up again on every call. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final String REBUILD = ". Rebuild it with ecstatic:collect (or the ecstatic command line).";
    private static final List<String> BR = List.of("br");
    private static final List<String> GZIP = List.of("gzip");
    private static final List<String> BR_GZIP = List.of("br", "gzip");

    private final JsonParser parser;
    private final String source;
    private JsonValue version;
    private Members<String> paths;
    private Members<Manifest.FileEntry> files;

    private ManifestReader(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /**
     * Returns the manifest read from {@code in} (UTF-8; not closed); {@code source} names it in messages.
     *
     * @throws EcstaticException naming {@code source}, the line and column and what was expected, when
     *                           the JSON is malformed, or naming the member at fault when it is not a manifest
     */
    static Manifest parse(InputStream in, String source) {
        ManifestReader reader;
        try (JsonParser parser = PARSERS.createParser(new NonClosingInputStream(in), StandardCharsets.UTF_8)) {
            reader = new ManifestReader(parser, source);
            reader.readDocument();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new EcstaticException("The manifest " + source + " is not valid JSON at line "
                    + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + e.getMessage() + REBUILD, e);
        } catch (JsonException e) {
            throw new EcstaticException("The manifest " + source + " could not be read: " + e.getMessage()
                    + REBUILD, e);
        } catch (UnsupportedOperationException | NumberFormatException | ArithmeticException e) {
            // Parsson's limits on numbers (more than 1,100 digits, exponents beyond an int)
            String why = String.valueOf(e.getMessage());
            throw new EcstaticException("The manifest " + source + " holds a number it cannot read: "
                    + (why.endsWith(".") ? why.substring(0, why.length() - 1) : why) + REBUILD, e);
        }
        return reader.manifest();
    }

    private void readDocument() {
        if (parser.next() != Event.START_OBJECT) {
            throw invalid("the top level is " + describe(parser.getValue()) + ", expected an object");
        }
        while (parser.next() == Event.KEY_NAME) {
            String key = parser.getString();
            Event event = parser.next();
            switch (key) {
                case "version" -> version = parser.getValue();
                case "paths" -> paths = event == Event.START_OBJECT ? readPaths() : new Members<>(parser.getValue());
                case "files" -> files = event == Event.START_OBJECT ? readFiles() : new Members<>(parser.getValue());
                default -> parser.getValue();
            }
        }
        parser.hasNext(); // refuses anything after the top-level object
    }

    private Members<String> readPaths() {
        Members<String> members = new Members<>();
        while (parser.next() == Event.KEY_NAME) {
            String logical = parser.getString();
            if (parser.next() != Event.VALUE_STRING) {
                members.note("paths.\"" + logical + "\" is " + describe(parser.getValue()) + ", expected a string");
                continue;
            }
            String hashed = parser.getString();
            members.note(nameProblem(logical));
            members.note(nameProblem(hashed));
            members.add(logical, hashed);
        }
        return members;
    }

    private Members<Manifest.FileEntry> readFiles() {
        Members<Manifest.FileEntry> members = new Members<>();
        while (parser.next() == Event.KEY_NAME) {
            String name = parser.getString();
            members.note(nameProblem(name));
            if (parser.next() != Event.START_OBJECT) {
                members.note("files.\"" + name + "\" is " + describe(parser.getValue()) + ", expected an object");
                continue;
            }
            members.add(name, readFileEntry(name, members));
        }
        return members;
    }

    /** Reads the members of one file entry; notes the first of its problems in {@code members}. */
    private Manifest.FileEntry readFileEntry(String name, Members<?> members) {
        FileFields fields = new FileFields();
        while (parser.next() == Event.KEY_NAME) {
            String key = parser.getString();
            Event event = parser.next();
            switch (key) {
                case "size" -> fields.size(parser.getValue());
                case "integrity" -> {
                    String value = event == Event.VALUE_STRING ? parser.getString() : null;
                    boolean ok = value != null && value.startsWith("sha256-");
                    fields.integrity(ok ? value : null, ok ? null : parser.getValue());
                }
                case "encodings" -> {
                    if (event == Event.START_ARRAY) {
                        readEncodings(fields);
                    } else {
                        fields.encodings(List.of(), "is " + describe(parser.getValue())
                                + ", expected an array such as [\"br\", \"gzip\"]");
                    }
                }
                case "imports" -> {
                    if (event == Event.START_ARRAY) {
                        readImports(fields);
                    } else {
                        fields.imports(List.of(), "is " + describe(parser.getValue())
                                + ", expected an array of hashed names such as [\"js/util.3f2a1b9c0d4e.js\"]");
                    }
                }
                default -> parser.getValue();
            }
        }
        members.note(fields.problem(name));
        return new Manifest.FileEntry(fields.size, fields.integrity, fields.encodings, fields.imports);
    }

    /** Reads an array of imported hashed names into {@code fields}, with the first element that is none. */
    private void readImports(FileFields fields) {
        List<String> names = new ArrayList<>();
        String problem = null;
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            String value = event == Event.VALUE_STRING ? parser.getString() : null;
            String nameProblem = value == null ? null : Manifest.nameProblem(value);
            if (value != null && nameProblem == null) {
                names.add(value);
            } else if (problem == null) {
                problem = value == null
                        ? "holds " + describe(parser.getValue()) + ", expected hashed names"
                        : "holds " + Manifest.quote(value) + ", which " + nameProblem;
            } else if (value == null) {
                parser.getValue(); // skip an object or array element
            }
        }
        fields.imports(names, problem);
    }

    /** Reads an array of encodings into {@code fields}, with the first element that names none. */
    private void readEncodings(FileFields fields) {
        boolean br = false;
        boolean gzip = false;
        JsonValue other = null;
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            String value = event == Event.VALUE_STRING ? parser.getString() : null;
            if ("br".equals(value)) {
                br = true;
            } else if ("gzip".equals(value)) {
                gzip = true;
            } else {
                JsonValue element = parser.getValue();
                other = other == null ? element : other;
            }
        }
        // one of four shared lists, so that 50,000 entries do not hold 50,000 copies
        List<String> sorted = br ? (gzip ? BR_GZIP : BR) : (gzip ? GZIP : List.of());
        fields.encodings(sorted, other == null ? null : "holds " + other + ", expected \"br\" or \"gzip\"");
    }

    private Manifest manifest() {
        checkVersion();
        TreeMap<String, String> pathMap = members(paths, "paths", true).toMap();
        TreeMap<String, Manifest.FileEntry> fileMap;
        if (files == null) {
            fileMap = new TreeMap<>();
            Manifest.FileEntry unknown = new Manifest.FileEntry(-1, null, List.of());
            pathMap.values().forEach(hashed -> fileMap.put(hashed, unknown));
        } else {
            fileMap = members(files, "files", false).toMap();
        }
        return Manifest.taking(pathMap, fileMap);
    }

    private void checkVersion() {
        if (version == null) {
            throw invalid("it has no \"version\"; expected \"version\": " + Manifest.VERSION);
        }
        boolean ok = switch (version.getValueType()) {
            case NUMBER -> ((JsonNumber) version).bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(Manifest.VERSION)) == 0;
            // Django's staticfiles.json says "1.0" or "1.1"
            case STRING -> ((JsonString) version).getString().matches("1(\\.\\d+)?");
            default -> false;
        };
        if (!ok) {
            throw invalid("its version is " + version + ", this runtime reads version " + Manifest.VERSION
                    + " (and Django's \"1.x\"); upgrade ecstatic-runtime or rebuild the manifest");
        }
    }

    /** Returns the members of a top-level object that is well formed; throws at the first problem noted. */
    private <V> Members<V> members(Members<V> members, String key, boolean required) {
        if (members == null) {
            if (required) {
                throw invalid("it has no \"" + key + "\" object");
            }
            return null;
        }
        if (members.notAnObject != null) {
            throw invalid("\"" + key + "\" is " + describe(members.notAnObject) + ", expected an object");
        }
        if (members.problem != null) {
            throw invalid(members.problem);
        }
        return members;
    }

    private static String nameProblem(String name) {
        String problem = Manifest.nameProblem(name);
        return problem == null ? null : "the name \"" + name + "\" " + problem;
    }

    private EcstaticException invalid(String what) {
        return new EcstaticException("The manifest " + source + " is not an Ecstatic manifest: " + what + REBUILD);
    }

    /** Returns how a message names the kind of {@code value}: "an object", "a string", "null"... */
    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }

    /**
     * The members of {@code paths} or {@code files} in document order, and the first problem met among
     * them; or, when the member was not an object, what it was instead.
     */
    private static final class Members<V> {
        private String[] names = new String[64];
        private Object[] values = new Object[64];
        private int size;
        private String problem;
        private final JsonValue notAnObject;

        Members() {
            this.notAnObject = null;
        }

        Members(JsonValue notAnObject) {
            this.notAnObject = notAnObject;
        }

        void add(String name, V value) {
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
        }

        /** Keeps {@code what} when it is the first problem; null is no problem. */
        void note(String what) {
            if (problem == null) {
                problem = what;
            }
        }

        /** Returns the members as a sorted map in which the last of a repeated name counts. */
        TreeMap<String, V> toMap() {
            return AscendingEntries.treeMap(names, values, size);
        }
    }

    /** The members of one file entry as they are met; the last of a repeated member counts. */
    private static final class FileFields {
        long size = -1;
        String integrity;
        List<String> encodings = List.of();
        List<String> imports = List.of();
        private JsonValue badSize;
        private JsonValue badIntegrity;
        private String badEncodings;
        private String badImports;

        void size(JsonValue value) {
            size = wholeBytes(value);
            badSize = size < 0 ? value : null;
        }

        /** Takes a good integrity value, or (null and) the value that is none. */
        void integrity(String value, JsonValue bad) {
            integrity = value;
            badIntegrity = bad;
        }

        /** Takes the encodings, and what is wrong with the array as it follows "encodings " (or null). */
        void encodings(List<String> sorted, String problem) {
            encodings = sorted;
            badEncodings = problem;
        }

        /** Takes the imported names, and what is wrong with the array as it follows "imports " (or null). */
        void imports(List<String> names, String problem) {
            imports = names;
            badImports = problem;
        }

        /** Returns what is wrong with the entry, checked in the order size, integrity, encodings, imports; or null. */
        String problem(String name) {
            if (badSize != null) {
                return "files.\"" + name + "\".size is " + badSize + ", expected a whole number of bytes";
            }
            if (badIntegrity != null) {
                return "files.\"" + name + "\".integrity is " + badIntegrity + ", expected a string \"sha256-<base64>\"";
            }
            if (badEncodings != null) {
                return "files.\"" + name + "\".encodings " + badEncodings;
            }
            return badImports == null ? null : "files.\"" + name + "\".imports " + badImports;
        }

        /** Returns the number as a count of bytes, or -1 when it is none (fractional, negative or beyond a long). */
        private static long wholeBytes(JsonValue value) {
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                return -1;
            }
            try {
                return Math.max(-1, number.longValueExact());
            } catch (ArithmeticException beyondLong) {
                return -1;
            }
        }
    }

    /** Lets the parser be closed without closing the caller's stream. */
    private static final class NonClosingInputStream extends FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
