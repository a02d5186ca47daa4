package org.ecstatic.runtime.serving;

/**
 * The hostile paths on embedded Tomcat 11 (Servlet 6.1), as {@link ServingSafetyTomcatTest} sends them to
 * Tomcat 10.1. Runs in the {@code tomcat11} surefire execution only, whose class path has Tomcat 11 in
 * place of Tomcat 10.1 ({@link FileServerTomcat11Test} checks that it does).
 */
class ServingSafetyTomcat11Test extends ServingSafetyTomcatTest {
}
