package org.ecstatic.spring.boot;

import jakarta.servlet.ServletContext;
import org.ecstatic.runtime.EcstaticStartup;
import org.ecstatic.runtime.StaticUrls;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.ServletContextAware;

/**
 * Starts Ecstatic where no web server runs the initializer: MockMvc tests ({@code @SpringBootTest}'s mock
 * environment, {@code @WebMvcTest}) render pages against a mock ServletContext, and their templates and
 * filters need the application's {@link StaticUrls} there too. Where a web server starts, embedded or
 * a standalone container's, {@link EcstaticServletContextInitializer} does it and this does nothing.
 */
final class MockServletContextStart implements ServletContextAware, DisposableBean {
    private final EcstaticServletContextInitializer initializer;
    private final ApplicationContext application;
    private ServletContext context;
    private StaticUrls started;

    MockServletContextStart(EcstaticServletContextInitializer initializer, ApplicationContext application) {
        this.initializer = initializer;
        this.application = application;
    }

    @Override
    public void setServletContext(ServletContext servletContext) {
        if (application instanceof WebServerApplicationContext || servletContext.getAttribute(StaticUrls.ATTRIBUTE) != null) {
            return;
        }
        context = servletContext;
        started = initializer.startOn(servletContext);
    }

    /** Stops what was started (a watched file: manifest's thread) when the application context closes. */
    @Override
    public void destroy() {
        if (started != null) {
            EcstaticStartup.stop(context, started);
        }
    }
}
