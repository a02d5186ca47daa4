package org.ecstatic.runtime.serving;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** The serving contract on embedded Jetty 12 (ee10), default URI compliance, root context. */
class StaticFilesFilterJettyTest extends StaticFilesFilterContract {
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = JettyServer.start(Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Override
    TestServer server() {
        return server;
    }
}
