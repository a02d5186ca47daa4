package org.ecstatic.tools.cli;

import org.ecstatic.tools.Collector;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A progress line on the terminal ({@code reading 4211/10000}), rewritten in place at most five times
 * a second, and only once a run has taken more than a second and only when a person is watching.
 * Closing it wipes the line, so the summary that follows starts on a clean line.
 */
public final class ProgressLine implements Collector.Progress, AutoCloseable {
    static final long DELAY_NANOS = 1_000_000_000L;
    static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintStream err;
    private final LongSupplier clock;
    private final long start;
    private long lastShown;
    private boolean shown;

    /**
     * Returns a progress line on {@code err} (nothing when it is null) that reads the time from
     * {@code clock} in nanoseconds.
     */
    ProgressLine(PrintStream err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** Returns a progress line on {@code err} when the terminal is interactive, else one that shows nothing. */
    public static ProgressLine onConsole(PrintStream err) {
        return new ProgressLine(System.console() != null ? err : null, System::nanoTime);
    }

    @Override
    public synchronized void update(String phase, int done, int total) {
        long now = clock.getAsLong();
        if (err == null || now - start < DELAY_NANOS || (shown && now - lastShown < INTERVAL_NANOS)) {
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
