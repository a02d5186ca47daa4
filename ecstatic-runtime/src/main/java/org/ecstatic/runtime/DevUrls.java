package org.ecstatic.runtime;

import org.ecstatic.runtime.dev.WebAppFiles;
import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Manifest;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Dev mode's hashed names: the web application's own files, hashed when first asked for and again
 * whenever their last-modified time or size changes, so an edited file gets a new URL without a restart.
 */
final class DevUrls implements UrlSource {
    private final WebAppFiles files;
    private final String prefix;
    private final ConcurrentMap<String, Hashed> cache = new ConcurrentHashMap<>();

    /** What dev mode knows of one file: the stamp it was hashed at, its hashed name and integrity. */
    private record Hashed(WebAppFiles.Stamp stamp, String hashedName, String integrity) {
    }

    DevUrls(WebAppFiles files, String prefix) {
        this.files = files;
        this.prefix = prefix;
    }

    @Override
    public String listedUrl(String name) {
        return null;
    }

    @Override
    public String hashedName(String name) {
        Hashed hashed = hashed(name);
        return hashed == null ? null : hashed.hashedName();
    }

    @Override
    public String integrity(String name) {
        Hashed hashed = hashed(name);
        return hashed == null ? null : hashed.integrity();
    }

    @Override
    public ModuleGraph modules() {
        return ModuleGraph.none();
    }

    @Override
    public Manifest manifest() {
        return null;
    }

    @Override
    public String unknown(String name) {
        return "does not exist under " + prefix + " in the web application (dev mode)";
    }

    @Override
    public void close() {
        cache.clear();
    }

    /** Returns the hash of the file {@code name} as it is now, or null when there is no such file. */
    private Hashed hashed(String name) {
        WebAppFiles.Stamp stamp = files.stamp(name);
        if (stamp == null) {
            return null;
        }
        Hashed known = cache.get(name);
        if (known != null && known.stamp().equals(stamp)) {
            return known;
        }
        WebAppFiles.Content content = files.read(name, true, 0);
        if (content == null) {
            return null;
        }
        Hashed fresh = new Hashed(content.stamp(), HashedName.format(name, content.digest().shortHex()),
                content.digest().integrity());
        cache.put(name, fresh);
        return fresh;
    }
}
