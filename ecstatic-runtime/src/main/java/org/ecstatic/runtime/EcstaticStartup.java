package org.ecstatic.runtime;

import jakarta.servlet.ServletContext;
import org.ecstatic.runtime.manifest.Manifest;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens when a web application starts, whichever of {@link EcstaticInitializer} and
 * {@link EcstaticListener} runs first: read the configuration, load the manifest (or choose dev mode),
 * publish the {@link StaticUrls} and log one line saying where the manifest came from.
 */
final class EcstaticStartup {
    private static final Logger LOG = Logger.getLogger(EcstaticStartup.class.getPackageName());

    private EcstaticStartup() {
    }

    /**
     * Starts Ecstatic for {@code context} unless it already runs there.
     *
     * @return the instance published, or null when one was already published
     * @throws EcstaticException when the configuration is wrong, or the manifest is broken, or missing
     *                           in manifest mode
     */
    static StaticUrls start(ServletContext context) {
        if (context.getAttribute(StaticUrls.ATTRIBUTE) != null) {
            return null;
        }
        long started = System.nanoTime();
        EcstaticConfig config = EcstaticConfig.from(context);
        StaticUrls urls = config.mode() == EcstaticConfig.Mode.DEV
                ? dev(config, context, "Ecstatic: dev mode (ecstatic.mode=dev): hashing the files under "
                        + config.prefix() + " on demand")
                : fromManifest(config, context, started);
        context.setAttribute(StaticUrls.ATTRIBUTE, urls);
        return urls;
    }

    /** Stops what {@link #start} started: the manifest watch, and the published attribute. */
    static void stop(ServletContext context, StaticUrls urls) {
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
