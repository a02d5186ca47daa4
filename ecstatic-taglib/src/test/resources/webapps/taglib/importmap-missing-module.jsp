<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<static:importmap include="none">
  <static:module name="gone" path="vendor/gone.js"/>
</static:importmap>
