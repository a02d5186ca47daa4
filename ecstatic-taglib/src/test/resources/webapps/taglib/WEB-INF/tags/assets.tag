<%@ tag body-content="empty" trimDirectiveWhitespaces="true" %>
<%@ attribute name="script" required="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<static:stylesheet path="css/site.css"/>
<static:script path="${script}" defer="true"/>
<static:url path="css/print.css" var="print"/>
<link rel="alternate stylesheet" href="${print}">
