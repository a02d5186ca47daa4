package org.ecstatic.runtime.serving;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.ecstatic.runtime.serving.HostileRequests.ALWAYS_REACH_THE_FILTER;
import static org.ecstatic.runtime.serving.HostileRequests.ENCODED_SEPARATORS;
import static org.ecstatic.runtime.serving.HostileRequests.INVALID_UTF8;

/**
 * The {@link HostileRequests} against containers configured to let ambiguous paths through
 * (Jetty's LEGACY and UNSAFE URI compliance, Tomcat with backslashes and encoded slashes passed on),
 * so that they reach the filter, which must refuse them itself. Each container runs it through a
 * subclass that lists its lenient configurations. The containers with their default settings get the
 * same requests in {@link FileServerContract.Safety}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServingSafetyContract {
    /** The hostile paths Jetty's LEGACY URI compliance lets through to the filter. */
    static final List<String> JETTY_LEGACY = reaching(ENCODED_SEPARATORS, List.of("/static/..%5cWEB-INF%5cweb.xml"));
    /** The hostile paths Jetty's UNSAFE URI compliance lets through to the filter. */
    static final List<String> JETTY_UNSAFE = reaching(ENCODED_SEPARATORS,
            List.of("/static/..%5cWEB-INF%5cweb.xml", "/static/..\\WEB-INF\\web.xml"), INVALID_UTF8);
    /** The hostile paths Tomcat lets through to the filter with backslashes and encoded slashes passed on. */
    static final List<String> TOMCAT_PASSTHROUGH = reaching(ENCODED_SEPARATORS);

    /** A lenient configuration: its name, how to start it, and which hostile paths it lets through to the filter. */
    record Lenient(String name, Starter starter, List<String> reachingTheFilter) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Starts a container with the fixture web application and the filter. */
    @FunctionalInterface
    interface Starter {
        TestServer start() throws Exception;
    }

    /** Returns the container's lenient configurations. */
    abstract List<Lenient> lenientConfigurations();

    @SafeVarargs
    private static List<String> reaching(List<String>... letThrough) {
        List<String> reaching = new ArrayList<>(ALWAYS_REACH_THE_FILTER);
        for (List<String> paths : letThrough) {
            reaching.addAll(paths);
        }
        return List.copyOf(reaching);
    }

    @ParameterizedTest
    @MethodSource("lenientConfigurations")
    void refusesWhatALenientContainerLetsThroughWithoutLeaks(Lenient kind) throws Exception {
        try (TestServer server = kind.starter().start()) {
            HostileRequests.assertSafe(server, kind.reachingTheFilter());
        }
    }
}
