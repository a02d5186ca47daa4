package org.ecstatic.runtime.serving;

import java.util.Map;

/**
 * The serving contract on embedded Tomcat 10.1, default connector settings, context {@code /app}; on Tomcat 11
 * through {@link FileServerTomcat11Test}.
 */
class FileServerTomcatTest extends FileServerContract {
    @Override
    TestServer startServer() throws Exception {
        return TomcatServer.start(false, Map.of());
    }
}
