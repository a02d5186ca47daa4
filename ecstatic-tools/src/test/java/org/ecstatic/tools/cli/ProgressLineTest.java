package org.ecstatic.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

class ProgressLineTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(5_000_000_000L);

    @Test
    void showsNothingDuringTheFirstSecond() {
        try (ProgressLine line = new ProgressLine(err, now::get)) {
            now.addAndGet(ProgressLine.DELAY_NANOS - 1);
            line.update("reading", 10, 100);
        }
        assertThat(shown()).isEmpty();
    }

    @Test
    void rewritesOneLineInPlaceAtMostFiveTimesASecondAndWipesItAtTheEnd() {
        try (ProgressLine line = new ProgressLine(err, now::get)) {
            now.addAndGet(ProgressLine.DELAY_NANOS);
            line.update("reading", 4211, 10000);
            now.addAndGet(ProgressLine.INTERVAL_NANOS - 1);
            line.update("reading", 5000, 10000);
            now.addAndGet(1);
            line.update("writing", 12, 300);
        }
        assertThat(shown()).isEqualTo("\rreading 4211/10000   \rwriting 12/300   \r" + " ".repeat(40) + "\r");
    }

    @Test
    void showsNothingWhenNobodyIsWatching() {
        try (ProgressLine line = new ProgressLine(null, now::get)) {
            now.addAndGet(10 * ProgressLine.DELAY_NANOS);
            line.update("reading", 1, 2);
        }
        assertThat(shown()).isEmpty();
    }

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
