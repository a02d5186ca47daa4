<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<static:stylesheet path="css/site.css"/>
<static:stylesheet path="/css/print.css?v=2&x=3#top" media="print"/>
<static:stylesheet path="css/not-collected.css"/>
