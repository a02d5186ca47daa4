<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<%-- A page that keeps a session, as a cart or a sign-in page does. On a visitor's first page the browser
     has no session cookie yet, so the container's encodeURL appends ;jsessionid=... to each URL. --%>
<c:set var="visits" scope="session" value="${sessionScope.visits + 1}"/>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Cart · Ecstatic demo</title>
<link rel="stylesheet" href="<c:url value='/static/css/site.css'/>">
<static:script path="js/app.js" defer="true"/>
</head>
<body>
<main>
<h1>Cart</h1>
<p>This page keeps a session (visit ${visits}). On a first visit <code>&lt;c:url&gt;</code> adds the
session id to the stylesheet's URL: <a id="stylesheet" href="<c:url value='/static/css/site.css'/>"><c:url value="/static/css/site.css"/></a>.</p>
<p><a href="<c:url value='/'/>">Home</a></p>
</main>
</body>
</html>
