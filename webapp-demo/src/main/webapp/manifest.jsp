<%@ page contentType="text/html;charset=UTF-8" session="false" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="site" tagdir="/WEB-INF/tags" %>
<c:set var="urls" value="${applicationScope['org.ecstatic.runtime.StaticUrls']}"/>
<c:set var="manifest" value="${urls.manifest()}"/>
<site:page title="Manifest">
<h1>The manifest in service</h1>
<table id="summary">
<c:choose>
<c:when test="${urls.dev}">
<tr><th>mode</th><td>dev</td></tr>
<tr><th>source</th><td>none: each file is hashed from the web application when first asked for</td></tr>
</c:when>
<c:otherwise>
<tr><th>mode</th><td>manifest</td></tr>
<tr><th>source</th><td><c:out value="${urls.config().manifest()}"/></td></tr>
<tr><th>entries</th><td>${manifest.size()}</td></tr>
<tr><th>hash</th><td>${manifest.hash()}</td></tr>
</c:otherwise>
</c:choose>
</table>
<table id="paths">
<tr><th>logical name</th><th>hashed name</th><th>integrity</th></tr>
<c:forEach var="path" items="${manifest.paths()}">
<tr><td><c:out value="${path.key}"/></td><td><c:out value="${path.value}"/></td><td>${manifest.file(path.value).integrity()}</td></tr>
</c:forEach>
</table>
</site:page>
