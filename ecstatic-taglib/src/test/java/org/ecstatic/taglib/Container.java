package org.ecstatic.taglib;

import java.nio.file.Path;
import java.util.Map;

/** An embedded servlet container on a free port, serving web application directories. */
interface Container {
    /** Adds a web application at {@code contextPath} with context parameters; call before start. */
    void deploy(String contextPath, Path webapp, Map<String, String> parameters) throws Exception;

    /** Starts the container and returns the port it listens on. */
    int start() throws Exception;

    /** Stops the container. */
    void stop() throws Exception;
}
