<%@ tag body-content="scriptless" trimDirectiveWhitespaces="true" %>
<%@ attribute name="title" required="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} · Ecstatic demo</title>
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
