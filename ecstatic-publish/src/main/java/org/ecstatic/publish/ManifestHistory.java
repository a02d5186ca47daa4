package org.ecstatic.publish;

import org.ecstatic.runtime.manifest.Digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Publish's own records below the prefix: the current manifest at {@code .ecstatic/manifest.json},
 * and every manifest ever published at {@code .ecstatic/manifests/<UTC time>-<12 hex of its SHA-256>.json}
 * ({@code 20261130T224838.123Z-3f2a1b9c0d4e.json}), so that names sort by time. {@code --keep N} keeps
 * the files of the newest N of them.
 */
final class ManifestHistory {
    static final String DIRECTORY = ".ecstatic/";
    static final String CURRENT = DIRECTORY + "manifest.json";
    static final String ENTRIES = DIRECTORY + "manifests/";

    private static final Pattern ENTRY = Pattern.compile("\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{12}\\.json");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ManifestHistory() {
    }

    /** Returns whether {@code name} (below the prefix) belongs to publish's records rather than to the files. */
    static boolean isRecord(String name) {
        return name.startsWith(DIRECTORY);
    }

    /** Returns whether {@code name} (below the prefix) is a history entry written by publish. */
    static boolean isEntry(String name) {
        return name.startsWith(ENTRIES) && ENTRY.matcher(name.substring(ENTRIES.length())).matches();
    }

    /** Returns the history entries among {@code names}, oldest first. */
    static List<String> entries(Iterable<String> names) {
        List<String> entries = new ArrayList<>();
        names.forEach(name -> {
            if (isEntry(name)) {
                entries.add(name);
            }
        });
        entries.sort(null);
        return entries;
    }

    /** Returns the name of the entry for a manifest of these bytes published at {@code time}. */
    static String entryName(Instant time, byte[] manifest) {
        return ENTRIES + TIME.format(time) + "-" + shortHash(manifest) + ".json";
    }

    /** Returns the 12 hex digits an entry's name ends with. */
    static String hashOf(String entry) {
        return entry.substring(entry.length() - ".json".length() - Digest.SHORT_HEX_LENGTH, entry.length() - ".json".length());
    }

    /** Returns the first 12 hex digits of the SHA-256 of {@code bytes}. */
    static String shortHash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, Digest.SHORT_HEX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
