<%@ page contentType="text/html;charset=UTF-8" session="false" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Plain JSTL · Ecstatic demo</title>
<link rel="icon" type="image/svg+xml" href="<c:url value='/static/img/icons.svg'/>">
<link rel="stylesheet" href="<c:url value='/static/css/site.css'/>">
<script src="<c:url value='/static/js/app.js'/>" defer></script>
</head>
<body>
<main>
<h1>Plain JSTL</h1>
<p>This page has no Ecstatic tags: <code>&lt;c:url value="/static/css/site.css"/&gt;</code> went through
<code>response.encodeURL</code>, which gave <a id="encoded" href="<c:url value='/static/img/stripes.png'/>"><c:url value="/static/img/stripes.png"/></a>.</p>
<p><a href="<c:url value='/'/>">Home</a></p>
</main>
</body>
</html>
