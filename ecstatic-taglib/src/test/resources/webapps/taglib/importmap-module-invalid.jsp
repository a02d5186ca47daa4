<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<static:importmap>
  <static:module name="a" path="js/widget/"/>
</static:importmap>
