package org.ecstatic.tools;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class CollectReportTest {
    static final SortedSet<String> NONE = new TreeSet<>();

    static SortedSet<String> set(String... paths) {
        return new TreeSet<>(List.of(paths));
    }

    /** A report of {@code files} files in {@code bytes}, {@code hashed} written, that took {@code nanos}. */
    static CollectReport report(int files, long bytes, int hashed, int rewritten, List<MissingReference> missing,
                                int unchanged, long nanos) {
        return new CollectReport(files, bytes, hashed, rewritten, missing, unchanged,
                hashed == 0 ? NONE : set("css/site.css"), NONE, List.of(), List.of(), nanos);
    }

    @Nested
    class Summary {
        @Test
        void aFirstRunHashesEveryFile() {
            assertThat(report(6, 3_276, 6, 3, List.of(), 0, 840_000_000).summary()).isEqualTo(
                    "collected 6 files (3.3 kB): 6 hashed, 3 references rewritten, 0 missing (kept), 0 unchanged, in 0.84 s");
        }

        @Test
        void aRunOverUnchangedSourcesHashesNothing() {
            assertThat(report(5_619, 82_100_000, 0, 0, List.of(), 5_619, 120_000_000).summary()).isEqualTo(
                    "collected 5619 files (82.1 MB): 0 hashed, 0 references rewritten, 0 missing (kept), 5619 unchanged, in 0.12 s");
        }

        @Test
        void countsTheMissingReferencesKeptAsWritten() {
            List<MissingReference> missing = List.of(new MissingReference("css/broken.css", 3, "../img/nope.png"),
                    new MissingReference("css/broken.css", 4, "/static/img/gone.png?v=1"),
                    new MissingReference("css/broken.css", 5, "broken.css.map"));

            assertThat(report(2, 180, 2, 1, missing, 0, 30_000_000).summary()).isEqualTo(
                    "collected 2 files (180 B): 2 hashed, 1 reference rewritten, 3 missing (kept), 0 unchanged, in 0.03 s");
        }

        @Test
        void saysFileAndReferenceForOne() {
            assertThat(report(1, 5, 1, 1, List.of(), 0, 10_000_000).summary()).isEqualTo(
                    "collected 1 file (5 B): 1 hashed, 1 reference rewritten, 0 missing (kept), 0 unchanged, in 0.01 s");
        }

        @Test
        void aRunAfterOneChangeCountsWrittenAndUnchangedFiles() {
            assertThat(report(6, 3_276, 3, 2, List.of(), 3, 2_500_000_000L).summary()).isEqualTo(
                    "collected 6 files (3.3 kB): 3 hashed, 2 references rewritten, 0 missing (kept), 3 unchanged, in 2.50 s");
        }

        @Test
        void aRunOverNoFiles() {
            assertThat(report(0, 0, 0, 0, List.of(), 0, 0).summary()).isEqualTo(
                    "collected 0 files (0 B): 0 hashed, 0 references rewritten, 0 missing (kept), 0 unchanged, in 0.00 s");
        }

        @ParameterizedTest
        @CsvSource({"0, 0.00", "4000000, 0.00", "6000000, 0.01", "840000000, 0.84", "1234567890, 1.23",
                "65000000000, 65.00"})
        void givesTheTimeInSecondsWithTwoDecimals(long nanos, String seconds) {
            assertThat(report(1, 10, 0, 0, List.of(), 1, nanos).summary()).endsWith(", in " + seconds + " s");
        }

        @Test
        void writesNumbersTheSameWhateverTheDefaultLocale() {
            Locale before = Locale.getDefault();
            try {
                Locale.setDefault(Locale.GERMANY);
                assertThat(report(6, 3_276, 6, 3, List.of(), 0, 840_000_000).summary())
                        .isEqualTo("collected 6 files (3.3 kB): 6 hashed, 3 references rewritten, 0 missing (kept), "
                                + "0 unchanged, in 0.84 s");
            } finally {
                Locale.setDefault(before);
            }
        }
    }

    @Nested
    class Sizes {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "0|0 B",
                "1|1 B",
                "999|999 B",
                "1000|1.0 kB",
                "1234|1.2 kB",
                "12345|12.3 kB",
                "999949|999.9 kB",
                "999950|1.0 MB",
                "1000000|1.0 MB",
                "999950000|1.0 GB",
                "82100000|82.1 MB",
                "1500000000|1.5 GB",
                "2000000000000|2.0 TB",
                "5000000000000000|5000.0 TB",
                "9223372036854775807|9223372.0 TB"})
        void areInDecimalUnitsWithOneDecimalFromAThousandBytesOn(long bytes, String size) {
            assertThat(CollectReport.size(bytes)).isEqualTo(size);
        }
    }

    @Nested
    class Notes {
        @Test
        void nameEachShadowedPathWithTheFileUsedAndTheFileIgnored() {
            CollectReport report = new CollectReport(3, 30, 3, 0, List.of(), 0, set("a.css"), NONE,
                    List.of(new CollectReport.Shadowed("css/print.css", "app/css/print.css", "vendor/css/print.css"),
                            new CollectReport.Shadowed("js/lib.js", "app/js/lib.js", "lib.jar!/META-INF/resources/js/lib.js")),
                    List.of(), 0);

            assertThat(report.notes()).containsExactly(
                    "css/print.css is taken from app/css/print.css; vendor/css/print.css is shadowed",
                    "js/lib.js is taken from app/js/lib.js; lib.jar!/META-INF/resources/js/lib.js is shadowed");
        }

        @Test
        void areEmptyWhenNothingIsShadowed() {
            assertThat(report(1, 10, 1, 0, List.of(), 0, 0).notes()).isEmpty();
        }
    }

    @Nested
    class Warnings {
        @Test
        void listCyclesFirstThenEachMissingReferenceInOrder() {
            CollectReport report = new CollectReport(5, 50, 5, 0,
                    List.of(new MissingReference("css/broken.css", 3, "../img/nope.png"),
                            new MissingReference("css/site.css", 12, "img/logo.png")),
                    0, set("a.css"), NONE, List.of(),
                    List.of(List.of("a.css", "b.css"), List.of("x.css", "y.css", "z.css")), 0);

            assertThat(report.warnings()).containsExactly(
                    "reference cycle between a.css, b.css; hashed as one group",
                    "reference cycle between x.css, y.css, z.css; hashed as one group",
                    "css/broken.css (line 3) references ../img/nope.png, which does not exist under the static roots; "
                            + "kept as written",
                    "css/site.css (line 12) references img/logo.png, which does not exist under the static roots; "
                            + "kept as written");
        }

        @Test
        void areEmptyWithoutCyclesOrMissingReferences() {
            assertThat(report(1, 10, 1, 0, List.of(), 0, 0).warnings()).isEmpty();
        }
    }

    @Nested
    class NothingWritten {
        @Test
        void isTrueOnlyWhenNoFileWasWrittenAndNoneRemoved() {
            assertThat(new CollectReport(2, 20, 0, 0, List.of(), 2, NONE, NONE, List.of(), List.of(), 0)
                    .nothingWritten()).isTrue();
            assertThat(new CollectReport(2, 20, 1, 0, List.of(), 1, set("a.css"), NONE, List.of(), List.of(), 0)
                    .nothingWritten()).isFalse();
            assertThat(new CollectReport(1, 10, 0, 0, List.of(), 1, NONE, set("gone.css"), List.of(), List.of(), 0)
                    .nothingWritten()).isFalse();
        }
    }

    @Test
    void notesEachSymbolicLinkThatWasNotFollowed() {
        CollectReport report = new CollectReport(1, 10, 1, 0, List.of(), 0, new java.util.TreeSet<>(), new java.util.TreeSet<>(),
                List.of(), List.of(), 0, List.of("/src/css/linked.css -> /shared/theme.css"));
        assertThat(report.notes()).containsExactly("the symbolic link /src/css/linked.css -> /shared/theme.css is not "
                + "followed: name the directory it points to as a source, or copy the files");
    }
}
