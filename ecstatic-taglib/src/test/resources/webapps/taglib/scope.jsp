<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<static:url path="css/site.css" var="inPage" scope="page"/>
<static:url path="css/print.css" var="inRequest" scope="request"/>
<static:url path="js/app.js" var="inSession" scope="session"/>
<static:url path="js/widget.mjs" var="inApplication" scope="application"/>
<p>inPage: [${pageScope.inPage}] [${requestScope.inPage}] [${sessionScope.inPage}] [${applicationScope.inPage}]</p>
<p>inRequest: [${pageScope.inRequest}] [${requestScope.inRequest}] [${sessionScope.inRequest}] [${applicationScope.inRequest}]</p>
<p>inSession: [${pageScope.inSession}] [${requestScope.inSession}] [${sessionScope.inSession}] [${applicationScope.inSession}]</p>
<p>inApplication: [${pageScope.inApplication}] [${requestScope.inApplication}] [${sessionScope.inApplication}] [${applicationScope.inApplication}]</p>
