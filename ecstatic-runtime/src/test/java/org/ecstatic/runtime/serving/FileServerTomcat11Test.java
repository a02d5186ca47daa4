package org.ecstatic.runtime.serving;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.util.ServerInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The serving contract on embedded Tomcat 11 (Servlet 6.1), started as {@link FileServerTomcatTest} starts
 * Tomcat 10.1. Runs in the {@code tomcat11} surefire execution only, whose class path has Tomcat 11 and
 * Servlet 6.1 in place of Tomcat 10.1 and Servlet 6.0.
 */
class FileServerTomcat11Test extends FileServerTomcatTest {
    @Test
    void runsOnTomcat11AndServlet61() throws Exception {
        ServletContext context = ((TomcatServer) server()).servletContext();

        assertThat(ServerInfo.getServerNumber()).startsWith("11.");
        assertThat(context.getMajorVersion() + "." + context.getMinorVersion()).isEqualTo("6.1");
        // new in Servlet 6.1: the API on the class path is not 6.0
        assertThat(HttpServletResponse.class.getMethod("sendRedirect", String.class, int.class, boolean.class))
                .isNotNull();
    }
}
