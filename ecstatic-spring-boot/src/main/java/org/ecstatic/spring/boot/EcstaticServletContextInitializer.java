package org.ecstatic.spring.boot;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ecstatic.runtime.EcstaticConfig;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.EcstaticStartup;
import org.ecstatic.runtime.StaticFilesFilter;
import org.ecstatic.runtime.StaticUrlEncodingFilter;
import org.ecstatic.runtime.StaticUrls;
import org.ecstatic.runtime.dev.FileLocator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

/**
 * Starts Ecstatic in the web application of a Spring Boot application, embedded or deployed as a WAR:
 * publishes the {@link FileLocator} over the resource locations and loads the manifest (or chooses dev
 * mode). Its filters are registered beside it ({@link #staticFilesFilter()}, {@link #urlEncodingFilter()}):
 * {@link StaticFilesFilter} as {@code ecstatic-static-files} on {@code <prefix>*} and
 * {@link StaticUrlEncodingFilter} as {@code ecstatic-url-encoding} on {@code /*}, at {@link #ORDER}: after
 * the application's filters of default order, Spring Security's among them, and just before Spring's
 * {@code ResourceUrlEncodingFilter} (whose order is the lowest).
 *
 * <p>Everything happens once: a filter whose class is already registered ({@code web.xml} declares it)
 * is not registered again, and when {@link StaticUrls} is already published it is not started again.
 * On a standalone Tomcat, ecstatic-runtime's own initializer stays out of the way (this jar holds
 * {@code META-INF/ecstatic/framework-starts-ecstatic}), so that the {@code ecstatic.*} properties apply
 * there too.
 */
public class EcstaticServletContextInitializer implements ServletContextInitializer, Ordered {
    /** The order of both filter registrations among the application's. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;
    static final String STATIC_FILES_FILTER = "ecstatic-static-files";
    static final String URL_ENCODING_FILTER = "ecstatic-url-encoding";

    private static final Log LOG = LogFactory.getLog(EcstaticServletContextInitializer.class);

    private final RuntimeSettings settings;
    private final ResourceLoader resources;

    EcstaticServletContextInitializer(RuntimeSettings settings, ResourceLoader resources) {
        this.settings = settings;
        this.resources = resources;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** Returns the settings Ecstatic starts with. */
    RuntimeSettings settings() {
        return settings;
    }

    /** Returns the registration of {@link StaticFilesFilter} on the prefix, with the serving properties. */
    FilterRegistrationBean<StaticFilesFilter> staticFilesFilter() {
        return new OnceFilterRegistration<>(STATIC_FILES_FILTER, new StaticFilesFilter(),
                settings.config().prefix() + "*", EnumSet.of(DispatcherType.REQUEST), settings.servingParameters());
    }

    /** Returns the registration of {@link StaticUrlEncodingFilter} on every path and dispatch. */
    FilterRegistrationBean<StaticUrlEncodingFilter> urlEncodingFilter() {
        return new OnceFilterRegistration<>(URL_ENCODING_FILTER, new StaticUrlEncodingFilter(), "/*",
                EnumSet.allOf(DispatcherType.class), Map.of());
    }

    /**
     * Starts Ecstatic for {@code context}: publishes the file locator and loads the manifest.
     *
     * @throws EcstaticStartupException when the manifest is missing in manifest mode or is broken; the
     *                                  message names it and {@link EcstaticFailureAnalyzer} says what to do
     */
    @Override
    public void onStartup(ServletContext context) {
        StaticUrls started = startOn(context);
        if (started != null) {
            context.addListener(new Stop(started));
        }
    }

    /**
     * Publishes the file locator on {@code context} and starts the runtime there, without a listener
     * that stops it: the caller stops what this returns.
     *
     * @return what was started, or null when Ecstatic was already started on {@code context}
     * @throws EcstaticStartupException when the manifest is missing in manifest mode or is broken
     */
    StaticUrls startOn(ServletContext context) {
        EcstaticConfig config = settings.config();
        boolean manifestPresent = manifestPresent(context.getClassLoader());
        boolean dev = config.mode() == EcstaticConfig.Mode.DEV
                || config.mode() == EcstaticConfig.Mode.AUTO && !manifestPresent;
        ResourceLocations locations = ResourceLocations.of(resources, settings.locations(dev));
        if (context.getAttribute(FileLocator.ATTRIBUTE) == null) {
            context.setAttribute(FileLocator.ATTRIBUTE, locations);
        }
        StaticUrls started = start(context, manifestPresent);
        LOG.info("Ecstatic: the files below " + config.prefix() + " are read from " + locations
                + " and the web application's own files");
        return started;
    }

    private StaticUrls start(ServletContext context, boolean manifestPresent) {
        try {
            return EcstaticStartup.start(context, settings.config());
        } catch (EcstaticException e) {
            throw manifestPresent ? broken(e) : missing(e);
        }
    }

    private boolean manifestPresent(ClassLoader loader) {
        EcstaticConfig config = settings.config();
        if (config.manifestIsFile()) {
            String path = config.manifest().substring("file:".length());
            return !path.startsWith("//") && Files.isRegularFile(Path.of(path));
        }
        ClassLoader lookup = loader != null ? loader : resources.getClassLoader();
        return lookup != null && lookup.getResource(config.manifest()) != null;
    }

    private EcstaticStartupException missing(EcstaticException e) {
        return new EcstaticStartupException("The manifest " + settings.manifestLocation() + " is not there, and "
                + "ecstatic.mode=manifest needs it to start.",
                "Run ecstatic:collect before the application starts: in a jar project it writes "
                        + "target/classes/" + EcstaticConfig.DEFAULT_MANIFEST + " and the hashed files below "
                        + "target/classes/META-INF/resources" + settings.config().prefix() + ". Bind it to the "
                        + "process-classes phase so that spring-boot:run and the tests run it too. Or point "
                        + "ecstatic.manifest at the manifest, or set ecstatic.mode=auto to hash the files on demand "
                        + "when there is no manifest.", e);
    }

    private static EcstaticStartupException broken(EcstaticException e) {
        return new EcstaticStartupException(e.getMessage(), "Collect the static files again (mvn process-classes "
                + "runs ecstatic:collect when it is bound to that phase), so that a whole manifest replaces this one, "
                + "or point ecstatic.manifest at a valid manifest.", e);
    }

    /** Stops what was started when the web application stops. */
    private record Stop(StaticUrls urls) implements ServletContextListener {
        @Override
        public void contextDestroyed(ServletContextEvent event) {
            EcstaticStartup.stop(event.getServletContext(), urls);
            event.getServletContext().removeAttribute(FileLocator.ATTRIBUTE);
        }
    }
}
