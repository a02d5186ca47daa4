package org.ecstatic.runtime.serving;

import java.net.URI;

/** A real servlet container on a free port serving the fixture web application. */
public interface TestServer extends AutoCloseable {
    /** Returns the port it listens on. */
    int port();

    /** Returns the web application's context path, {@code ""} for the root. */
    String contextPath();

    /** Returns the URL of a path inside the web application, e.g. {@code /static/css/site.css}. */
    default URI uri(String pathInContext) {
        return URI.create("http://127.0.0.1:" + port() + contextPath() + pathInContext);
    }

    /** Stops the server; a failure to stop is an {@link IllegalStateException}. */
    @Override
    void close();
}
