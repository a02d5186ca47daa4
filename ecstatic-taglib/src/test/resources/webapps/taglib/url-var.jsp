<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<static:url path="css/site.css?v=1&lang=en" var="site"/>
<p><static:url path="css/site.css?v=1&lang=en"/></p>
<p>${site}</p>
