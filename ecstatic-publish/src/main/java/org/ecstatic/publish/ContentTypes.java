package org.ecstatic.publish;

import java.util.Locale;
import java.util.Map;

/**
 * The Content-Type an object gets, from the last extension of its name: the same types the serving
 * filter sends for the same files, so that a page looks the same from the CDN as from the application.
 */
final class ContentTypes {
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
            Map.entry("zip", "application/zip"));

    private ContentTypes() {
    }

    /** Returns the Content-Type of {@code name}; {@code application/octet-stream} for an extension not in the table. */
    static String of(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        String extension = dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        return TABLE.getOrDefault(extension, OCTET_STREAM);
    }
}
