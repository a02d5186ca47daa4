package org.ecstatic.runtime.serving;

import org.eclipse.jetty.http.UriCompliance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.ecstatic.runtime.serving.HostileRequests.ALWAYS_REACH_THE_FILTER;
import static org.ecstatic.runtime.serving.HostileRequests.ENCODED_SEPARATORS;
import static org.ecstatic.runtime.serving.HostileRequests.INVALID_UTF8;

/**
 * The {@link HostileRequests} against containers configured to let ambiguous paths through
 * (Jetty's LEGACY and UNSAFE URI compliance, Tomcat with backslashes and encoded slashes passed on),
 * so that they reach the filter, which must refuse them itself. The containers with their default
 * settings get the same requests in {@link FileServerContract.Safety}.
 */
class ServingSafetyTest {

    /** The lenient configurations, and which hostile paths each lets through to the filter. */
    enum Lenient {
        JETTY_LEGACY(ENCODED_SEPARATORS, List.of("/static/..%5cWEB-INF%5cweb.xml"), List.of()),
        JETTY_UNSAFE(ENCODED_SEPARATORS, List.of("/static/..%5cWEB-INF%5cweb.xml", "/static/..\\WEB-INF\\web.xml"),
                INVALID_UTF8),
        TOMCAT_PASSTHROUGH(ENCODED_SEPARATORS, List.of(), List.of());

        final List<String> reachingTheFilter;

        Lenient(List<String> separators, List<String> backslashes, List<String> utf8) {
            this.reachingTheFilter = Stream.of(ALWAYS_REACH_THE_FILTER, separators, backslashes, utf8)
                    .flatMap(List::stream).toList();
        }

        TestServer start() throws Exception {
            return switch (this) {
                case JETTY_LEGACY -> JettyServer.start(UriCompliance.LEGACY, Map.of(), ServingWebapp.urls(""));
                case JETTY_UNSAFE -> JettyServer.start(UriCompliance.UNSAFE, Map.of(), ServingWebapp.urls(""));
                case TOMCAT_PASSTHROUGH -> TomcatServer.start(true, Map.of());
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Lenient.class)
    void refusesWhatALenientContainerLetsThroughWithoutLeaks(Lenient kind) throws Exception {
        try (TestServer server = kind.start()) {
            HostileRequests.assertSafe(server, kind.reachingTheFilter);
        }
    }
}
