package org.ecstatic.runtime;

import jakarta.servlet.ServletContext;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.ee10.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.LogRecord;
import java.util.stream.Stream;

/**
 * A fixture web application running in a real embedded Jetty 12 (ee10) or Tomcat 10.1 on a free port,
 * at the context path {@code /app}, with {@link UrlServlet} at {@code /urls}.
 */
public final class WebApp implements AutoCloseable {
    public static final String CONTEXT_PATH = "/app";
    /** One client for every request: a client per request would hold its own connections and selector open. */
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** The two containers every start-up behaviour is checked on. */
    public enum Container { JETTY, TOMCAT }

    private final Container container;
    private final Server jetty;
    private final Tomcat tomcat;
    private final ServletContext context;
    private final int port;
    private String contextPath = CONTEXT_PATH;

    private WebApp(Container container, Server jetty, Tomcat tomcat, ServletContext context, int port) {
        this.container = container;
        this.jetty = jetty;
        this.tomcat = tomcat;
        this.context = context;
        this.port = port;
    }

    /** What to start: the web application's directory, context parameters, and whether initializers run. */
    public static final class Setup {
        final Container container;
        final Path root;
        final Map<String, String> parameters = new LinkedHashMap<>();
        boolean initializers = true;
        String contextPath = CONTEXT_PATH;

        public Setup(Container container, Path root) {
            this.container = container;
            this.root = root;
        }

        public Setup parameter(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        /** Deploys at {@code contextPath} (as the container names it, not percent-encoded) instead of {@code /app}. */
        public Setup contextPath(String contextPath) {
            this.contextPath = contextPath;
            return this;
        }

        /** Keeps the container from running ServletContainerInitializers (as with fragment scanning off). */
        public Setup withoutInitializers() {
            initializers = false;
            return this;
        }

        public WebApp start() throws Exception {
            return container == Container.JETTY ? startJetty(this) : startTomcat(this);
        }

        /**
         * Starts the application expecting the container to refuse it, and returns the message the
         * container reported: Jetty throws from {@code start()}, Tomcat logs the error and leaves the
         * context failed.
         */
        public String startFailure() throws Exception {
            try (LogCapture tomcatLog = LogCapture.of("org.apache.catalina")) {
                try {
                    start().close();
                } catch (IllegalStateException e) {
                    return tomcatLog.records().stream().map(LogRecord::getThrown).filter(Objects::nonNull)
                            .map(Throwable::getMessage).findFirst().orElse(null);
                } catch (Exception e) {
                    return e.getMessage();
                }
                throw new AssertionError(container + " started " + CONTEXT_PATH + " though it should not");
            }
        }
    }

    /**
     * Returns the directory {@code root} packed as {@code root.war}, which the containers serve unpacked.
     * Each entry keeps its file's last-modified time, as a build's archive does.
     */
    public static Path war(Path root) throws IOException {
        Path war = root.resolveSibling(root.getFileName() + ".war");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(war));
             Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                var entry = new java.util.jar.JarEntry(root.relativize(file).toString().replace('\\', '/'));
                entry.setLastModifiedTime(Files.getLastModifiedTime(file));
                out.putNextEntry(entry);
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return war;
    }

    private static boolean isWar(Path root) {
        return root.getFileName().toString().endsWith(".war");
    }

    /**
     * Copies the fixture trees under {@code src/test/resources/webapps/} named {@code layers} into
     * {@code target}, later layers over earlier ones, and returns {@code target}.
     */
    public static Path copy(Path target, String... layers) throws IOException {
        for (String layer : layers) {
            Path from = fixture(layer);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return target;
    }

    private static Path fixture(String layer) {
        URL url = Objects.requireNonNull(WebApp.class.getResource("/webapps/" + layer), layer);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebApp startJetty(Setup setup) throws Exception {
        Server server = new Server(0);
        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath(setup.contextPath);
        if (isWar(setup.root)) {
            webapp.setWar(setup.root.toString());
            webapp.setExtractWAR(false);
        } else {
            webapp.setBaseResourceAsPath(setup.root);
        }
        webapp.setThrowUnavailableOnStartupException(true);
        setup.parameters.forEach(webapp::setInitParameter);
        if (!setup.initializers) {
            webapp.setAttribute(AnnotationConfiguration.SERVLET_CONTAINER_INITIALIZER_EXCLUSION_PATTERN, "org\\.ecstatic\\..*");
        }
        webapp.addServlet(UrlServlet.class, "/urls");
        server.setHandler(webapp);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return new WebApp(Container.JETTY, server, null, webapp.getServletContext(), port).at(setup.contextPath);
    }

    private static WebApp startTomcat(Setup setup) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        tomcat.setAddDefaultWebXmlToWebapp(false);
        ((org.apache.catalina.core.StandardHost) tomcat.getHost()).setUnpackWARs(false);
        Context context = tomcat.addWebapp(setup.contextPath, setup.root.toString());
        setup.parameters.forEach(context::addParameter);
        if (!setup.initializers) {
            ((StandardContext) context).setContainerSciFilter("org\\.ecstatic\\..*");
        }
        Tomcat.addDefaultMimeTypeMappings(context);
        Tomcat.addServlet(context, "default", new DefaultServlet());
        context.addServletMappingDecoded("/", "default");
        Tomcat.addServlet(context, "urls", new UrlServlet());
        context.addServletMappingDecoded("/urls", "urls");
        tomcat.start();
        if (context.getState() != LifecycleState.STARTED) {
            tomcat.stop();
            tomcat.destroy();
            throw new IllegalStateException("Tomcat did not start " + setup.contextPath + ": " + context.getState());
        }
        return new WebApp(Container.TOMCAT, null, tomcat, context.getServletContext(), tomcat.getConnector().getLocalPort())
                .at(setup.contextPath);
    }

    private WebApp at(String contextPath) {
        this.contextPath = contextPath;
        return this;
    }

    /** Returns the ServletContext of the running application. */
    public ServletContext context() {
        return context;
    }

    /** Returns the application's {@link StaticUrls}. */
    public StaticUrls urls() {
        return StaticUrls.get(context);
    }

    /** Returns the absolute URL of {@code pathAndQuery} in the application: {@code http://localhost:<port>/app<pathAndQuery>}. */
    public String urlOf(String pathAndQuery) {
        return "http://localhost:" + port + org.ecstatic.runtime.manifest.UrlPaths.encode(contextPath) + pathAndQuery;
    }

    /** Returns the response to {@code GET /app<pathAndQuery>}. */
    public HttpResponse<String> request(String pathAndQuery) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + org.ecstatic.runtime.manifest.UrlPaths.encode(contextPath) + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Returns the body of {@code GET /app<pathAndQuery>}, which must answer 200. */
    public String get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = request(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(container + ": " + pathAndQuery + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }

    @Override
    public void close() {
        try {
            if (jetty != null) {
                jetty.stop();
            } else {
                tomcat.stop();
                tomcat.destroy();
            }
        } catch (Exception e) {
            throw new IllegalStateException(container + " did not stop", e);
        }
    }

}
