package org.ecstatic.runtime.serving;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many bytes of static files may still be held in memory: a file up to {@code maxFileSize}
 * is kept when the total stays within {@code maxTotal}; anything else is streamed.
 */
final class MemoryBudget {
    private final long maxFileSize;
    private final AtomicLong left;

    MemoryBudget(long maxFileSize, long maxTotal) {
        this.maxFileSize = maxFileSize;
        this.left = new AtomicLong(maxTotal);
    }

    /** Returns whether {@code size} bytes may be held, taking them from the budget when so. */
    boolean reserve(long size) {
        if (size > maxFileSize) {
            return false;
        }
        for (long l = left.get(); l >= size; l = left.get()) {
            if (left.compareAndSet(l, l - size)) {
                return true;
            }
        }
        return false;
    }

    /** Gives {@code size} bytes back, when a file held in memory is replaced. */
    void release(long size) {
        left.addAndGet(size);
    }

    /** Returns the largest file held in memory. */
    long maxFileSize() {
        return maxFileSize;
    }
}
