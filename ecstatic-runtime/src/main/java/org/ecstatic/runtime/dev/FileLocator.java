package org.ecstatic.runtime.dev;

import java.net.URL;

/**
 * Finds the static files that the web application's own files do not hold: the seam through which a
 * framework that keeps them elsewhere lends its lookup, such as Spring Boot's class-path locations
 * ({@code classpath:/META-INF/resources/static/} inside an executable jar). Published as the
 * ServletContext attribute {@link #ATTRIBUTE} before the web application starts; {@link WebAppFiles}
 * asks it for a name first, and the disk below the static root and the ServletContext when it finds none.
 *
 * <pre>{@code
 * servletContext.setAttribute(FileLocator.ATTRIBUTE, (FileLocator) name -> loader.getResource("public/" + name));
 * }</pre>
 */
@FunctionalInterface
public interface FileLocator {
    /** The ServletContext attribute under which the web application's locator is published. */
    String ATTRIBUTE = FileLocator.class.getName();

    /**
     * Returns where the regular file {@code name} is, or null when there is no such file or it is a
     * directory. {@code name} is relative to the static root and plain: {@link WebAppFiles} never asks
     * for a name with a {@code ..}, {@code .} or empty segment, a backslash or a trailing slash.
     * A {@code file:} URL is read as a file on disk (and sent with sendfile where the container can).
     */
    URL locate(String name);
}
