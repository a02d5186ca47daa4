<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<static:importmap include="js/widget.mjs" nonce='n"1'/>
<% request.setAttribute("ecstatic.nonce", "r4nd0m"); %>
<static:importmap include="js/widget.mjs"/>
<static:modulepreload path="js/widget.mjs"/>
<static:modulepreload path="js/widget.mjs" nonce="given"/>
