<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<static:stylesheet path="css/site.css"/>
<static:stylesheet path="css/print.css" media="print" title='Say "hi" & <b>'/>
<static:script path="js/app.js" defer="true"/>
<static:script path="js/widget.mjs" type="module" async="true" data-role="widget"/>
<static:script path="js/not-collected.js" nomodule="${true}"/>
