package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Hashed names from a manifest, with the URL of every listed name worked out when the manifest is
 * loaded ({@link UrlIndex}). A manifest given as a {@code file:} path is watched, and a changed one is
 * put in service whole: a reader sees the old index or the new one.
 */
final class ManifestUrls implements UrlSource {
    private final String source;
    private final String base;
    private volatile UrlIndex index;
    private volatile ManifestWatch watch;

    /** Returns the source over a fixed manifest read from {@code source} (named in messages), URLs starting with {@code base}. */
    ManifestUrls(String source, Manifest manifest, String base) {
        this.source = source;
        this.base = base;
        this.index = new UrlIndex(manifest, base);
    }

    /** Starts watching {@code file}, whose current version this source already serves. */
    ManifestUrls watch(Path file, Duration interval) {
        watch = new ManifestWatch(file, interval, this::replace);
        return this;
    }

    @Override
    public String listedUrl(String name) {
        return index.url(name);
    }

    @Override
    public String hashedName(String name) {
        return index.manifest().hashedName(name);
    }

    @Override
    public String integrity(String name) {
        Manifest manifest = index.manifest();
        String hashedName = manifest.hashedName(name);
        Manifest.FileEntry entry = hashedName == null ? null : manifest.file(hashedName);
        return entry == null ? null : entry.integrity();
    }

    @Override
    public ModuleGraph modules() {
        return index.modules();
    }

    @Override
    public Manifest manifest() {
        return index.manifest();
    }

    @Override
    public String unknown(String name) {
        return "is not in the manifest " + source;
    }

    @Override
    public void close() {
        ManifestWatch w = watch;
        if (w != null) {
            w.close();
        }
    }

    /** Puts {@code manifest} in service in one step. */
    void replace(Manifest manifest) {
        index = new UrlIndex(manifest, base);
    }
}
