package org.ecstatic.demo;

import org.eclipse.jetty.server.Server;

import java.net.URI;
import java.nio.file.Path;

/** The ES module page in Chromium, served by Jetty 12 as DemoServer starts it. */
class JettyModulesBrowserIT extends ModulesBrowserContract {
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
