package org.ecstatic.runtime.serving;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ByteRangeTest {
    private static ByteRange part(long first, long last) {
        return new ByteRange(ByteRange.Kind.PART, first, last);
    }

    @Nested
    class SingleRanges {
        @Test
        void readsFirstAndLast() {
            assertThat(ByteRange.parse("bytes=0-9", 100)).isEqualTo(part(0, 9));
            assertThat(ByteRange.parse("bytes=0-9", 100).count()).isEqualTo(10);
        }

        @Test
        void readsOpenAndSuffixRanges() {
            assertThat(ByteRange.parse("bytes=90-", 100)).isEqualTo(part(90, 99));
            assertThat(ByteRange.parse("bytes=-10", 100)).isEqualTo(part(90, 99));
            assertThat(ByteRange.parse("bytes=-500", 100)).isEqualTo(part(0, 99));
        }

        @Test
        void clampsTheLastByteAndAcceptsCaseAndSpaces() {
            assertThat(ByteRange.parse("bytes=50-5000", 100)).isEqualTo(part(50, 99));
            assertThat(ByteRange.parse("Bytes= 1-2 ", 100)).isEqualTo(part(1, 2));
        }
    }

    @Nested
    class Refusals {
        @ParameterizedTest
        @ValueSource(strings = {"bytes=100-", "bytes=100-200", "bytes=-0", "bytes=", "bytes=-", "bytes=a-b",
                "bytes=5-1", "bytes=1-2-3", "bytes=1", "bytes=0-99999999999999999999",
                "bytes=9223372036854775808-", "bytes=--1", "bytes=+1-2", "bytes=0-1,", "bytes=,0-1",
                "bytes=200-300,400-500"})
        void givesUnsatisfiableForMalformedOverflowingOrOutOfRangeSpecs(String header) {
            assertThat(ByteRange.parse(header, 100)).isEqualTo(ByteRange.UNSATISFIABLE);
        }

        @Test
        void givesUnsatisfiableForAnyRangeOfAnEmptyFile() {
            assertThat(ByteRange.parse("bytes=0-", 0)).isEqualTo(ByteRange.UNSATISFIABLE);
            assertThat(ByteRange.parse("bytes=-1", 0)).isEqualTo(ByteRange.UNSATISFIABLE);
        }
    }

    @Nested
    class WholeFile {
        @ParameterizedTest
        @ValueSource(strings = {"items=0-5", "bytes 0-5", "bytes=0-1,3-4", "bytes=0-50,25-75", "bytes=0-1,0-1,0-1"})
        void givesTheWholeFileForOtherUnitsAndSeveralRanges(String header) {
            assertThat(ByteRange.parse(header, 100)).isEqualTo(ByteRange.WHOLE);
        }

        @Test
        void givesOneRangeWhenTheOthersAreUnsatisfiable() {
            assertThat(ByteRange.parse("bytes=0-1,500-600", 100)).isEqualTo(part(0, 1));
        }

        @Test
        void givesTheWholeFileWithoutAHeader() {
            assertThat(ByteRange.parse(null, 100)).isEqualTo(ByteRange.WHOLE);
        }
    }
}
