<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<p><static:url path="css/site.css"/></p>
<p><static:url path="/js/app.js"/></p>
<p><static:url path="css/site.css?v=1&lang=en#top"/></p>
<p><static:url path="img/not-collected.png"/></p>
<static:url path="js/app.js" var="pageUrl"/>
<static:url path="css/print.css" var="requestUrl" scope="request"/>
<p>page: ${pageUrl}</p>
<p>request: ${requestScope.requestUrl}</p>
