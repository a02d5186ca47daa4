package org.ecstatic.runtime.serving;

import java.util.Map;

/** The serving contract on embedded Jetty 12 (ee10), default URI compliance, root context. */
class FileServerJettyTest extends FileServerContract {
    @Override
    TestServer startServer() throws Exception {
        return JettyServer.start(Map.of());
    }

    @Override
    boolean containerRefusesAnEncodedPercent() {
        return true;
    }
}
