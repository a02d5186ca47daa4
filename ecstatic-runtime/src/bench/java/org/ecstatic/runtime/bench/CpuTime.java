package org.ecstatic.runtime.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.ToIntFunction;

/**
 * The same work as the JMH benchmarks, timed by the CPU time of the measuring thread instead of the
 * wall clock, so that other processes on a shared machine do not count. GC threads are not counted
 * either. The best of several rounds is reported, after a warm-up.
 */
final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    private CpuTime() {
    }

    /** Returns the calls per CPU second of {@code call} on {@code state}, best of five rounds of {@code calls}. */
    static <T> double callsPerSecond(T state, ToIntFunction<T> call, int calls) {
        repeat(state, call, calls);
        double best = 0;
        for (int round = 0; round < 5; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            repeat(state, call, calls);
            best = Math.max(best, calls / ((THREADS.getCurrentThreadCpuTime() - start) / 1e9));
        }
        return best;
    }

    /** Returns the CPU milliseconds of one {@code call}, best of ten after three for warm-up. */
    static <T> double millis(T state, ToIntFunction<T> call) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 13; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            sink += call.applyAsInt(state);
            double ms = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
            best = round < 3 ? best : Math.min(best, ms);
        }
        return best;
    }

    /** Returns a value that depends on every result, so that no call is optimised away. */
    static long sink() {
        return sink;
    }

    private static <T> void repeat(T state, ToIntFunction<T> call, int calls) {
        long local = 0;
        for (int i = 0; i < calls; i++) {
            local += call.applyAsInt(state);
        }
        sink += local;
    }
}
