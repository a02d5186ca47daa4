package org.ecstatic.runtime.serving;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryBudgetTest {

    @Test
    void holdsFilesUpToTheLargestFileSize() {
        MemoryBudget budget = new MemoryBudget(100, 1000);

        assertThat(budget.maxFileSize()).isEqualTo(100);
        assertThat(budget.reserve(100)).isTrue();
        assertThat(budget.reserve(101)).isFalse();
        assertThat(left(budget)).isEqualTo(900);
    }

    @Test
    void holdsFilesUntilTheTotalIsReachedExactly() {
        MemoryBudget budget = new MemoryBudget(400, 1000);

        assertThat(budget.reserve(400)).isTrue();
        assertThat(budget.reserve(400)).isTrue();
        assertThat(budget.reserve(300)).as("300 more than the 200 left").isFalse();
        assertThat(budget.reserve(200)).as("exactly what is left").isTrue();
        assertThat(budget.reserve(1)).isFalse();
        assertThat(budget.reserve(0)).as("an empty file holds nothing").isTrue();
    }

    @Test
    void takesNothingForAFileItRefuses() {
        MemoryBudget budget = new MemoryBudget(500, 600);
        budget.reserve(500);

        assertThat(budget.reserve(200)).isFalse();
        assertThat(budget.reserve(600)).isFalse();
        assertThat(left(budget)).isEqualTo(100);
    }

    @Test
    void takesBackWhatIsReleased() {
        MemoryBudget budget = new MemoryBudget(1000, 1000);
        budget.reserve(700);
        assertThat(budget.reserve(700)).isFalse();

        budget.release(700);

        assertThat(budget.reserve(700)).isTrue();
        assertThat(left(budget)).isEqualTo(300);
    }

    @Test
    void holdsNothingButEmptyFilesWithAZeroSize() {
        MemoryBudget budget = new MemoryBudget(0, 16 * 1024 * 1024);

        assertThat(budget.reserve(1)).isFalse();
        assertThat(budget.reserve(0)).isTrue();
    }

    @Test
    void holdsNothingWithAZeroTotal() {
        MemoryBudget budget = new MemoryBudget(64 * 1024, 0);

        assertThat(budget.reserve(1)).isFalse();
        assertThat(budget.reserve(0)).isTrue();
    }

    @Test
    void neverGivesMoreThanTheTotalToThreadsReservingAtOnce() throws Exception {
        int threads = 8;
        int attemptsEach = 20_000;
        long total = 50_000;
        MemoryBudget budget = new MemoryBudget(10, total);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> granted = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long size = 1 + t % 3;
                granted.add(pool.submit(() -> {
                    start.await();
                    long bytes = 0;
                    for (int i = 0; i < attemptsEach; i++) {
                        if (budget.reserve(size)) {
                            bytes += size;
                        }
                    }
                    return bytes;
                }));
            }
            start.countDown();
            long sum = 0;
            for (Future<Long> f : granted) {
                sum += f.get(30, TimeUnit.SECONDS);
            }

            assertThat(sum).isLessThanOrEqualTo(total).isGreaterThan(total - 3);
            assertThat(sum + left(budget)).isEqualTo(total);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Returns how many bytes are left: what reserving pieces of at most a file's size can take, given back after. */
    private static long left(MemoryBudget budget) {
        long taken = 0;
        for (long piece = budget.maxFileSize(); piece > 0; ) {
            if (budget.reserve(piece)) {
                taken += piece;
            } else {
                piece /= 2;
            }
        }
        budget.release(taken);
        return taken;
    }
}
