package org.ecstatic.taglib;

import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/** Tomcat 10.1 embedded with Jasper: each web application added as with a deployed directory. */
final class TomcatContainer implements Container {
    private static final String INITIALIZER = "org.ecstatic.runtime.EcstaticInitializer";

    private final Tomcat tomcat = new Tomcat();

    TomcatContainer(Path baseDir) throws Exception {
        tomcat.setBaseDir(Files.createDirectories(baseDir).toString());
        tomcat.setPort(0);
        tomcat.getConnector();
    }

    @Override
    public void deploy(String contextPath, Path webapp, Map<String, String> parameters) {
        Context context = tomcat.addWebapp(contextPath, webapp.toString());
        parameters.forEach(context::addParameter);
    }

    /** Tomcat runs the initializers it finds on the class path unless they are filtered out by class name. */
    @Override
    public void deployWithoutInitializer(String contextPath, Path webapp) {
        tomcat.addWebapp(contextPath, webapp.toString()).setContainerSciFilter(Pattern.quote(INITIALIZER));
    }

    @Override
    public int start() throws Exception {
        tomcat.start();
        return tomcat.getConnector().getLocalPort();
    }

    @Override
    public void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }
}
