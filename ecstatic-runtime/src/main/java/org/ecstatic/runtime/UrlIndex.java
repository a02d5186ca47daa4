package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.runtime.manifest.UrlPaths;

import java.util.HashMap;
import java.util.Map;

/**
 * A manifest with the full URL of every logical name worked out in advance (the hashed name
 * percent-encoded, {@link UrlPaths}), so that resolving a
 * listed name is one hash-map lookup and no allocation. The names are interned: the name a tag
 * passes is usually a string constant of the compiled page ({@code path="css/site.css"}), which the
 * JVM interns too, so the lookup finds the very same object and never compares characters. Interning
 * costs about a microsecond per name at load time. Immutable: a reload builds a new index and swaps
 * the reference.
 */
final class UrlIndex {
    private final Manifest manifest;
    private final Map<String, String> urls;
    private final String base;
    private volatile ModuleGraph modules; // built when first asked for: most pages load no module map

    /** Returns the index of {@code manifest} with URLs that start with {@code base}. */
    UrlIndex(Manifest manifest, String base) {
        this.manifest = manifest;
        Map<String, String> map = new HashMap<>(manifest.size() * 4 / 3 + 1);
        manifest.paths().forEach((logical, hashed) -> map.put(logical.intern(), base + UrlPaths.encode(hashed)));
        this.urls = map;
        this.base = base;
    }

    /** Returns the JavaScript modules of the manifest, with what is built from them for this base. */
    ModuleGraph modules() {
        ModuleGraph graph = modules;
        if (graph == null) {
            graph = ModuleGraph.of(manifest, base); // a race only builds it twice
            modules = graph;
        }
        return graph;
    }

    /** Returns the URL of a logical name exactly as the manifest lists it, or null when it is not listed. */
    String url(String logicalName) {
        return urls.get(logicalName);
    }

    /** Returns the manifest this index was built from. */
    Manifest manifest() {
        return manifest;
    }
}
