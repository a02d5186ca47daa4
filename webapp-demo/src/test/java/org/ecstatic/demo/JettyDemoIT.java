package org.ecstatic.demo;

import org.eclipse.jetty.server.Server;

import java.net.URI;
import java.nio.file.Path;

/** The demo WAR on Jetty 12 (ee10) with Apache Jasper, started the way DemoServer starts it. */
class JettyDemoIT extends DemoContract {
    private Server server;

    @Override
    URI start(Path webapp, Path temp) throws Exception {
        server = DemoServer.start(webapp, 0);
        return server.getURI();
    }

    @Override
    void stop() throws Exception {
        server.stop();
    }
}
