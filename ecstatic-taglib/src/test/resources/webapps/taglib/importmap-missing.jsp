<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<static:importmap paths="js/modules/app.js, js/missing.js"/>
