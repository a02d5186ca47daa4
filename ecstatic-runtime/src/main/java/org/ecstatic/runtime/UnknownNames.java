package org.ecstatic.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The logical names asked for that have no hash, remembered so that each is reported once, not on
 * every request. At most {@link #LIMIT} names are remembered; beyond that one last warning says so and
 * further names are not reported, so a page that builds names from user input cannot fill the heap.
 */
final class UnknownNames {
    /** How many distinct names are reported before reporting stops. */
    static final int LIMIT = 10_000;

    private static final Logger LOG = Logger.getLogger(UnknownNames.class.getPackageName());

    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final int limit;

    UnknownNames() {
        this(LIMIT);
    }

    UnknownNames(int limit) {
        this.limit = limit;
    }

    /**
     * Logs {@code warning} when {@code name} has not been reported before and the limit is not reached.
     * Only names that have no hash come here, so one lock keeps the count exact without costing a
     * page that uses known names anything.
     */
    synchronized void report(String name, String warning) {
        if (reported.size() >= limit || !reported.add(name)) {
            return;
        }
        LOG.log(Level.WARNING, warning);
        if (reported.size() == limit) {
            LOG.log(Level.WARNING, "Ecstatic: " + limit + " unknown static names reported; further ones are not.");
        }
    }
}
