package org.ecstatic.runtime.serving;

import org.eclipse.jetty.http.UriCompliance;

import java.util.List;
import java.util.Map;

/**
 * The hostile paths on embedded Jetty 12 ee11 (Servlet 6.1) with LEGACY and UNSAFE URI compliance, which
 * must let through what they let through on ee10. Runs in the {@code jetty-ee11} surefire execution only.
 */
class ServingSafetyJettyEe11Test extends ServingSafetyContract {
    @Override
    List<Lenient> lenientConfigurations() {
        return List.of(
                new Lenient("JETTY_EE11_LEGACY",
                        () -> JettyEe11Server.start(UriCompliance.LEGACY, Map.of(), ServingWebapp.urls("")), JETTY_LEGACY),
                new Lenient("JETTY_EE11_UNSAFE",
                        () -> JettyEe11Server.start(UriCompliance.UNSAFE, Map.of(), ServingWebapp.urls("")), JETTY_UNSAFE));
    }
}
