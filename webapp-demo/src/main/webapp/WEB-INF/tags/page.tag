<%@ tag body-content="scriptless" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="title" required="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} · Ecstatic demo</title>
<link rel="icon" type="image/svg+xml" href="<static:url path="img/icons.svg"/>">
<static:stylesheet path="css/site.css"/>
<static:script path="js/app.js" defer="true"/>
<static:script path="js/widget.mjs" type="module"/>
</head>
<body>
<main>
<jsp:doBody/>
</main>
</body>
</html>
