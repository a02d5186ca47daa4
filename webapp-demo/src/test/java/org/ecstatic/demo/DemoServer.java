package org.ecstatic.demo;

import org.eclipse.jetty.ee10.apache.jsp.JettyJasperInitializer;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Runs the built demo on Jetty 12 (ee10) with JSP compiled by Apache Jasper:
 * <pre>
 * mvn -B -DskipTests install &amp;&amp; mvn -B -pl webapp-demo exec:java            # http://localhost:8080/
 * mvn -B -pl webapp-demo exec:java -Dport=9090
 * </pre>
 * It deploys the exploded WAR the build left in {@code target/webapp-demo-<version>} (system
 * property {@code demo.webapp}), so what runs is exactly what the WAR contains.
 */
public final class DemoServer {
    private DemoServer() {
    }

    /** Starts the demo and waits until the process is stopped (Ctrl+C). */
    public static void main(String[] args) throws Exception {
        Path webapp = builtWebapp();
        Server server = start(webapp, Integer.getInteger("port", 8080));
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        System.out.println("Ecstatic demo running at http://localhost:" + port + "/ (Ctrl+C to stop)");
        server.join();
    }

    /**
     * Returns a started Jetty serving {@code webapp} at the root context on {@code port} (0: any free port).
     *
     * @throws Exception when Jetty cannot start, or the web application fails to start
     */
    public static Server start(Path webapp, int port) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);
        WebAppContext context = new WebAppContext(webapp.toString(), "/");
        context.addServletContainerInitializer(new JettyJasperInitializer());
        context.setThrowUnavailableOnStartupException(true);
        server.setHandler(context);
        server.start();
        return server;
    }

    /**
     * Returns the exploded WAR named by the system property {@code demo.webapp}.
     *
     * @throws IllegalStateException saying how to build it when it is missing
     */
    public static Path builtWebapp() {
        String location = System.getProperty("demo.webapp", "webapp-demo/target/webapp-demo-0.1.0-SNAPSHOT");
        Path webapp = Paths.get(location);
        if (!Files.isRegularFile(webapp.resolve("WEB-INF/classes/META-INF/ecstatic/manifest.json"))) {
            throw new IllegalStateException("The demo is not built: " + webapp.toAbsolutePath()
                    + " has no WEB-INF/classes/META-INF/ecstatic/manifest.json. Run mvn -B -DskipTests install first.");
        }
        return webapp;
    }
}
