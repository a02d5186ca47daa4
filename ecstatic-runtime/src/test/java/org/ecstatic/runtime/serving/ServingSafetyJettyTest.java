package org.ecstatic.runtime.serving;

import org.eclipse.jetty.http.UriCompliance;

import java.util.List;
import java.util.Map;

/** The hostile paths on embedded Jetty 12 (ee10) with LEGACY and UNSAFE URI compliance. */
class ServingSafetyJettyTest extends ServingSafetyContract {
    @Override
    List<Lenient> lenientConfigurations() {
        return List.of(
                new Lenient("JETTY_LEGACY", () -> JettyServer.start(UriCompliance.LEGACY, Map.of(), ServingWebapp.urls("")),
                        JETTY_LEGACY),
                new Lenient("JETTY_UNSAFE", () -> JettyServer.start(UriCompliance.UNSAFE, Map.of(), ServingWebapp.urls("")),
                        JETTY_UNSAFE));
    }
}
