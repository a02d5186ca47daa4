package sample;

import org.apache.catalina.startup.Tomcat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A standalone Tomcat, as far as the WAR can tell: only Tomcat's own jars on its class path, the WAR
 * deployed at /app with its WEB-INF/lib scanned for initializers (ecstatic-runtime's and Spring's).
 * Started by {@link StandaloneTomcatIT} in a process of its own. Arguments: the WAR and a work directory.
 */
public final class StandaloneTomcat {
    private StandaloneTomcat() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(work.toString());
        tomcat.setPort(0);
        tomcat.getHost().setAppBase(Files.createDirectories(work.resolve("webapps")).toString());
        tomcat.addWebapp("/app", war.toString());
        tomcat.start();
        System.out.println("standalone Tomcat on port " + tomcat.getConnector().getLocalPort());
        tomcat.getServer().await();
    }
}
