<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>Ecstatic: JSP in an executable WAR</title>
  <static:stylesheet path="css/site.css"/>
  <static:script path="js/app.js" defer="true"/>
</head>
<body>
  <h1>JSP in an executable WAR</h1>
  <a id="plain" href="<c:url value="/static/css/site.css"/>">the style sheet, through c:url</a>
</body>
</html>
