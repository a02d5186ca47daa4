package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.runtime.manifest.UrlPaths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The JavaScript modules of one manifest (its {@code .js} and {@code .mjs} logical names) and the
 * static imports between their hashed files, as the manifest's {@code imports} members record them.
 * Import maps and preload lists worked out from it are kept here, so that they are built once per
 * manifest and base; a reloaded manifest gets a new graph. In dev mode there is no manifest:
 * {@link #none()} knows no module and keeps nothing.
 */
final class ModuleGraph {
    /** How many import maps and preload lists are kept; past it they are built on every use. */
    static final int CACHE_LIMIT = 256;

    private final Manifest manifest;
    private final String base;
    private final SortedSet<String> modules;
    private final Map<String, String> logicalNames;
    private final Map<Object, Object> cache;

    private ModuleGraph(Manifest manifest, String base, boolean caching) {
        this.manifest = manifest;
        this.base = base;
        TreeSet<String> names = new TreeSet<>();
        Map<String, String> logical = new HashMap<>();
        manifest.paths().forEach((name, hashed) -> {
            if (isModule(name)) {
                names.add(name);
                logical.put(hashed, name);
            }
        });
        this.modules = Collections.unmodifiableSortedSet(names);
        this.logicalNames = logical;
        this.cache = caching ? new ConcurrentHashMap<>() : null;
    }

    /** Returns the graph of {@code manifest}, whose URLs start with {@code base}. */
    static ModuleGraph of(Manifest manifest, String base) {
        return new ModuleGraph(manifest, base, true);
    }

    /** Returns the graph of dev mode: no module is known, and nothing is kept. */
    static ModuleGraph none() {
        return new ModuleGraph(Manifest.empty(), "", false);
    }

    /** Returns whether a logical name is a JavaScript module's: it ends with {@code .js} or {@code .mjs}. */
    static boolean isModule(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".js") || lower.endsWith(".mjs");
    }

    /** Returns the logical names of the modules, sorted. */
    SortedSet<String> modules() {
        return modules;
    }

    /** Returns the modules whose logical names start with {@code directory} (which ends with {@code /}), sorted. */
    SortedSet<String> modulesUnder(String directory) {
        return modules.subSet(directory, directory + Character.MAX_VALUE);
    }

    /** Returns the hashed name of a logical name, or null when the manifest does not list it. */
    String hashedName(String logicalName) {
        return manifest.hashedName(logicalName);
    }

    /** Returns the logical name of a module's current hashed file, or null for any other name. */
    String logicalName(String hashedName) {
        return logicalNames.get(hashedName);
    }

    /** Returns the URL of a hashed name. */
    String url(String hashedName) {
        return base + UrlPaths.encode(hashedName);
    }

    /** Returns the integrity value the manifest records for a hashed name, or null. */
    String integrity(String hashedName) {
        Manifest.FileEntry entry = manifest.file(hashedName);
        return entry == null ? null : entry.integrity();
    }

    /**
     * Returns {@code seeds} (hashed names) followed by every hashed name they import statically,
     * directly or not: breadth first, each module's imports in their sorted order, each name once, so
     * that a cycle ends. A name the manifest does not list as a file is kept but not followed.
     */
    List<String> closure(Collection<String> seeds) {
        Set<String> seen = new LinkedHashSet<>(seeds);
        Queue<String> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            Manifest.FileEntry entry = manifest.file(queue.remove());
            if (entry == null) {
                continue;
            }
            for (String imported : entry.imports()) {
                if (seen.add(imported)) {
                    queue.add(imported);
                }
            }
        }
        return new ArrayList<>(seen);
    }

    /** Returns what was built and kept for {@code key}, or null when nothing is kept for it. */
    @SuppressWarnings("unchecked")
    <T> T kept(Object key) {
        return cache == null ? null : (T) cache.get(key);
    }

    /**
     * Returns what was built for {@code key} before, or builds it with {@code build} and keeps it (up to
     * {@link #CACHE_LIMIT} keys; in dev mode nothing is kept, since a file may change at any time).
     */
    @SuppressWarnings("unchecked")
    <T> T cached(Object key, Supplier<T> build) {
        if (cache == null) {
            return build.get();
        }
        Object known = cache.get(key);
        if (known != null) {
            return (T) known;
        }
        T built = build.get();
        if (cache.size() < CACHE_LIMIT) {
            cache.putIfAbsent(key, built);
        }
        return built;
    }
}
