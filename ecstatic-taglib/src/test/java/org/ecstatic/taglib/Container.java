package org.ecstatic.taglib;

import java.nio.file.Path;
import java.util.Map;

/** An embedded servlet container on a free port, serving web application directories. */
interface Container {
    /** Adds a web application at {@code contextPath} with context parameters; call before start. */
    void deploy(String contextPath, Path webapp, Map<String, String> parameters) throws Exception;

    /**
     * Adds a web application in which Ecstatic's ServletContainerInitializer does not run (as when fragment
     * scanning is off), so that only its web.xml can start Ecstatic; call before start.
     */
    void deployWithoutInitializer(String contextPath, Path webapp) throws Exception;

    /** Starts the container and returns the port it listens on. */
    int start() throws Exception;

    /** Stops the container. */
    void stop() throws Exception;
}
