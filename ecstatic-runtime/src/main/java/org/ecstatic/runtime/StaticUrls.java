package org.ecstatic.runtime;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import org.ecstatic.runtime.dev.WebAppFiles;
import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.runtime.manifest.UrlPaths;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Resolves logical names such as {@code css/site.css} to the URLs a page should use, such as
 * {@code /app/static/css/site.3f2a1b9c0d4e.css}. One instance per web application, published as the
 * ServletContext attribute {@link #ATTRIBUTE} by {@link EcstaticInitializer} or {@link EcstaticListener}.
 *
 * <pre>{@code
 * StaticUrls urls = StaticUrls.get(request);
 * urls.url("css/site.css");            // "/app/static/css/site.3f2a1b9c0d4e.css"
 * urls.url("/fonts/a.woff2?v=2#x");    // "/app/static/fonts/a.5d41402abc4b.woff2?v=2#x"
 * urls.url("img/a b.png");             // "/app/static/img/a%20b.68ee4598e64c.png"
 * urls.url("img/");                    // "/app/static/img/"
 * urls.integrity("css/site.css");      // "sha256-..."
 * urls.importMap().json();              // {"imports": {"/app/static/js/app.js": "/app/static/js/app.d5cc536d539e.js", ...}, ...}
 * urls.modulePreloads("js/app.js");     // [ModulePreload[url=/app/static/js/app.d5cc536d539e.js, integrity=sha256-...], ...]
 * }</pre>
 *
 * With a manifest, the URL of every listed name is worked out when the manifest is loaded, so
 * resolving one is a single map lookup. A manifest given as a {@code file:} path is watched and a
 * changed one swapped in whole. In dev mode (no manifest) the web application's files are hashed on
 * demand and hashed again when they change.
 */
public final class StaticUrls implements AutoCloseable {
    /** The ServletContext attribute under which the web application's instance is published. */
    public static final String ATTRIBUTE = StaticUrls.class.getName();

    private final EcstaticConfig config;
    private final String base;
    private final UrlSource source;
    private final UnknownNames unknownNames = new UnknownNames();

    private StaticUrls(EcstaticConfig config, String base, UrlSource source) {
        this.config = config;
        this.base = base;
        this.source = source;
    }

    /**
     * Returns resolution over a fixed manifest.
     *
     * @param contextPath the web application's context path, {@code ""} for the root context
     */
    public static StaticUrls of(EcstaticConfig config, String contextPath, Manifest manifest) {
        return fixed(config, contextPath, config.manifest(), manifest);
    }

    /** Returns resolution over a fixed manifest read from {@code source} (named in messages). */
    static StaticUrls fixed(EcstaticConfig config, String contextPath, String source, Manifest manifest) {
        Objects.requireNonNull(manifest, "manifest");
        String base = base(config, contextPath);
        return new StaticUrls(config, base, new ManifestUrls(source, manifest, base));
    }

    /** Returns resolution over the manifest {@code file}, already read as {@code manifest}, reloaded when it changes. */
    static StaticUrls watching(EcstaticConfig config, String contextPath, Path file, Manifest manifest,
                               Duration interval) {
        String base = base(config, contextPath);
        return new StaticUrls(config, base, new ManifestUrls(file.toString(), manifest, base).watch(file, interval));
    }

    /** Returns dev-mode resolution: hashes from the files of {@code context} under the configured prefix. */
    static StaticUrls dev(EcstaticConfig config, ServletContext context) {
        return new StaticUrls(config, base(config, context.getContextPath()),
                new DevUrls(new WebAppFiles(context, config.prefix()), config.prefix()));
    }

    /**
     * Returns the instance published for {@code context}.
     *
     * @throws EcstaticException when Ecstatic was not started for this web application
     */
    public static StaticUrls get(ServletContext context) {
        Object value = context.getAttribute(ATTRIBUTE);
        if (value instanceof StaticUrls urls) {
            return urls;
        }
        throw new EcstaticException("Ecstatic is not started for the web application '"
                + context.getContextPath() + "': the ServletContext has no attribute " + ATTRIBUTE
                + ", so nothing loaded the manifest. On a standalone Jetty or Tomcat, ecstatic-runtime's "
                + "ServletContainerInitializer starts it from WEB-INF/lib unless fragment scanning is off "
                + "(metadata-complete, an empty <absolute-ordering/>); then declare org.ecstatic.runtime.EcstaticListener "
                + "in web.xml. An embedded container (Spring Boot's, an embedded Jetty without its annotations "
                + "configuration) runs no initializer from a jar and reads no web.xml: in Spring Boot, add "
                + "ecstatic-spring-boot; elsewhere, call EcstaticStartup.start before the filters start.");
    }

    /** Returns the instance published for the web application that {@code request} belongs to. */
    public static StaticUrls get(ServletRequest request) {
        return get(request.getServletContext());
    }

    /**
     * Returns the URL of a logical name: the base (context path and prefix, or the configured base
     * URL) followed by its hashed name, percent-encoded. A leading slash is tolerated; a query or
     * fragment is kept; a name ending in {@code /} gives the base followed by that directory. A name
     * with no hash gives its unhashed URL and one warning in the log per name.
     *
     * @throws EcstaticException in strict mode, naming the path and the manifest, when the name has no hash
     */
    public String url(String logicalPath) {
        return url(logicalPath, null);
    }

    /**
     * Returns the URL of a logical name as {@link #url(String)} does; the warning about a name with no
     * hash names {@code askedBy} too, by its {@code toString()}, which is called only then (a tag
     * passes itself, and the warning says which page asked: {@code <static:url path="x"/> in /index.jsp}).
     *
     * @param askedBy what asks for the URL, or null
     * @throws EcstaticException in strict mode, naming the path and the manifest, when the name has no hash
     */
    public String url(String logicalPath, Object askedBy) {
        String url = source.listedUrl(logicalPath);
        if (url != null) {
            return url;
        }
        LogicalPath path = logicalPath(Objects.requireNonNull(logicalPath, "logicalPath"));
        return urlOfName(path.name(), path.suffix(), askedBy);
    }

    /**
     * Splits a logical path into its name and a query and/or fragment, unless the whole path names a
     * file ({@code img/badge #1.svg}): in dev mode no index has told {@link UrlSource#listedUrl} so.
     */
    private LogicalPath logicalPath(String logicalPath) {
        LogicalPath path = LogicalPath.of(logicalPath);
        if (!path.suffix().isEmpty()) {
            String whole = path.name() + path.suffix();
            if (source.hashedName(whole) != null) {
                return new LogicalPath(whole, "");
            }
        }
        return path;
    }

    /**
     * Returns the Subresource Integrity value ({@code sha256-<base64>}) of a logical name, or null when
     * the name has no hash or the manifest does not record one (a Django manifest). In dev mode it is
     * computed from the file.
     */
    public String integrity(String logicalPath) {
        return source.integrity(logicalPath(logicalPath).name());
    }

    /**
     * Returns the import map of every module of the manifest and of the configured bare specifiers
     * ({@link EcstaticConfig#IMPORT_MAP}); see {@link #importMap(ImportMap.Options, Object)}.
     *
     * @throws EcstaticException in strict mode, naming the path, when a bare specifier's module is unknown
     */
    public ImportMap importMap() {
        return importMap(ImportMap.Options.all(), null);
    }

    /**
     * Returns the import map that {@code options} ask for. With a manifest it is built once per
     * manifest and options, and kept; only the first call's {@code askedBy} is named in a warning. In
     * dev mode no module is listed (there is no manifest to list them): the map holds the bare
     * specifiers and the entries of {@code options}, and is built on every call.
     *
     * @param askedBy what asks for the map, named in the warning about an unknown name, or null
     * @throws EcstaticException in strict mode, naming the path, when a bare specifier's module or an
     *                           entry is unknown, or a specifier's directory holds no module
     */
    public ImportMap importMap(ImportMap.Options options, Object askedBy) {
        ModuleGraph graph = source.modules();
        return graph.cached(Objects.requireNonNull(options, "options"),
                () -> ImportMapBuilder.build(this, graph, options, askedBy));
    }

    /** Returns the modules to preload for the entry module {@code logicalPath}; see {@link #modulePreloads(String, Object)}. */
    public List<ModulePreload> modulePreloads(String logicalPath) {
        return modulePreloads(logicalPath, null);
    }

    /**
     * Returns the entry module {@code logicalPath} followed by every module it imports statically,
     * directly or not, as the manifest's {@code imports} record them: breadth first, each once. Worked
     * out from the manifest alone, once per manifest and path. In dev mode, or for a name the manifest
     * does not list, the list holds the entry alone.
     *
     * @param askedBy what asks, named in the warning about an unknown name, or null
     * @throws EcstaticException in strict mode, naming the path and the manifest, when the name has no hash
     */
    public List<ModulePreload> modulePreloads(String logicalPath, Object askedBy) {
        ModuleGraph graph = source.modules();
        PreloadKey key = new PreloadKey(Objects.requireNonNull(logicalPath, "logicalPath"));
        List<ModulePreload> kept = graph.kept(key);
        if (kept != null) {
            return kept; // a listed entry asked for before: one map lookup
        }
        String url = url(logicalPath, askedBy);
        String hashed = graph.hashedName(LogicalPath.of(logicalPath).name());
        if (hashed == null) {
            return List.of(new ModulePreload(url, integrity(logicalPath)));
        }
        return graph.cached(key, () -> {
            List<String> closure = graph.closure(List.of(hashed));
            List<ModulePreload> preloads = new ArrayList<>(closure.size());
            preloads.add(new ModulePreload(url, graph.integrity(hashed)));
            closure.subList(1, closure.size())
                    .forEach(imported -> preloads.add(new ModulePreload(graph.url(imported), graph.integrity(imported))));
            return List.copyOf(preloads);
        });
    }

    /** The key under which the preload list of one path is kept. */
    private record PreloadKey(String path) {
    }

    /** Returns the manifest in service (the latest good one when reloading), or null in dev mode. */
    public Manifest manifest() {
        return source.manifest();
    }

    /** Returns whether this instance works without a manifest, hashing files on demand. */
    public boolean isDev() {
        return source instanceof DevUrls;
    }

    /** Returns the configuration this instance was made with. */
    public EcstaticConfig config() {
        return config;
    }

    /** Stops watching the manifest file, if one is watched; resolution goes on with the manifest in service. */
    @Override
    public void close() {
        source.close();
    }

    /** Returns where the hashes come from. */
    UrlSource source() {
        return source;
    }

    /**
     * Returns a context path as every URL this library writes spells it: percent-encoded like a name
     * ({@code /my app} and {@code /my%20app} both give {@code /my%20app}).
     */
    static String encodedContextPath(String contextPath) {
        String decoded = UrlPaths.decode(contextPath);
        return UrlPaths.encode(decoded != null ? decoded : contextPath);
    }

    /** Returns the URL of a logical name without its hash: the base followed by the name, percent-encoded. */
    String plainUrl(String name) {
        return base + UrlPaths.encode(name);
    }

    /**
     * Returns the URL of a logical name without its hash as a browser spells it when it resolves a
     * relative specifier ({@link ResolvedPaths}); the same as {@link #plainUrl} for most names.
     */
    String resolvedUrl(String name) {
        return base + ResolvedPaths.encode(name);
    }

    /**
     * Reports that the import map's {@code prefix} maps to {@code directory}, in which the manifest
     * lists no module: a warning, or in strict mode an exception.
     */
    void unknownModuleDirectory(String prefix, String directory, Object askedBy) {
        String what = "directory '" + UnknownNames.shown(directory) + "' of the import map's specifier '"
                + UnknownNames.shown(prefix) + "' holds no module: it " + source.unknown(directory);
        if (config.strict()) {
            throw new EcstaticException("The " + what + ". Check the name, or collect the static files again (ecstatic.strict=true).");
        }
        unknownNames.report(directory, "Ecstatic: the " + what + (askedBy == null ? "" : " (asked for by " + askedBy + ")")
                + "; the specifier maps to the directory's unhashed URL. Check the name, or collect the static files again.");
    }

    private static String base(EcstaticConfig config, String contextPath) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(contextPath, "contextPath");
        if (config.baseUrl() != null) {
            return config.baseUrl();
        }
        return encodedContextPath(contextPath) + config.prefix();
    }

    /**
     * Returns the URL of the logical name {@code name}, taken as it is (a {@code ?} or {@code #} in it
     * is part of the name), followed by {@code suffix} (a query and/or fragment, or empty). The name
     * is percent-encoded in the URL.
     */
    String urlOfName(String name, String suffix, Object askedBy) {
        if (name.isEmpty() || name.endsWith("/")) {
            return base + UrlPaths.encode(name) + suffix;
        }
        String listed = suffix.isEmpty() ? source.listedUrl(name) : null;
        if (listed != null) {
            return listed;
        }
        String hashed = source.hashedName(name);
        if (hashed == null) {
            unknown(name, askedBy);
            hashed = name;
        }
        return base + UrlPaths.encode(hashed) + suffix;
    }

    private void unknown(String name, Object askedBy) {
        String where = source.unknown(UnknownNames.shown(name));
        if (config.strict()) {
            throw new EcstaticException("The static file '" + UnknownNames.shown(name) + "' " + where
                    + ". Check the name, or collect the static files again (ecstatic.strict=true).");
        }
        unknownNames.report(name, "Ecstatic: the static file '" + UnknownNames.shown(name) + "' " + where
                + (askedBy == null ? "" : " (asked for by " + askedBy + ")")
                + "; its URL carries no hash. Check the name, or collect the static files again.");
    }

    /** A logical path split into the name and the query and/or fragment that follow it. */
    private record LogicalPath(String name, String suffix) {
        static LogicalPath of(String path) {
            int start = path.startsWith("/") ? 1 : 0;
            int cut = start;
            while (cut < path.length() && path.charAt(cut) != '?' && path.charAt(cut) != '#') {
                cut++;
            }
            return new LogicalPath(path.substring(start, cut), path.substring(cut));
        }
    }
}
