package org.ecstatic.taglib;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** Names the JSP a request is running, for error messages: {@code /strict.jsp}. */
final class JspLocation {
    private JspLocation() {
    }

    /** Returns the path of the included JSP when there is one, else the servlet path of the request. */
    static String of(ServletRequest request) {
        Object included = request.getAttribute(RequestDispatcher.INCLUDE_SERVLET_PATH);
        if (included instanceof String path) {
            return path;
        }
        return request instanceof HttpServletRequest http ? http.getServletPath() : "(unknown page)";
    }
}
