package org.ecstatic.runtime.serving;

import jakarta.servlet.FilterRegistration;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
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
 * {@link StaticFilesFilter} on {@code /static/*} and Tomcat's DefaultServlet behind it; or any
 * directory at {@code /app} with one servlet of a test's own. Compiled against Tomcat 10.1, it starts
 * Tomcat 11 as well, in the {@code tomcat11} surefire execution, whose class path has Tomcat 11 instead.
 */
public final class TomcatServer implements TestServer {
    private static final String CONTEXT_PATH = "/app";
    private final Tomcat tomcat;
    private final Connector connector;
    private final Path baseDir;
    private final Context context;

    private TomcatServer(Tomcat tomcat, Connector connector, Path baseDir, Context context) {
        this.tomcat = tomcat;
        this.connector = connector;
        this.baseDir = baseDir;
        this.context = context;
    }

    /**
     * Starts Tomcat.
     *
     * @param lenient whether the connector lets backslashes and encoded slashes through to the application
     */
    public static TomcatServer start(boolean lenient, Map<String, String> filterParams) throws Exception {
        Path baseDir = Files.createTempDirectory("ecstatic-tomcat");
        Tomcat tomcat = tomcat(baseDir);
        Connector connector = connector(tomcat);
        if (lenient) {
            connector.setAllowBackslash(true);
            connector.setEncodedSolidusHandling("passthrough");
            connector.setProperty("relaxedPathChars", "[]|{}^\\`\"<>");
        }
        Context context = tomcat.addContext(CONTEXT_PATH, ServingWebapp.root().toString());
        Tomcat.addServlet(context, "default", new DefaultServlet());
        context.addServletMappingDecoded("/", "default");
        StaticUrls urls = ServingWebapp.urls(CONTEXT_PATH);
        context.addServletContainerInitializer((classes, servletContext) -> {
            servletContext.setAttribute(StaticUrls.ATTRIBUTE, urls);
            FilterRegistration.Dynamic filter = servletContext.addFilter("ecstatic-static-files", StaticFilesFilter.class);
            filter.setInitParameters(filterParams);
            filter.setAsyncSupported(true); // as the initializer registers it
            filter.addMappingForUrlPatterns(null, false, "/static/*");
        }, null);
        tomcat.start();
        return new TomcatServer(tomcat, connector, baseDir, context);
    }

    /**
     * Starts Tomcat on the web application at {@code root} with {@code servlet} answering every request
     * ({@code /*}): no filter and no {@link StaticUrls}, only a real context over {@code root} and real HTTP.
     */
    public static TomcatServer startServlet(Path root, Servlet servlet) throws Exception {
        Path baseDir = Files.createTempDirectory("ecstatic-tomcat");
        Tomcat tomcat = tomcat(baseDir);
        Connector connector = connector(tomcat);
        Context context = tomcat.addContext(CONTEXT_PATH, root.toString());
        Tomcat.addServlet(context, "answering", servlet);
        context.addServletMappingDecoded("/*", "answering");
        tomcat.start();
        return new TomcatServer(tomcat, connector, baseDir, context);
    }

    private static Tomcat tomcat(Path baseDir) {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        tomcat.setHostname("127.0.0.1");
        return tomcat;
    }

    /** Adds a connector on a free port of the loopback address; its settings apply until Tomcat starts. */
    private static Connector connector(Tomcat tomcat) {
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        return connector;
    }

    @Override
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public String contextPath() {
        return CONTEXT_PATH;
    }

    /** Returns the running web application's ServletContext. */
    public ServletContext servletContext() {
        return context.getServletContext();
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
