package org.ecstatic.runtime.serving;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import org.ecstatic.runtime.EcstaticInitializer;
import org.ecstatic.runtime.StaticFilesFilter;
import org.ecstatic.runtime.StaticUrls;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

/**
 * Embedded Jetty 12 (ee10) on port 0: the fixture web application at the root context, the
 * {@link StaticFilesFilter} on {@code /static/*} and Jetty's DefaultServlet behind it; or, for the
 * classes that need a real {@link ServletContext}, any directory with one servlet of a test's own.
 */
public final class JettyServer implements TestServer {
    private final Server server;
    private final ServerConnector connector;
    private final ServletContextHandler context;

    private JettyServer(Server server, ServerConnector connector, ServletContextHandler context) {
        this.server = server;
        this.connector = connector;
        this.context = context;
    }

    /** Starts Jetty with its default URI compliance. */
    public static JettyServer start(Map<String, String> filterParams) throws Exception {
        return start(UriCompliance.DEFAULT, filterParams, ServingWebapp.urls(""));
    }

    /**
     * Starts Jetty.
     *
     * @param compliance   the URI compliance; a lenient one (LEGACY, UNSAFE) also lets ambiguous URIs
     *                     through the servlet layer, so that they reach the filter
     * @param filterParams init parameters of the filter
     * @param urls         published as the context attribute {@link StaticUrls#ATTRIBUTE}; null for none
     */
    public static JettyServer start(UriCompliance compliance, Map<String, String> filterParams, StaticUrls urls)
            throws Exception {
        Server server = new Server();
        ServerConnector connector = connector(server, compliance);
        ServletContextHandler context = context(ServingWebapp.root());
        if (urls != null) {
            context.setAttribute(StaticUrls.ATTRIBUTE, urls);
        }
        if (compliance != UriCompliance.DEFAULT) {
            context.getServletHandler().setDecodeAmbiguousURIs(true);
        }
        FilterHolder filter = context.addFilter(StaticFilesFilter.class, "/static/*", EnumSet.of(DispatcherType.REQUEST));
        filter.setInitParameters(filterParams);
        filter.setAsyncSupported(true); // as the initializer registers it
        return start(server, connector, context);
    }

    /**
     * Starts Jetty on a web application at {@code root} wired by the real start-up code: the
     * {@link EcstaticInitializer} reads {@code contextParams}, publishes StaticUrls and maps the filter.
     */
    public static JettyServer startWithInitializer(Path root, Map<String, String> contextParams) throws Exception {
        Server server = new Server();
        ServerConnector connector = connector(server, UriCompliance.DEFAULT);
        ServletContextHandler context = context(root);
        contextParams.forEach(context::setInitParameter);
        context.addServletContainerInitializer(new EcstaticInitializer());
        return start(server, connector, context);
    }

    /**
     * Starts Jetty on the web application at {@code root} with {@code servlet} answering every request
     * ({@code /*}): no filter and no {@link StaticUrls}, only a real context over {@code root} and real HTTP.
     */
    public static JettyServer startServlet(Path root, Servlet servlet) throws Exception {
        Server server = new Server();
        ServerConnector connector = connector(server, UriCompliance.DEFAULT);
        ServletContextHandler context = context(root);
        context.addServlet(new ServletHolder(servlet), "/*");
        return start(server, connector, context);
    }

    /** Starts Jetty on the web application at {@code root} with a DefaultServlet only, for its ServletContext. */
    public static JettyServer startContext(Path root) throws Exception {
        Server server = new Server();
        return start(server, connector(server, UriCompliance.DEFAULT), context(root));
    }

    private static ServerConnector connector(Server server, UriCompliance compliance) {
        HttpConfiguration http = new HttpConfiguration();
        http.setUriCompliance(compliance);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(0);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        return connector;
    }

    private static ServletContextHandler context(Path root) {
        ServletContextHandler context = new ServletContextHandler("/");
        context.setBaseResourceAsPath(root);
        // what a WebAppContext does for every web application; a bare ServletContextHandler does not
        context.setProtectedTargets(new String[] {"/WEB-INF", "/META-INF"});
        context.addServlet(DefaultServlet.class, "/");
        return context;
    }

    private static JettyServer start(Server server, ServerConnector connector, ServletContextHandler context)
            throws Exception {
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new JettyServer(server, connector, context);
    }

    @Override
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public String contextPath() {
        return "";
    }

    /** Returns the running web application's ServletContext. */
    public ServletContext servletContext() {
        return context.getServletContext();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }

    @Override
    public String toString() {
        return "Jetty " + Server.getVersion();
    }
}
