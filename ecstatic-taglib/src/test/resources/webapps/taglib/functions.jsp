<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<img src="${static:url('css/site.css')}" alt="">
<link rel="preload" href="${static:url('js/widget.mjs')}" integrity="${static:integrity('js/widget.mjs')}">
<p>[${static:integrity('img/not-collected.png')}]</p>
