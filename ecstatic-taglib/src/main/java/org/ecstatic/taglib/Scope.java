package org.ecstatic.taglib;

import jakarta.servlet.jsp.PageContext;

/** The JSP scope names a {@code scope} attribute accepts, as in JSTL. */
final class Scope {
    private Scope() {
    }

    /**
     * Returns the PageContext constant for {@code name}.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    static int parse(String name) {
        return switch (name) {
            case "page" -> PageContext.PAGE_SCOPE;
            case "request" -> PageContext.REQUEST_SCOPE;
            case "session" -> PageContext.SESSION_SCOPE;
            case "application" -> PageContext.APPLICATION_SCOPE;
            default -> throw new IllegalArgumentException("scope=\"" + name
                    + "\" is not a scope; use page, request, session or application");
        };
    }
}
