package org.ecstatic.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The working directory of a benchmark, deleted when the JVM exits, also when it is interrupted
 * (Ctrl-C, {@code kill}): the run stops at the next step ({@link #checkpoint()}), and the directory goes
 * once no step writes into it. A tree left in {@code /dev/shm} makes the files of the next run there
 * slower to write, and its figures wrong.
 */
final class BenchDirectory {
    private static volatile boolean stopping;

    private BenchDirectory() {
    }

    /** What a benchmark runs in its directory. */
    interface Benchmark {
        void run() throws IOException;
    }

    /** Runs {@code benchmark}, which works in {@code work}; deletes {@code work} when the JVM exits. */
    static void run(Path work, Benchmark benchmark) throws IOException {
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            try {
                done.await(60, TimeUnit.SECONDS); // the step running now ends first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            delete(work);
        }, "delete " + work));
        try {
            benchmark.run();
        } catch (Stopped e) {
            System.err.println("interrupted: " + work + " is deleted");
        } finally {
            done.countDown();
        }
    }

    /** Ends the run here when the JVM is being stopped. */
    static void checkpoint() {
        if (stopping) {
            throw new Stopped();
        }
    }

    private static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + root + " (" + e + "): delete it by hand");
        }
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
