package org.ecstatic.tools;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.tools.rewrite.Reference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the last run knew about each source, so that the next run reads only what changed: size,
 * modification time and content hash of the source, its references, what they were replaced with,
 * and the hashed file written. Also the order in which hashed versions of each logical path appeared,
 * for {@code clean --keep N}. Kept as JSON beside the manifest.
 */
final class CollectState {
    private static final int VERSION = 1;

    private final String settings;
    private final SortedMap<String, Entry> files;
    private final SortedMap<String, List<String>> history;
    private final byte[] readBytes;

    /**
     * What is known of one logical path after a run.
     *
     * @param size         the size of the source
     * @param modified     its modification time (ms)
     * @param sourceSha    the SHA-256 hex of the source bytes
     * @param references   the references found in the source
     * @param replacements what each reference was replaced with, null where it was kept
     * @param hash         the 12 hex digits of the written file, or null for a no-hash file
     * @param integrity    the integrity of the written file
     * @param outputSize   the size of the written file
     * @param encodings    the precompressed forms written beside it
     */
    record Entry(long size, long modified, String sourceSha, List<Reference> references, List<String> replacements,
                 String hash, String integrity, long outputSize, List<String> encodings) {
    }

    CollectState(String settings, SortedMap<String, Entry> files, SortedMap<String, List<String>> history) {
        this(settings, files, history, null);
    }

    private CollectState(String settings, SortedMap<String, Entry> files, SortedMap<String, List<String>> history,
                         byte[] readBytes) {
        this.settings = settings;
        this.files = files;
        this.history = history;
        this.readBytes = readBytes;
    }

    /** Returns an empty state: every file is new. */
    static CollectState empty() {
        return new CollectState("", new TreeMap<>(), new TreeMap<>());
    }

    /** Returns the settings the files were written with (options that change the output). */
    String settings() {
        return settings;
    }

    /** Returns what the last run wrote for a logical path, or null when it did not have it. */
    Entry file(String logical) {
        return files.get(logical);
    }

    /** Returns every logical path of the last run. */
    SortedMap<String, Entry> files() {
        return files;
    }

    /** Returns the hashes of each logical path in the order they appeared, oldest first. */
    SortedMap<String, List<String>> history() {
        return history;
    }

    /**
     * Reads the state at {@code file}; an empty state when there is none or it cannot be used
     * (another version, or damaged: the next run is then a full one).
     */
    static CollectState read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException e) {
            throw new EcstaticException("Could not read the collector state " + file + ": " + e
                    + ". Delete it to collect everything again.", e);
        }
        try (JsonReader reader = Json.createReader(new java.io.ByteArrayInputStream(bytes))) {
            JsonObject root = reader.readObject();
            if (root.getInt("version", 0) != VERSION) {
                return empty();
            }
            SortedMap<String, Entry> files = new TreeMap<>();
            root.getJsonObject("files").forEach((logical, value) -> files.put(logical, entry(value.asJsonObject())));
            SortedMap<String, List<String>> history = new TreeMap<>();
            root.getJsonObject("history").forEach((logical, value) -> history.put(logical, strings(value)));
            return new CollectState(root.getString("settings"), files, history, bytes);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            return empty();
        }
    }

    /** Writes the state to {@code file} unless the file already holds exactly these bytes. */
    void write(Path file) {
        byte[] bytes = toJson();
        if (Arrays.equals(bytes, readBytes)) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new EcstaticException("Could not write the collector state " + file + ": " + e
                    + ". Check that its directory is writable.", e);
        }
    }

    private byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + files.size() * 256);
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("version", VERSION).write("settings", settings);
            json.writeStartObject("files");
            files.forEach((logical, entry) -> writeEntry(json, logical, entry));
            json.writeEnd();
            json.writeStartObject("history");
            history.forEach((logical, hashes) -> {
                json.writeStartArray(logical);
                hashes.forEach(json::write);
                json.writeEnd();
            });
            json.writeEnd().writeEnd();
        }
        return out.toByteArray();
    }

    private static void writeEntry(JsonGenerator json, String logical, Entry e) {
        json.writeStartObject(logical).write("size", e.size()).write("modified", e.modified())
                .write("sourceSha", e.sourceSha());
        json.writeStartArray("references");
        for (int i = 0; i < e.references().size(); i++) {
            Reference r = e.references().get(i);
            json.writeStartArray().write(r.start()).write(r.end()).write(r.line()).write(r.target());
            String replacement = e.replacements().get(i);
            if (replacement == null) {
                json.writeNull();
            } else {
                json.write(replacement);
            }
            json.writeEnd();
        }
        json.writeEnd();
        if (e.hash() != null) {
            json.write("hash", e.hash());
        }
        json.write("integrity", e.integrity()).write("outputSize", e.outputSize());
        json.writeStartArray("encodings");
        e.encodings().forEach(json::write);
        json.writeEnd().writeEnd();
    }

    private static Entry entry(JsonObject o) {
        List<Reference> references = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        for (JsonValue value : o.getJsonArray("references")) {
            JsonArray r = value.asJsonArray();
            references.add(new Reference(r.getInt(0), r.getInt(1), r.getInt(2), r.getString(3)));
            replacements.add(r.isNull(4) ? null : r.getString(4));
        }
        return new Entry(o.getJsonNumber("size").longValue(), o.getJsonNumber("modified").longValue(),
                o.getString("sourceSha"), references, replacements, o.getString("hash", null),
                o.getString("integrity"), o.getJsonNumber("outputSize").longValue(), strings(o.get("encodings")));
    }

    private static List<String> strings(JsonValue array) {
        return array.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}
