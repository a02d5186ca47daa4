<%@ page contentType="text/html;charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
<static:importmap include="none">
  <static:module name="x</script>" path="js/widget.mjs"/>
  <static:module name="tiny/" path="vendor/tiny/"/>
</static:importmap>
