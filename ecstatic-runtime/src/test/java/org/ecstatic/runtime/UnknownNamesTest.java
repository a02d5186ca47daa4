package org.ecstatic.runtime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownNamesTest {
    static final String PACKAGE = "org.ecstatic.runtime";

    @Nested
    class Reports {
        @Test
        void sayEachNameOnce() {
            UnknownNames names = new UnknownNames();
            try (LogCapture log = LogCapture.ecstatic()) {
                for (int i = 0; i < 3; i++) {
                    names.report("css/a.css", "unknown css/a.css");
                    names.report("css/b.css", "unknown css/b.css");
                }
                assertThat(log.messages(Level.WARNING)).containsExactly("unknown css/a.css", "unknown css/b.css");
            }
        }

        @Test
        void areWarningsOfTheRuntimesLogger() {
            UnknownNames names = new UnknownNames();
            try (LogCapture log = LogCapture.ecstatic()) {
                names.report("css/a.css", "unknown css/a.css");
                assertThat(log.records()).singleElement().satisfies(record -> {
                    assertThat(record.getLevel()).isEqualTo(Level.WARNING);
                    assertThat(record.getLoggerName()).isEqualTo(PACKAGE);
                });
            }
        }

        @Test
        void goByTheNameNotByTheWarning() {
            UnknownNames names = new UnknownNames();
            try (LogCapture log = LogCapture.ecstatic()) {
                names.report("css/a.css", "first");
                names.report("css/a.css", "second");
                names.report("css/b.css", "first");
                assertThat(log.messages(Level.WARNING)).containsExactly("first", "first");
            }
        }

        @Test
        void areKeptApartPerInstance() {
            try (LogCapture log = LogCapture.ecstatic()) {
                new UnknownNames().report("css/a.css", "unknown in one application");
                new UnknownNames().report("css/a.css", "unknown in another");
                assertThat(log.messages(Level.WARNING))
                        .containsExactly("unknown in one application", "unknown in another");
            }
        }
    }

    @Nested
    class Limit {
        @Test
        void endsReportingWithOneLastWarning() {
            UnknownNames names = new UnknownNames(3);
            try (LogCapture log = LogCapture.ecstatic()) {
                for (String name : List.of("a", "b", "a", "c", "d", "e", "a", "d")) {
                    names.report(name, "unknown " + name);
                }
                assertThat(log.messages(Level.WARNING)).containsExactly("unknown a", "unknown b", "unknown c",
                        "Ecstatic: 3 unknown static names reported; further ones are not.");
            }
        }

        @Test
        void isTenThousandNamesByDefault() {
            UnknownNames names = new UnknownNames();
            Logger logger = Logger.getLogger(PACKAGE);
            boolean toConsole = logger.getUseParentHandlers();
            logger.setUseParentHandlers(false); // ten thousand lines on the console say nothing more
            try (LogCapture log = LogCapture.ecstatic()) {
                for (int i = 0; i <= 10_000; i++) {
                    names.report("img/" + i + ".png", "unknown img/" + i + ".png");
                }
                List<String> warnings = log.messages(Level.WARNING);
                assertThat(warnings).hasSize(10_001);
                assertThat(warnings.subList(9_998, 10_001)).containsExactly("unknown img/9998.png",
                        "unknown img/9999.png", "Ecstatic: 10000 unknown static names reported; further ones are not.");
            } finally {
                logger.setUseParentHandlers(toConsole);
            }
        }
    }

    @Nested
    class ConcurrentReports {
        static final int THREADS = 8;

        /** Runs {@code task} on {@link #THREADS} threads at once, passing each its number. */
        static void together(java.util.function.IntConsumer task) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        task.accept(thread);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : done) {
                    future.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void ofTheSameNameLogOnce() throws Exception {
            for (int round = 0; round < 50; round++) {
                UnknownNames names = new UnknownNames();
                try (LogCapture log = LogCapture.ecstatic()) {
                    together(thread -> {
                        for (int i = 0; i < 20; i++) {
                            names.report("css/same.css", "unknown css/same.css");
                        }
                    });
                    assertThat(log.messages(Level.WARNING)).as("round %d", round).containsExactly("unknown css/same.css");
                }
            }
        }

        @Test
        void ofDifferentNamesLogEachOnce() throws Exception {
            UnknownNames names = new UnknownNames();
            try (LogCapture log = LogCapture.ecstatic()) {
                together(thread -> {
                    for (int i = 0; i < 200; i++) {
                        names.report("img/" + i + ".png", "unknown img/" + i + ".png");
                    }
                });
                assertThat(log.records()).extracting(LogRecord::getMessage).hasSize(200).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void manyThreadsReportAtMostTheLimitAndTheLastWarningOnce() throws Exception {
        Logger logger = Logger.getLogger("org.ecstatic.runtime");
        logger.setUseParentHandlers(false);
        try {
            for (int round = 0; round < 300; round++) {
                UnknownNames names = new UnknownNames(2);
                try (LogCapture log = LogCapture.ecstatic()) {
                    UnknownNamesTest.ConcurrentReports.together(thread -> {
                        for (int i = 0; i < 3; i++) {
                            names.report("img/" + thread + "-" + i + ".png", "unknown img/" + thread + "-" + i + ".png");
                        }
                    });
                    assertThat(log.messages(Level.WARNING)).as("round %d", round).hasSize(3)
                            .endsWith("Ecstatic: 2 unknown static names reported; further ones are not.");
                }
            }
        } finally {
            logger.setUseParentHandlers(true);
        }
    }

    @Nested
    class Memory {
        @Test
        void stopsReportingOnceTheNamesKeptReachTheCharacterBound() {
            UnknownNames names = new UnknownNames(10_000, 1_000);
            try (LogCapture log = LogCapture.ecstatic()) {
                for (int i = 0; i < 20; i++) {
                    names.report("img/" + i + "-" + "x".repeat(5_000), "unknown " + i);
                }
                // each name is kept as its first 256 characters and its length: the fourth reaches 1,000
                assertThat(log.messages(Level.WARNING)).containsExactly("unknown 0", "unknown 1", "unknown 2",
                        "unknown 3", "Ecstatic: 4 unknown static names reported; further ones are not.");
            }
        }

        @Test
        void tellsLongNamesApartByTheirStartAndLength() {
            UnknownNames names = new UnknownNames();
            try (LogCapture log = LogCapture.ecstatic()) {
                names.report("a".repeat(300), "first");
                names.report("a".repeat(300), "again");
                names.report("a".repeat(301), "longer");
                assertThat(log.messages(Level.WARNING)).containsExactly("first", "longer");
            }
        }
    }

    @Nested
    class Shown {
        @Test
        void isTheNameWhenItIsShortAndPlain() {
            assertThat(UnknownNames.shown("css/caf\u00e9 1.css")).isEqualTo("css/caf\u00e9 1.css");
        }

        @Test
        void escapesLineBreaksAndOtherControlCharacters() {
            assertThat(UnknownNames.shown("a\nb\rc\td\u0000e\u2028f\\g"))
                    .isEqualTo("a\\nb\\rc\\td\\u0000e\\u2028f\\\\g");
        }

        @Test
        void shortensALongNameAndSaysHowLongItIs() {
            assertThat(UnknownNames.shown("b".repeat(121))).isEqualTo("b".repeat(120) + "\u2026 (121 characters)");
            assertThat(UnknownNames.shown("b".repeat(120))).isEqualTo("b".repeat(120));
        }
    }
}
