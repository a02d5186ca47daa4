package org.ecstatic.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Works out one {@link ImportMap}: which modules it lists ({@link ImportMap.Options}), their plain and
 * hashed URLs and their integrity values. The bare specifiers' modules and the entry modules are
 * resolved as {@link StaticUrls#url} resolves any name, so an unknown one is reported, or refused
 * in strict mode, the same way.
 */
final class ImportMapBuilder {
    private final StaticUrls urls;
    private final ModuleGraph graph;
    private final Object askedBy;
    private final SortedMap<String, String> imports = new TreeMap<>();
    private final SortedMap<String, String> integrity = new TreeMap<>();
    private final List<String> seeds = new ArrayList<>();

    private ImportMapBuilder(StaticUrls urls, ModuleGraph graph, Object askedBy) {
        this.urls = urls;
        this.graph = graph;
        this.askedBy = askedBy;
    }

    /**
     * Returns the import map that {@code options} ask for.
     *
     * @throws EcstaticException in strict mode when a bare specifier's module or an entry is unknown
     */
    static ImportMap build(StaticUrls urls, ModuleGraph graph, ImportMap.Options options, Object askedBy) {
        ImportMapBuilder builder = new ImportMapBuilder(urls, graph, askedBy);
        builder.addModules(options);
        builder.addEntries(options.entries());
        builder.addSpecifiers(specifiers(urls.config(), options));
        builder.addClosure();
        return new ImportMap(builder.imports, builder.integrity);
    }

    /** Returns the configured bare specifiers with those of the options, which win over a configured one. */
    private static SortedMap<String, String> specifiers(EcstaticConfig config, ImportMap.Options options) {
        SortedMap<String, String> all = new TreeMap<>(config.importMap());
        all.putAll(options.modules());
        return all;
    }

    private void addModules(ImportMap.Options options) {
        if (!options.restricted()) {
            graph.modules().forEach(this::addModule);
            return;
        }
        List<Pattern> globs = options.include().stream().map(ImportMap::globPattern).toList();
        for (String name : graph.modules()) {
            if (globs.stream().anyMatch(glob -> glob.matcher(name).matches())) {
                addModule(name);
            }
        }
    }

    private void addEntries(List<String> entries) {
        for (String entry : entries) {
            String url = urls.url(entry, askedBy);
            String plain = urls.plainUrl(entry);
            if (!url.equals(plain)) {
                imports.put(plain, url);
                imports.put(urls.resolvedUrl(entry), url);
                addIntegrity(url, urls.integrity(entry));
            }
            addSeed(entry);
        }
    }

    private void addSpecifiers(SortedMap<String, String> specifiers) {
        for (Map.Entry<String, String> specifier : specifiers.entrySet()) {
            String path = specifier.getValue();
            if (specifier.getKey().endsWith("/")) {
                addDirectory(specifier.getKey(), path);
            } else {
                String url = urls.url(path, askedBy);
                imports.put(specifier.getKey(), url);
                addIntegrity(url, urls.integrity(path));
                addSeed(path);
            }
        }
    }

    /**
     * Maps {@code prefix} + the rest of each module name under {@code directory} to that module's hashed
     * URL. The directory itself is never a target: a module loaded through it would have an unhashed
     * URL. In dev mode, where no module is listed, the prefix maps to the directory's URL.
     */
    private void addDirectory(String prefix, String directory) {
        if (urls.isDev()) {
            imports.put(prefix, urls.plainUrl(directory));
            return;
        }
        var modules = graph.modulesUnder(directory);
        if (modules.isEmpty()) {
            urls.unknownModuleDirectory(prefix, directory, askedBy);
            imports.put(prefix, urls.plainUrl(directory));
            return;
        }
        for (String name : modules) {
            String hashed = graph.hashedName(name);
            imports.put(prefix + name.substring(directory.length()), graph.url(hashed));
            addIntegrity(graph.url(hashed), graph.integrity(hashed));
            seeds.add(hashed);
        }
    }

    /**
     * Adds what the listed modules import, directly or not: the plain URL of each module, or the
     * integrity alone of a file that no logical name lists (an older version).
     */
    private void addClosure() {
        for (String hashed : graph.closure(seeds)) {
            String name = graph.logicalName(hashed);
            if (name != null) {
                addModule(name);
            } else {
                addIntegrity(graph.url(hashed), graph.integrity(hashed));
            }
        }
    }

    private void addModule(String name) {
        String hashed = graph.hashedName(name);
        String url = graph.url(hashed);
        imports.put(urls.plainUrl(name), url);
        imports.put(urls.resolvedUrl(name), url); // the same key unless the name holds ( ) ' ; [ ] ^ |
        addIntegrity(url, graph.integrity(hashed));
        seeds.add(hashed);
    }

    private void addSeed(String name) {
        String hashed = graph.hashedName(name);
        if (hashed != null) {
            seeds.add(hashed);
        }
    }

    private void addIntegrity(String url, String value) {
        if (value != null) {
            integrity.put(url, value);
        }
    }
}
