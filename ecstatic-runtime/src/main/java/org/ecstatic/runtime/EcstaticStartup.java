package org.ecstatic.runtime;

import jakarta.servlet.ServletContext;
import org.ecstatic.runtime.manifest.Manifest;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens when a web application starts, whichever of {@link EcstaticInitializer} and
 * {@link EcstaticListener} runs first: read the configuration, load the manifest (or choose dev mode),
 * publish the {@link StaticUrls} and log one line saying where the manifest came from. A framework that
 * keeps its own configuration (Spring Boot's {@code ecstatic.*} properties) starts Ecstatic here with it:
 *
 * <pre>{@code
 * StaticUrls started = EcstaticStartup.start(servletContext, config);   // null when already started
 * ...
 * EcstaticStartup.stop(servletContext, started);                         // when the application stops
 * }</pre>
 */
public final class EcstaticStartup {
    private static final Logger LOG = Logger.getLogger(EcstaticStartup.class.getPackageName());

    private EcstaticStartup() {
    }

    /**
     * Starts Ecstatic for {@code context} unless it already runs there, with the configuration of its
     * context parameters and the system properties.
     *
     * @return the instance published, or null when one was already published
     * @throws EcstaticException when the configuration is wrong, or the manifest is broken, or missing
     *                           in manifest mode
     */
    static StaticUrls start(ServletContext context) {
        if (context.getAttribute(StaticUrls.ATTRIBUTE) != null) {
            return null;
        }
        return start(context, EcstaticConfig.from(context));
    }

    /**
     * Starts Ecstatic for {@code context} with {@code config} unless it already runs there: loads the
     * manifest (or chooses dev mode) and publishes {@link StaticUrls} under {@link StaticUrls#ATTRIBUTE}.
     *
     * @return the instance published, or null when one was already published
     * @throws EcstaticException when the manifest is broken, or missing in manifest mode
     */
    public static StaticUrls start(ServletContext context, EcstaticConfig config) {
        if (context.getAttribute(StaticUrls.ATTRIBUTE) != null) {
            return null;
        }
        long started = System.nanoTime();
        StaticUrls urls = config.mode() == EcstaticConfig.Mode.DEV
                ? dev(config, context, "Ecstatic: dev mode (ecstatic.mode=dev): hashing the files under "
                        + config.prefix() + " on demand")
                : fromManifest(config, context, started);
        context.setAttribute(StaticUrls.ATTRIBUTE, urls);
        return urls;
    }

    /** Stops what {@link #start} started: the manifest watch, and the published attribute; nothing when {@code urls} is null. */
    public static void stop(ServletContext context, StaticUrls urls) {
        if (urls != null) {
            urls.close();
            if (context.getAttribute(StaticUrls.ATTRIBUTE) == urls) {
                context.removeAttribute(StaticUrls.ATTRIBUTE);
            }
        }
    }

    private static StaticUrls fromManifest(EcstaticConfig config, ServletContext context, long started) {
        ManifestSource source = ManifestSource.of(config, context.getClassLoader());
        if (!source.exists() && config.mode() == EcstaticConfig.Mode.AUTO) {
            LOG.log(Level.WARNING, "Ecstatic: no manifest " + source.describe() + " for the web application '"
                    + context.getContextPath() + "'; dev mode: hashing the files under " + config.prefix()
                    + " on demand. Run ecstatic:collect for production, or set ecstatic.mode=manifest to make a "
                    + "missing manifest stop the start-up.");
            return StaticUrls.dev(config, context);
        }
        Manifest manifest = source.load();
        StaticUrls urls = source instanceof ManifestSource.FileSource file
                ? StaticUrls.watching(config, context.getContextPath(), file.file(), manifest,
                        ManifestWatch.DEFAULT_INTERVAL)
                : StaticUrls.fixed(config, context.getContextPath(), source.describe(), manifest);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.log(Level.INFO, "Ecstatic: loaded manifest " + source.describe() + " (" + manifest.paths().size()
                + " paths, " + manifest.files().size() + " files) in " + millis + " ms"
                + (source instanceof ManifestSource.FileSource ? "; reloaded when the file changes" : ""));
        return urls;
    }

    private static StaticUrls dev(EcstaticConfig config, ServletContext context, String message) {
        LOG.log(Level.INFO, message);
        return StaticUrls.dev(config, context);
    }
}
