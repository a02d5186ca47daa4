package org.ecstatic.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The files one manifest lets the filter serve, each prepared on its first request and kept:
 * hashed names from {@code files} (immutable), their precompressed siblings asked for by name, and
 * logical names from {@code paths} (revalidated). Nothing outside the manifest is ever looked up.
 */
final class StaticFiles {
    private final Manifest manifest;
    private final StaticFileReader reader;
    private final ConcurrentHashMap<String, StaticFile> prepared = new ConcurrentHashMap<>();

    StaticFiles(Manifest manifest, StaticFileReader reader) {
        this.manifest = manifest;
        this.reader = reader;
    }

    /** Returns the manifest this index serves. */
    Manifest manifest() {
        return manifest;
    }

    /** Returns whether the manifest names {@code name}, as a hashed file or as a logical name. */
    boolean lists(String name) {
        return manifest.file(name) != null || manifest.hashedName(name) != null;
    }

    /** Returns the prepared file for a canonical name, or null when the manifest does not list it or it is missing. */
    StaticFile find(String name) {
        StaticFile file = prepared.get(name);
        if (file != null) {
            return file;
        }
        file = prepare(name);
        if (file == null) {
            return null;
        }
        StaticFile raced = prepared.putIfAbsent(name, file);
        if (raced != null) {
            reader.forget(file);
            return raced;
        }
        return file;
    }

    private StaticFile prepare(String name) {
        Manifest.FileEntry entry = manifest.file(name);
        if (entry != null) {
            return reader.immutable(name, entry);
        }
        if (manifest.hashedName(name) != null) {
            return reader.revalidating(name);
        }
        return sibling(name);
    }

    private StaticFile sibling(String name) {
        String encoding = name.endsWith(".gz") ? AcceptEncoding.GZIP : name.endsWith(".br") ? AcceptEncoding.BR : null;
        if (encoding == null) {
            return null;
        }
        String base = name.substring(0, name.length() - 3);
        Manifest.FileEntry entry = manifest.file(base);
        if (entry == null || !entry.encodings().contains(encoding)) {
            return null;
        }
        String hash = HashedName.parse(base).map(HashedName::hash).orElse(null);
        return hash == null ? null : reader.sibling(name, hash + (encoding.equals(AcceptEncoding.BR) ? "-br" : "-gz"));
    }
}
