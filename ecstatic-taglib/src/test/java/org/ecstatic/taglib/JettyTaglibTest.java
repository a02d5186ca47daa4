package org.ecstatic.taglib;

import java.nio.file.Path;

/** The tag library on Jetty 12 (ee10) with Apache Jasper. */
class JettyTaglibTest extends TaglibContract {
    @Override
    Container newContainer(Path temp) {
        return new JettyContainer();
    }
}
