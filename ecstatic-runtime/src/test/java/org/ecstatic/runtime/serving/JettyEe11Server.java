package org.ecstatic.runtime.serving;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import org.ecstatic.runtime.StaticFilesFilter;
import org.ecstatic.runtime.StaticUrls;
import org.eclipse.jetty.ee11.servlet.DefaultServlet;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.util.EnumSet;
import java.util.Map;

/**
 * Embedded Jetty 12 ee11 (Servlet 6.1) on port 0, set up as {@link JettyServer#start(UriCompliance, Map, StaticUrls)}
 * sets up ee10: the fixture web application at the root context, the {@link StaticFilesFilter} on
 * {@code /static/*} and Jetty's DefaultServlet behind it. Used by the {@code jetty-ee11} surefire execution
 * only, whose class path holds Servlet 6.1 and neither ee10 nor Tomcat.
 */
public final class JettyEe11Server implements TestServer {
    private final Server server;
    private final ServerConnector connector;
    private final ServletContextHandler context;

    private JettyEe11Server(Server server, ServerConnector connector, ServletContextHandler context) {
        this.server = server;
        this.connector = connector;
        this.context = context;
    }

    /** Starts Jetty with its default URI compliance. */
    public static JettyEe11Server start(Map<String, String> filterParams) throws Exception {
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
    public static JettyEe11Server start(UriCompliance compliance, Map<String, String> filterParams, StaticUrls urls)
            throws Exception {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setUriCompliance(compliance);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(0);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler("/");
        context.setBaseResourceAsPath(ServingWebapp.root());
        // what a WebAppContext does for every web application; a bare ServletContextHandler does not
        context.setProtectedTargets(new String[] {"/WEB-INF", "/META-INF"});
        context.addServlet(DefaultServlet.class, "/");
        if (urls != null) {
            context.setAttribute(StaticUrls.ATTRIBUTE, urls);
        }
        if (compliance != UriCompliance.DEFAULT) {
            context.getServletHandler().setDecodeAmbiguousURIs(true);
        }
        FilterHolder filter = context.addFilter(StaticFilesFilter.class, "/static/*", EnumSet.of(DispatcherType.REQUEST));
        filter.setInitParameters(filterParams);
        filter.setAsyncSupported(true); // as the initializer registers it

        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new JettyEe11Server(server, connector, context);
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
        return "Jetty " + Server.getVersion() + " ee11";
    }
}
