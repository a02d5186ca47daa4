package org.ecstatic.runtime;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;

import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts Ecstatic with no configuration at all: the container finds this initializer in
 * {@code META-INF/services/jakarta.servlet.ServletContainerInitializer} of ecstatic-runtime's jar.
 * It loads the manifest, publishes {@link StaticUrls} under {@link StaticUrls#ATTRIBUTE}, and maps
 * {@link StaticFilesFilter} to {@code <prefix>*} and {@link StaticUrlEncodingFilter} to {@code /*},
 * each unless {@code web.xml} already declares it. The filters come after those that {@code web.xml}
 * declares.
 *
 * <p>It does nothing in a web application whose class path holds {@value #FRAMEWORK_STARTS}: a library
 * there (ecstatic-spring-boot) starts Ecstatic with the framework's own configuration, also when the same
 * WAR is deployed to a standalone container, and two start-ups would register every filter twice.
 */
public class EcstaticInitializer implements ServletContainerInitializer {
    /** The name under which {@link StaticFilesFilter} is registered. */
    static final String STATIC_FILES_FILTER_NAME = "ecstatic-static-files";
    /** The name under which {@link StaticUrlEncodingFilter} is registered. */
    static final String URL_ENCODING_FILTER_NAME = "ecstatic-url-encoding";

    /** A class-path resource whose presence says that a framework integration starts Ecstatic instead. */
    public static final String FRAMEWORK_STARTS = "META-INF/ecstatic/framework-starts-ecstatic";

    private static final Logger LOG = Logger.getLogger(EcstaticInitializer.class.getPackageName());

    /**
     * Starts Ecstatic for {@code context}.
     *
     * @throws ServletException carrying the message of the {@link EcstaticException} when the manifest is
     *                          missing in manifest mode, is broken, or the configuration is wrong
     */
    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
        ClassLoader loader = context.getClassLoader();
        java.net.URL framework = loader == null ? null : loader.getResource(FRAMEWORK_STARTS);
        if (framework != null) {
            LOG.log(Level.FINE, () -> "Ecstatic: the container initializer leaves the start-up of '"
                    + context.getContextPath() + "' to the framework integration (" + framework + ")");
            return;
        }
        StaticUrls urls;
        try {
            urls = EcstaticStartup.start(context);
        } catch (EcstaticException e) {
            throw new ServletException(e.getMessage(), e);
        }
        if (urls != null) {
            context.addListener(new Stop(urls));
        }
        EcstaticConfig config = StaticUrls.get(context).config();
        addFilter(context, STATIC_FILES_FILTER_NAME, StaticFilesFilter.class, config.prefix() + "*",
                EnumSet.of(DispatcherType.REQUEST));
        addFilter(context, URL_ENCODING_FILTER_NAME, StaticUrlEncodingFilter.class, "/*",
                EnumSet.allOf(DispatcherType.class));
    }

    private static void addFilter(ServletContext context, String name, Class<? extends Filter> type, String pattern,
                                  EnumSet<DispatcherType> dispatches) {
        if (isDeclared(context, type.getName())) {
            return;
        }
        FilterRegistration.Dynamic filter = context.addFilter(name, type);
        if (filter == null) {
            LOG.log(Level.WARNING, "Ecstatic: a filter named " + name + " exists already; " + type.getName()
                    + " is not added. Declare it in web.xml under another name if it is wanted.");
            return;
        }
        filter.setAsyncSupported(true);
        filter.addMappingForUrlPatterns(dispatches, true, pattern);
    }

    private static boolean isDeclared(ServletContext context, String className) {
        return context.getFilterRegistrations().values().stream()
                .anyMatch(registration -> className.equals(registration.getClassName()));
    }

    /** Stops what the initializer started when the web application stops. */
    private record Stop(StaticUrls urls) implements ServletContextListener {
        @Override
        public void contextDestroyed(ServletContextEvent event) {
            EcstaticStartup.stop(event.getServletContext(), urls);
        }
    }
}
