package org.ecstatic.tools.cli;

import org.ecstatic.tools.Collector;

import java.io.PrintStream;

/**
 * A progress line on the terminal ({@code reading 4211/10000}), rewritten in place at most five times
 * a second, and only once a run has taken more than a second and only when a person is watching.
 */
final class ProgressLine implements Collector.Progress, AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastShown;
    private boolean shown;

    private ProgressLine(PrintStream err) {
        this.err = err;
    }

    /** Returns a progress line on {@code err} when the terminal is interactive, else one that shows nothing. */
    static ProgressLine onConsole(PrintStream err) {
        return new ProgressLine(System.console() != null ? err : null);
    }

    @Override
    public synchronized void update(String phase, int done, int total) {
        long now = System.nanoTime();
        if (err == null || now - start < DELAY_NANOS || now - lastShown < INTERVAL_NANOS) {
            return;
        }
        lastShown = now;
        shown = true;
        err.print("\r" + phase + " " + done + "/" + total + "   ");
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (shown) {
            err.print("\r" + " ".repeat(40) + "\r");
            err.flush();
        }
    }
}
