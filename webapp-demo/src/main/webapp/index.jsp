<%@ page contentType="text/html;charset=UTF-8" session="false" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<%@ taglib prefix="site" tagdir="/WEB-INF/tags" %>
<site:page title="Home">
<header class="hero">
<h1><span class="logo"></span> Ecstatic demo</h1>
<p>Every URL below points at a content-hashed file that is cached for a year.</p>
</header>
<ul>
<li>Stylesheet, from <code>&lt;static:url&gt;</code>: <a id="site-css" href="<static:url path="css/site.css"/>"><static:url path="css/site.css"/></a></li>
<li>Image, from <code>static:url()</code>: <img id="stripes" src="${static:url('img/stripes.png')}" alt="stripes" width="24" height="24"></li>
<li>SVG symbol by fragment: <svg width="32" height="32" aria-label="logo"><use href="<static:url path="img/icons.svg#logo"/>"/></svg></li>
<li>A file name a URL must encode: <img id="badge" src="<static:url path="img/badge #1;café.svg"/>" alt="badge" width="16" height="16"> <span class="badge"></span></li>
<li>Font in use: <span id="font-family">(waiting)</span>; module: <span id="widget">(waiting)</span></li>
</ul>
<nav>
<a href="jstl.jsp">Plain JSTL &lt;c:url&gt;</a> ·
<a href="manifest.jsp">Manifest summary</a> ·
<a href="document.jspx">JSP document</a> ·
<a href="modules.jsp">ES modules</a>
</nav>
</site:page>
