<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="site" tagdir="/WEB-INF/tags" %>
<site:assets script="js/missing.js"/>
