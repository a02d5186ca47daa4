<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<p><static:url path="img/not-collected.png"/></p>
<p>${static:url('img/not-collected.png')} [${static:integrity('img/not-collected.png')}]</p>
<static:stylesheet path="css/not-collected.css"/>
<static:script path="js/not-collected.js"/>
