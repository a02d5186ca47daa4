package org.ecstatic.runtime.serving;

import jakarta.servlet.ServletContext;

import java.util.Locale;
import java.util.Map;

/**
 * The Content-Type of a static file, from its extension: an own table for the types containers get
 * wrong or leave out ({@code .mjs}, {@code .wasm}, {@code .woff2}, {@code .webmanifest}, {@code .map},
 * {@code .avif}), text types with {@code charset=utf-8}, then the container's mapping, then
 * {@code application/octet-stream}. Public for the publisher, which gives objects in a bucket the types
 * the filter sends for the same files.
 */
public final class ContentTypes {
    static final String OCTET_STREAM = "application/octet-stream";

    private static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"),
            Map.entry("cjs", "text/javascript;charset=utf-8"),
            Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("htm", "text/html;charset=utf-8"),
            Map.entry("txt", "text/plain;charset=utf-8"),
            Map.entry("csv", "text/csv;charset=utf-8"),
            Map.entry("md", "text/markdown;charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("xml", "application/xml"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("eot", "application/vnd.ms-fontobject"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("gz", "application/gzip"),
            Map.entry("br", OCTET_STREAM),
            Map.entry("zip", "application/zip"));

    private ContentTypes() {
    }

    /**
     * Returns the Content-Type of {@code name} from the table alone (a hashed or unhashed name: only the
     * last extension counts); {@code application/octet-stream} for an extension the table does not know.
     */
    public static String of(String name) {
        return of(name, null);
    }

    /**
     * Returns the Content-Type of {@code name} (a hashed or unhashed name: only the last extension counts).
     *
     * @param context asked for extensions the table does not know; may be null
     */
    static String of(String name, ServletContext context) {
        String type = TABLE.get(extension(name));
        if (type == null && context != null) {
            type = context.getMimeType(name);
        }
        return type != null ? type : OCTET_STREAM;
    }

    private static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
