package org.ecstatic.taglib;

import java.nio.file.Path;

/** The tag library on Tomcat 10.1 with its Jasper. */
class TomcatTaglibTest extends TaglibContract {
    @Override
    Container newContainer(Path temp) throws Exception {
        return new TomcatContainer(temp);
    }
}
