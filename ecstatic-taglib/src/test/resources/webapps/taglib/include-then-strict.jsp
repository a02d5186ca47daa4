<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<jsp:include page="functions.jsp"/>
<p><static:url path="css/missing.css"/></p>
