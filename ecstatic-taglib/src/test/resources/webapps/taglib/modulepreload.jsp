<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<static:modulepreload path="js/modules/app.js"/>
<static:modulepreload path="js/shared/util.js" crossorigin="use-credentials"/>
