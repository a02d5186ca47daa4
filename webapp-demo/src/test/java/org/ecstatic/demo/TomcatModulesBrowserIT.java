package org.ecstatic.demo;

import org.apache.catalina.startup.Tomcat;

import java.net.URI;
import java.nio.file.Path;

/** The ES module page in Chromium, served by Tomcat 10.1 from the same WAR, unchanged. */
class TomcatModulesBrowserIT extends ModulesBrowserContract {
    private final Tomcat tomcat = new Tomcat();

    @Override
    URI start(Path webapp, Path temp) throws Exception {
        tomcat.setBaseDir(temp.toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        tomcat.addWebapp("", webapp.toAbsolutePath().toString());
        tomcat.start();
        return URI.create("http://localhost:" + tomcat.getConnector().getLocalPort() + "/");
    }

    @Override
    void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }
}
