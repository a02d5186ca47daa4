package org.ecstatic.runtime;

import static org.assertj.core.api.Assertions.assertThat;

/** Waits for something a background thread does, failing the test after ten seconds. */
final class Eventually {
    private Eventually() {
    }

    /** A condition that may throw while it is checked. */
    interface Condition {
        boolean holds() throws Exception;
    }

    /** Returns once {@code condition} holds; fails naming {@code what} when it has not within ten seconds. */
    static void await(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("%s within 10 s", what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
