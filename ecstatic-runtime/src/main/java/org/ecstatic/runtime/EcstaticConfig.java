package org.ecstatic.runtime;

import jakarta.servlet.ServletContext;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The runtime configuration: context parameters (web.xml {@code <context-param>}), each overridable
 * by a JVM system property of the same name.
 *
 * <table>
 * <caption>Configuration keys</caption>
 * <tr><th>name</th><th>default</th></tr>
 * <tr><td>{@code ecstatic.manifest}</td><td>{@code META-INF/ecstatic/manifest.json} (classpath; or a {@code file:} path)</td></tr>
 * <tr><td>{@code ecstatic.mode}</td><td>{@code auto} ({@code manifest}, {@code dev} or {@code auto})</td></tr>
 * <tr><td>{@code ecstatic.prefix}</td><td>{@code /static/}</td></tr>
 * <tr><td>{@code ecstatic.baseUrl}</td><td>none</td></tr>
 * <tr><td>{@code ecstatic.strict}</td><td>{@code false}</td></tr>
 * <tr><td>{@code ecstatic.importmap}</td><td>none (bare module specifiers: {@code lit=vendor/lit/index.js, three=vendor/three/three.module.js})</td></tr>
 * </table>
 *
 * @param manifest where the manifest is: a classpath resource name, or a {@code file:} path
 * @param mode     how a missing manifest is treated
 * @param prefix   where the static root is mounted in the web application; starts and ends with {@code /}
 * @param baseUrl  absolute base for URLs (a CDN), ending with {@code /}; null when not configured
 * @param strict   whether an unknown logical name throws instead of giving the unhashed URL
 * @param importMap the bare module specifiers an import map gives every page, each mapped to a logical
 *                 name ({@code lit} to {@code vendor/lit/index.js}, or a prefix {@code lit/} to
 *                 {@code vendor/lit/}); sorted, never null, empty when not configured
 */
public record EcstaticConfig(String manifest, Mode mode, String prefix, String baseUrl, boolean strict,
                             SortedMap<String, String> importMap) {
    public static final String MANIFEST = "ecstatic.manifest";
    public static final String MODE = "ecstatic.mode";
    public static final String PREFIX = "ecstatic.prefix";
    public static final String BASE_URL = "ecstatic.baseUrl";
    public static final String STRICT = "ecstatic.strict";
    public static final String IMPORT_MAP = "ecstatic.importmap";

    public static final String DEFAULT_MANIFEST = "META-INF/ecstatic/manifest.json";
    public static final String DEFAULT_PREFIX = "/static/";

    /** How the runtime finds hashes. */
    public enum Mode {
        /** The manifest must be present and valid, or the application does not start. */
        MANIFEST,
        /** No manifest: files are hashed from the ServletContext on demand, cached by last-modified. */
        DEV,
        /** The manifest when present, else dev mode with a warning. */
        AUTO
    }

    public EcstaticConfig {
        if (manifest == null || manifest.isBlank()) {
            throw new EcstaticException(MANIFEST + " is empty; leave it out for the default "
                    + DEFAULT_MANIFEST + " or name a classpath resource or a file: path");
        }
        if (mode == null) {
            mode = Mode.AUTO;
        }
        prefix = normalizePrefix(prefix);
        baseUrl = normalizeBaseUrl(baseUrl);
        importMap = BareSpecifiers.checked(importMap, IMPORT_MAP);
    }

    /** Returns a configuration with no bare module specifiers. */
    public EcstaticConfig(String manifest, Mode mode, String prefix, String baseUrl, boolean strict) {
        this(manifest, mode, prefix, baseUrl, strict, null);
    }

    /** Returns this configuration with {@code importMap} as its bare module specifiers (see {@link #IMPORT_MAP}). */
    public EcstaticConfig withImportMap(Map<String, String> importMap) {
        return new EcstaticConfig(manifest, mode, prefix, baseUrl, strict,
                importMap == null ? null : new TreeMap<>(importMap));
    }

    /** Returns the defaults: the classpath manifest, auto mode, {@code /static/}, no base URL, lax. */
    public static EcstaticConfig defaults() {
        return new EcstaticConfig(DEFAULT_MANIFEST, Mode.AUTO, DEFAULT_PREFIX, null, false);
    }

    /**
     * Reads the configuration of a web application: each key from the system properties when set
     * there, else from the context parameters, else its default.
     *
     * @throws EcstaticException naming the key and the value when a value is not valid
     */
    public static EcstaticConfig from(ServletContext context) {
        return from(name -> {
            String value = System.getProperty(name);
            return value != null ? value : context.getInitParameter(name);
        });
    }

    /**
     * Reads the configuration through {@code lookup}, which returns a key's value or null when unset.
     *
     * @throws EcstaticException naming the key and the value when a value is not valid
     */
    public static EcstaticConfig from(UnaryOperator<String> lookup) {
        String manifest = trimmed(lookup.apply(MANIFEST));
        return new EcstaticConfig(
                manifest == null ? DEFAULT_MANIFEST : manifest,
                parseMode(trimmed(lookup.apply(MODE))),
                trimmed(lookup.apply(PREFIX)),
                trimmed(lookup.apply(BASE_URL)),
                parseBoolean(STRICT, trimmed(lookup.apply(STRICT))),
                BareSpecifiers.parse(trimmed(lookup.apply(IMPORT_MAP)), IMPORT_MAP));
    }

    /** Returns whether the manifest is a {@code file:} path rather than a classpath resource. */
    public boolean manifestIsFile() {
        return manifest.startsWith("file:");
    }

    private static Mode parseMode(String value) {
        if (value == null) {
            return Mode.AUTO;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "manifest" -> Mode.MANIFEST;
            case "dev" -> Mode.DEV;
            case "auto" -> Mode.AUTO;
            default -> throw new EcstaticException(MODE + " is '" + value + "'; expected manifest, dev or auto");
        };
    }

    private static boolean parseBoolean(String key, String value) {
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new EcstaticException(key + " is '" + value + "'; expected true or false");
        };
    }

    private static String normalizePrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return DEFAULT_PREFIX;
        }
        if (prefix.contains("://") || prefix.contains("\\") || prefix.contains("..")) {
            throw new EcstaticException(PREFIX + " is '" + prefix + "'; expected a path inside the web "
                    + "application such as /static/ (use " + BASE_URL + " for a CDN)");
        }
        String p = prefix.startsWith("/") ? prefix : "/" + prefix;
        return p.endsWith("/") ? p : p + "/";
    }

    private static String normalizeBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isEmpty()) {
            return null;
        }
        if (!(baseUrl.startsWith("https://") || baseUrl.startsWith("http://") || baseUrl.startsWith("//"))) {
            throw new EcstaticException(BASE_URL + " is '" + baseUrl + "'; expected an absolute URL such as "
                    + "https://cdn.example.com/static/");
        }
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String t = value.trim();
        return t.isEmpty() ? null : t;
    }
}
