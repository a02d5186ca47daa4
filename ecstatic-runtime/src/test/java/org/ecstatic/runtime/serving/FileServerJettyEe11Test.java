package org.ecstatic.runtime.serving;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The serving contract on embedded Jetty 12 ee11 (Servlet 6.1), default URI compliance, root context.
 * Runs in the {@code jetty-ee11} surefire execution only, whose class path holds Servlet 6.1 and neither
 * Jetty ee10 nor Tomcat.
 */
class FileServerJettyEe11Test extends FileServerContract {
    @Override
    TestServer startServer() throws Exception {
        return JettyEe11Server.start(Map.of());
    }

    @Override
    boolean containerRefusesAnEncodedPercent() {
        return true;
    }

    @Test
    void runsOnServlet61() throws Exception {
        ServletContext context = ((JettyEe11Server) server()).servletContext();

        assertThat(context.getMajorVersion() + "." + context.getMinorVersion()).isEqualTo("6.1");
        // new in Servlet 6.1: the API on the class path is not 6.0
        assertThat(HttpServletResponse.class.getMethod("sendRedirect", String.class, int.class, boolean.class))
                .isNotNull();
    }
}
