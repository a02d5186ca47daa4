package org.ecstatic.runtime;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Starts Ecstatic for web applications that declare it in {@code web.xml}, for instance because
 * {@code metadata-complete} or a disabled fragment scan keeps {@link EcstaticInitializer} from running.
 * When the initializer has already started Ecstatic, this listener does nothing.
 *
 * <pre>{@code
 * <listener><listener-class>org.ecstatic.runtime.EcstaticListener</listener-class></listener>
 * }</pre>
 *
 * The filters are declared beside it ({@link StaticUrlEncodingFilter} on {@code /*} and
 * {@code StaticFilesFilter} on the static prefix); this listener does not add them.
 */
public class EcstaticListener implements ServletContextListener {
    private StaticUrls started;

    /**
     * Loads the manifest and publishes {@link StaticUrls}.
     *
     * @throws EcstaticException when the manifest is missing in manifest mode, is broken, or the
     *                           configuration is wrong; the container then does not start the application
     */
    @Override
    public void contextInitialized(ServletContextEvent event) {
        started = EcstaticStartup.start(event.getServletContext());
    }

    /** Stops watching the manifest file, when this listener started Ecstatic. */
    @Override
    public void contextDestroyed(ServletContextEvent event) {
        EcstaticStartup.stop(event.getServletContext(), started);
        started = null;
    }
}
