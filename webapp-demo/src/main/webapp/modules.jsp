<%@ page contentType="text/html;charset=UTF-8" session="false" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ES modules · Ecstatic demo</title>
<link rel="icon" type="image/svg+xml" href="<static:url path="img/icons.svg"/>">
<static:stylesheet path="css/site.css"/>
<static:importmap/>
<static:modulepreload path="js/modules/app.js"/>
<script type="module" src="<static:url path="js/modules/app.js"/>"></script>
</head>
<body>
<main>
<h1>ES modules</h1>
<p>Every module below is loaded from a content-hashed URL: the import map sends the plain URL of each
module, and the bare specifier <code>tiny-lib</code>, to its hashed file.</p>
<ul>
<li><code>import './lib/format.js'</code>: <span id="format">(waiting)</span></li>
<li><code>import '../shared/util.js'</code>: <span id="util">(waiting)</span></li>
<li><code>import 'tiny-lib'</code>: <span id="bare">(waiting)</span></li>
<li><code>import('./lazy.js')</code>: <span id="lazy">(waiting)</span></li>
</ul>
<p><a href="/">Home</a></p>
</main>
</body>
</html>
