package org.ecstatic.runtime;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;

import java.util.Objects;

/**
 * Resolves logical names such as {@code css/site.css} to the URLs a page should use, such as
 * {@code /app/static/css/site.3f2a1b9c0d4e.css}. One instance per web application, published as the
 * ServletContext attribute {@link #ATTRIBUTE}.
 *
 * <pre>{@code
 * StaticUrls urls = StaticUrls.get(request);
 * urls.url("css/site.css");   // "/app/static/css/site.3f2a1b9c0d4e.css"
 * }</pre>
 */
public final class StaticUrls {
    /** The ServletContext attribute under which the web application's instance is published. */
    public static final String ATTRIBUTE = StaticUrls.class.getName();

    private final EcstaticConfig config;
    private final String base;
    private volatile Manifest manifest;

    private StaticUrls(EcstaticConfig config, String contextPath, Manifest manifest) {
        this.config = Objects.requireNonNull(config, "config");
        this.base = config.baseUrl() != null ? config.baseUrl() : contextPath + config.prefix();
        this.manifest = manifest;
    }

    /**
     * Returns resolution over a fixed manifest.
     *
     * @param contextPath the web application's context path, {@code ""} for the root context
     */
    public static StaticUrls of(EcstaticConfig config, String contextPath, Manifest manifest) {
        Objects.requireNonNull(contextPath, "contextPath");
        Objects.requireNonNull(manifest, "manifest");
        return new StaticUrls(config, contextPath, manifest);
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
                + ". Put ecstatic-runtime in WEB-INF/lib, or declare its listener in web.xml when "
                + "fragment scanning is off.");
    }

    /** Returns the instance published for the web application that {@code request} belongs to. */
    public static StaticUrls get(ServletRequest request) {
        return get(request.getServletContext());
    }

    /**
     * Returns the URL of a logical name: the base (context path and prefix, or the configured base
     * URL) followed by its hashed name. A leading slash is tolerated; a query or fragment is kept.
     *
     * @throws EcstaticException in strict mode, when the manifest does not list the name
     */
    public String url(String logicalPath) {
        Objects.requireNonNull(logicalPath, "logicalPath");
        int cut = indexOfQueryOrFragment(logicalPath);
        String name = logicalPath.substring(logicalPath.startsWith("/") ? 1 : 0, cut);
        String suffix = logicalPath.substring(cut);
        String hashed = manifest.hashedName(name);
        if (hashed == null && !name.isEmpty() && !name.endsWith("/")) {
            if (config.strict()) {
                throw new EcstaticException("The static file '" + name + "' is not in the manifest "
                        + config.manifest() + ". Check the name, or collect again.");
            }
            hashed = name;
        }
        return base + (hashed == null ? name : hashed) + suffix;
    }

    /** Returns the Subresource Integrity value of a logical name, or null when it is not known. */
    public String integrity(String logicalPath) {
        String name = logicalPath.startsWith("/") ? logicalPath.substring(1) : logicalPath;
        String hashed = manifest.hashedName(name);
        Manifest.FileEntry entry = hashed == null ? null : manifest.file(hashed);
        return entry == null ? null : entry.integrity();
    }

    /** Returns the manifest in service, or null in dev mode (no manifest; hashes come from the files). */
    public Manifest manifest() {
        return manifest;
    }

    /** Returns whether this instance works without a manifest, hashing files on demand. */
    public boolean isDev() {
        return manifest == null;
    }

    /** Returns the configuration this instance was made with. */
    public EcstaticConfig config() {
        return config;
    }

    private static int indexOfQueryOrFragment(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '?' || c == '#') {
                return i;
            }
        }
        return path.length();
    }
}
