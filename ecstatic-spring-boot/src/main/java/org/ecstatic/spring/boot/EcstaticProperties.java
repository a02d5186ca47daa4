package org.ecstatic.spring.boot;

import org.ecstatic.runtime.EcstaticConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ecstatic.*} properties of a Spring Boot application: the runtime's settings
 * ({@code manifest}, {@code mode}, {@code prefix}, {@code base-url}, {@code strict}), the serving
 * filter's ({@code cors-allow-origin}, {@code max-cached-file-size}, {@code max-cache-bytes}) and where
 * the static files are read from ({@code locations}).
 *
 * <pre>{@code
 * ecstatic.mode=manifest
 * ecstatic.base-url=https://cdn.example.com/static/
 * }</pre>
 */
@ConfigurationProperties(prefix = "ecstatic")
public class EcstaticProperties {
    /** Whether Ecstatic is started for the application. */
    private boolean enabled = true;

    /**
     * The manifest: a class-path resource ("classpath:" optional) or a "file:" path, which is watched
     * and reloaded when it changes.
     */
    private String manifest = "classpath:META-INF/ecstatic/manifest.json";

    /**
     * How the hashes are found: "manifest" (a missing or broken manifest stops the start-up), "dev"
     * (files hashed on demand) or "auto" (the manifest if there is one, else dev). Unset: "dev" while
     * spring-boot-devtools is active, else "auto".
     */
    private EcstaticConfig.Mode mode;

    /** Where the static root is mounted in the web application. */
    private String prefix = "/static/";

    /** An absolute base for the URLs, such as a CDN: https://cdn.example.com/static/. */
    private String baseUrl;

    /** Whether a logical name the manifest does not list fails the page instead of giving its unhashed URL. */
    private boolean strict;

    /**
     * Bare module specifiers of the import map, each mapped to the logical name of its module:
     * ecstatic.importmap.lit=vendor/lit/index.js; a name with '/' or '@' in brackets:
     * ecstatic.importmap[@lit/reactive-element]=vendor/lit/reactive-element.js.
     */
    private Map<String, String> importmap = new LinkedHashMap<>();

    /**
     * Where the files below the prefix are read from, in order, before the web application's own
     * files. Unset: "classpath:/META-INF/resources" followed by the prefix (where ecstatic:collect writes
     * in a jar project), then "classpath:/static/" (the sources); in dev mode the sources come first.
     */
    private List<String> locations = new ArrayList<>();

    /** The Access-Control-Allow-Origin value sent with served files, for example for fonts on a CDN origin. */
    private String corsAllowOrigin;

    /** Files up to this size (and each precompressed form up to it) are held in memory; 0 streams every file. */
    private DataSize maxCachedFileSize = DataSize.ofKilobytes(64);

    /** At most this much memory holds file bytes in all; files beyond it are streamed. */
    private DataSize maxCacheBytes = DataSize.ofMegabytes(16);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getManifest() {
        return manifest;
    }

    public void setManifest(String manifest) {
        this.manifest = manifest;
    }

    public EcstaticConfig.Mode getMode() {
        return mode;
    }

    public void setMode(EcstaticConfig.Mode mode) {
        this.mode = mode;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public boolean isStrict() {
        return strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    public Map<String, String> getImportmap() {
        return importmap;
    }

    public void setImportmap(Map<String, String> importmap) {
        this.importmap = importmap;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getCorsAllowOrigin() {
        return corsAllowOrigin;
    }

    public void setCorsAllowOrigin(String corsAllowOrigin) {
        this.corsAllowOrigin = corsAllowOrigin;
    }

    public DataSize getMaxCachedFileSize() {
        return maxCachedFileSize;
    }

    public void setMaxCachedFileSize(DataSize maxCachedFileSize) {
        this.maxCachedFileSize = maxCachedFileSize;
    }

    public DataSize getMaxCacheBytes() {
        return maxCacheBytes;
    }

    public void setMaxCacheBytes(DataSize maxCacheBytes) {
        this.maxCacheBytes = maxCacheBytes;
    }
}
