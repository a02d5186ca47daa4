<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<p>[${static:integrity('css/site.css')}] [${static:integrity('/css/site.css?v=2#top')}] [${static:integrity('img/missing.png')}]</p>
