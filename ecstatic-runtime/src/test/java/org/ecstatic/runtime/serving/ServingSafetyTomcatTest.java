package org.ecstatic.runtime.serving;

import java.util.List;
import java.util.Map;

/** The hostile paths on embedded Tomcat 10.1 with backslashes and encoded slashes passed on. */
class ServingSafetyTomcatTest extends ServingSafetyContract {
    @Override
    List<Lenient> lenientConfigurations() {
        return List.of(new Lenient("TOMCAT_PASSTHROUGH", () -> TomcatServer.start(true, Map.of()), TOMCAT_PASSTHROUGH));
    }
}
