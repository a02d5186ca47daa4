<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true"
         import="org.ecstatic.taglib.CurrentRequest, jakarta.servlet.ServletRequestEvent, jakarta.servlet.ServletRequestWrapper" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<%-- The page tells the listener itself that another request (here a wrapper of this one) ended on this thread. --%>
<p>in the page: ${static:url('css/site.css')}</p>
<% new CurrentRequest().requestDestroyed(new ServletRequestEvent(application, new ServletRequestWrapper(request))); %>
<p>after another request ended: ${static:url('css/site.css')}</p>
