package org.ecstatic.runtime.serving;

import jakarta.servlet.DispatcherType;
import org.ecstatic.runtime.StaticFilesFilter;
import org.ecstatic.runtime.StaticUrls;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.util.EnumSet;
import java.util.Map;

/**
 * Embedded Jetty 12 (ee10) on port 0: the fixture web application at the root context, the
 * {@link StaticFilesFilter} on {@code /static/*} and Jetty's DefaultServlet behind it.
 */
public final class JettyServer implements TestServer {
    private final Server server;
    private final ServerConnector connector;

    private JettyServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
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
     * @param urls         published as the context attribute {@link StaticUrls#ATTRIBUTE}
     */
    public static JettyServer start(UriCompliance compliance, Map<String, String> filterParams, StaticUrls urls)
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
        context.setAttribute(StaticUrls.ATTRIBUTE, urls);
        if (compliance != UriCompliance.DEFAULT) {
            context.getServletHandler().setDecodeAmbiguousURIs(true);
        }
        FilterHolder filter = context.addFilter(StaticFilesFilter.class, "/static/*", EnumSet.of(DispatcherType.REQUEST));
        filter.setInitParameters(filterParams);
        context.addServlet(DefaultServlet.class, "/");
        server.setHandler(context);
        server.start();
        return new JettyServer(server, connector);
    }

    @Override
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public String contextPath() {
        return "";
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    @Override
    public String toString() {
        return "Jetty " + Server.getVersion();
    }
}
