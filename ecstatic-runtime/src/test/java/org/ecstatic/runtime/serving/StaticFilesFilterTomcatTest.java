package org.ecstatic.runtime.serving;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** The serving contract on embedded Tomcat 10.1, default connector settings, context {@code /app}. */
class StaticFilesFilterTomcatTest extends StaticFilesFilterContract {
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TomcatServer.start(false, Map.of());
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
