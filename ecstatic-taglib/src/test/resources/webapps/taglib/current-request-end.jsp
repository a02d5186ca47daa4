<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true"
         import="org.ecstatic.taglib.CurrentRequest, org.ecstatic.taglib.ElFunctions, jakarta.servlet.ServletRequestEvent" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<%!
    /** Returns what static:url gives for css/site.css, or the message of what it throws. */
    static String siteCss() {
        try {
            return ElFunctions.url("css/site.css");
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
%>
<%-- The page tells the listener itself what the container tells it when this request ends and starts. --%>
<% CurrentRequest listener = new CurrentRequest(); %>
<p>in the page: ${static:url('css/site.css')}</p>
<% listener.requestDestroyed(new ServletRequestEvent(application, request)); %>
<p>after this request ended: <%= siteCss() %></p>
<% listener.requestInitialized(new ServletRequestEvent(application, request)); %>
<p>when it starts again: ${static:url('css/site.css')}</p>
