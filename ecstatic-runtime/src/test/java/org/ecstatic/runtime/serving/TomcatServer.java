package org.ecstatic.runtime.serving;

import jakarta.servlet.FilterRegistration;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;
import org.ecstatic.runtime.StaticFilesFilter;
import org.ecstatic.runtime.StaticUrls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Embedded Tomcat 10.1 on port 0: the fixture web application at {@code /app}, the
 * {@link StaticFilesFilter} on {@code /static/*} and Tomcat's DefaultServlet behind it.
 */
public final class TomcatServer implements TestServer {
    private static final String CONTEXT_PATH = "/app";
    private final Tomcat tomcat;
    private final Connector connector;
    private final Path baseDir;

    private TomcatServer(Tomcat tomcat, Connector connector, Path baseDir) {
        this.tomcat = tomcat;
        this.connector = connector;
        this.baseDir = baseDir;
    }

    /**
     * Starts Tomcat.
     *
     * @param lenient whether the connector lets backslashes and encoded slashes through to the application
     */
    public static TomcatServer start(boolean lenient, Map<String, String> filterParams) throws Exception {
        Path baseDir = Files.createTempDirectory("ecstatic-tomcat");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        tomcat.setHostname("127.0.0.1");
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        if (lenient) {
            connector.setAllowBackslash(true);
            connector.setEncodedSolidusHandling("passthrough");
            connector.setProperty("relaxedPathChars", "[]|{}^\\`\"<>");
        }
        tomcat.setConnector(connector);
        Context context = tomcat.addContext(CONTEXT_PATH, ServingWebapp.root().toString());
        Tomcat.addServlet(context, "default", new DefaultServlet());
        context.addServletMappingDecoded("/", "default");
        StaticUrls urls = ServingWebapp.urls(CONTEXT_PATH);
        context.addServletContainerInitializer((classes, servletContext) -> {
            servletContext.setAttribute(StaticUrls.ATTRIBUTE, urls);
            FilterRegistration.Dynamic filter = servletContext.addFilter("ecstatic-static-files", StaticFilesFilter.class);
            filter.setInitParameters(filterParams);
            filter.addMappingForUrlPatterns(null, false, "/static/*");
        }, null);
        tomcat.start();
        return new TomcatServer(tomcat, connector, baseDir);
    }

    @Override
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public String contextPath() {
        return CONTEXT_PATH;
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
            try (var files = Files.walk(baseDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Tomcat did not stop", e);
        }
    }

    @Override
    public String toString() {
        return "Tomcat " + org.apache.catalina.util.ServerInfo.getServerNumber();
    }
}
