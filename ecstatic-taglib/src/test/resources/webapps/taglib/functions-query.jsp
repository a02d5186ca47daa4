<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<a href="${static:url('css/site.css?v=1&lang=en#top')}">${static:url('/js/app.js')}</a>
