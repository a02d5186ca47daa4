package org.ecstatic.taglib;

import org.eclipse.jetty.ee10.apache.jsp.JettyJasperInitializer;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

import java.nio.file.Path;
import java.util.Map;

/** Jetty 12 (ee10) with Apache Jasper: each web application a WebAppContext. */
final class JettyContainer implements Container {
    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    private final ContextHandlerCollection contexts = new ContextHandlerCollection();

    JettyContainer() {
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(contexts);
    }

    @Override
    public void deploy(String contextPath, Path webapp, Map<String, String> parameters) {
        WebAppContext context = new WebAppContext(webapp.toString(), contextPath);
        parameters.forEach(context::setInitParameter);
        context.addServletContainerInitializer(new JettyJasperInitializer());
        contexts.addHandler(context);
    }

    /** Jetty runs no initializer found on the class path here (no annotations configuration): a plain deployment. */
    @Override
    public void deployWithoutInitializer(String contextPath, Path webapp) {
        deploy(contextPath, webapp, Map.of());
    }

    @Override
    public int start() throws Exception {
        server.start();
        return connector.getLocalPort();
    }

    @Override
    public void stop() throws Exception {
        server.stop();
    }
}
