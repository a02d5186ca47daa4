package org.ecstatic.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Dev mode (no manifest): the file behind a hashed URL is the unhashed file, whatever hash the URL
 * carries, served with {@code Cache-Control: no-cache}. Prepared files are kept until the file's
 * last-modified time changes, so an edited file is served fresh without a restart.
 */
final class LiveFiles {
    private final StaticFileReader reader;
    private final ConcurrentHashMap<String, StaticFile> prepared = new ConcurrentHashMap<>();

    LiveFiles(StaticFileReader reader) {
        this.reader = reader;
    }

    /** Returns the current file for an unhashed canonical name, or null when there is no such file. */
    StaticFile find(String name) {
        long modified = reader.lastModified(name);
        StaticFile cached = prepared.get(name);
        if (cached != null && modified > 0 && cached.modified() == modified) {
            return cached;
        }
        StaticFile fresh = modified < 0 ? null : reader.revalidating(name);
        StaticFile old = fresh == null ? prepared.remove(name) : prepared.put(name, fresh);
        if (old != null) {
            reader.forget(old);
        }
        return fresh;
    }
}
