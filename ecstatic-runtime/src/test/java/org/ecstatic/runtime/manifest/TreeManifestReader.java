package org.ecstatic.runtime.manifest;

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
import org.ecstatic.runtime.EcstaticException;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reference the streaming {@link Manifest#parse} is compared with: the straightforward way of
 * reading a manifest, as {@code Manifest.parse} did before it walked the parser's events. Every
 * member is built into a JSON value by Parsson, and the checks run on those values afterwards, in the
 * order version, paths, files. Test code only.
 *
 * <p>One deliberate difference from the old code: a size beyond {@link Long#MAX_VALUE} is refused like
 * any other size that is not a whole number of bytes; the old code wrapped it around to whatever its
 * low 64 bits said.
 */
final class TreeManifestReader {
    private TreeManifestReader() {
    }

    /**
     * Returns the manifest in {@code json}.
     *
     * @throws EcstaticException with the message {@link Manifest#parse} must give for the same bytes
     */
    static Manifest parse(byte[] json, String source) {
        Document document;
        try (JsonParser parser = Json.createParser(new InputStreamReader(new ByteArrayInputStream(json),
                StandardCharsets.UTF_8))) {
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

    /** The top-level members as met; the last of a repeated member counts. */
    private static final class Document {
        JsonValue version;
        Section paths;
        Section files;

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
            List<Map.Entry<String, JsonValue>> members = new ArrayList<>();
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
        SortedMap<String, Manifest.FileEntry> files = new TreeMap<>();
        List<Map.Entry<String, JsonValue>> filesJson = members(root.files, "files", source, false);
        if (filesJson == null) {
            paths.values().forEach(hashed -> files.put(hashed, new Manifest.FileEntry(-1, null, List.of())));
        } else {
            filesJson.forEach(member -> files.put(checkName(member.getKey(), source),
                    fileEntry(member.getKey(), member.getValue(), source)));
        }
        return Manifest.of(paths, files);
    }

    private static void checkVersion(JsonValue version, String source) {
        if (version == null) {
            throw invalid(source, "it has no \"version\"; expected \"version\": 1");
        }
        boolean ok = switch (version.getValueType()) {
            case NUMBER -> ((JsonNumber) version).bigDecimalValue().compareTo(java.math.BigDecimal.ONE) == 0;
            case STRING -> ((JsonString) version).getString().matches("1(\\.\\d+)?");
            default -> false;
        };
        if (!ok) {
            throw invalid(source, "its version is " + version + ", this runtime reads version 1"
                    + " (and Django's \"1.x\"); upgrade ecstatic-runtime or rebuild the manifest");
        }
    }

    private static Manifest.FileEntry fileEntry(String name, JsonValue value, String source) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid(source, "files.\"" + name + "\" is " + describe(value) + ", expected an object");
        }
        JsonObject o = value.asJsonObject();
        long size = -1;
        JsonValue sizeValue = o.get("size");
        if (sizeValue != null) {
            if (!(sizeValue instanceof JsonNumber n) || !n.isIntegral()
                    || n.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0
                    || n.longValue() < 0) {
                throw invalid(source, "files.\"" + name + "\".size is " + sizeValue
                        + ", expected a whole number of bytes");
            }
            size = n.longValue();
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
        return new Manifest.FileEntry(size, integrity, encodings);
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
        String problem = Names.problem(name);
        if (problem != null) {
            throw invalid(source, "the name \"" + name + "\" " + problem);
        }
        return name;
    }

    private static EcstaticException invalid(String source, String what) {
        return new EcstaticException("The manifest " + source + " is not an Ecstatic manifest: " + what
                + ". Rebuild it with ecstatic:collect (or the ecstatic command line).");
    }

    /** The wording of a value's kind is shared with {@link ManifestReader}: messages must read alike. */
    private static String describe(JsonValue value) {
        return ManifestReader.describe(value);
    }
}
