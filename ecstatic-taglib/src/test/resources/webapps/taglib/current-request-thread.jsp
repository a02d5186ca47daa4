<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" import="org.ecstatic.taglib.ElFunctions" %>
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
<%-- The thread is not one the container serves a request on: it has no request to find. --%>
<%
    String[] fromThread = new String[1];
    Thread thread = new Thread(() -> fromThread[0] = siteCss());
    thread.start();
    thread.join();
%>
<p>in the page: ${static:url('css/site.css')}</p>
<p>in a thread the page starts: <%= fromThread[0] %></p>
