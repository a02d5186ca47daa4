<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<% pageContext.setAttribute("title", "Tom & \"Jerry\" <3 'cheese'"); %>
<static:stylesheet path="css/site.css" title="${title}" data-n="${3}" hidden="${false}" id="${null}" media="screen"/>
<static:script path="js/app.js" data-a="1" nomodule="${true}" data-b="<2>" data-c="${title}"/>
