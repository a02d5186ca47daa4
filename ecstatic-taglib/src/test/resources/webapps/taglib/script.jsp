<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<static:script path="js/app.js"/>
<static:script path="js/app.js" type="text/javascript" defer="false" async="${false}"/>
<static:script path="/js/widget.mjs?v=2&x=3#top" type="module" defer="${true}" async="true"/>
<static:script path="js/not-collected.js" async="true"/>
