package org.ecstatic.runtime.serving;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HttpDateTest {
    /** RFC 9110's example date, Sun, 06 Nov 1994 08:49:37 GMT. */
    private static final long RFC_EXAMPLE = 784111777;

    @Nested
    class Formatting {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "784111777  | Sun, 06 Nov 1994 08:49:37 GMT",
                "0          | Thu, 01 Jan 1970 00:00:00 GMT",
                "1700000000 | Tue, 14 Nov 2023 22:13:20 GMT",
                "1795514400 | Tue, 24 Nov 2026 10:00:00 GMT",
                "951782400  | Tue, 29 Feb 2000 00:00:00 GMT",
                "4102444799 | Thu, 31 Dec 2099 23:59:59 GMT"})
        void writesAnImfFixdateInGmtWithTwoDigitDaysAndEnglishNames(long epochSeconds, String date) {
            assertThat(HttpDate.format(epochSeconds)).isEqualTo(date);
        }

        @Test
        void readsBackEveryDateItWrites() {
            for (long t = 0; t < 4_102_444_800L; t += 86_399_977L) {
                assertThat(HttpDate.parse(HttpDate.format(t))).as("t = %d", t).isEqualTo(t);
            }
            long now = Instant.now().getEpochSecond();
            assertThat(HttpDate.parse(HttpDate.format(now))).isEqualTo(now);
        }
    }

    @Nested
    class Parsing {
        @Test
        void readsAnImfFixdate() {
            assertThat(HttpDate.parse("Sun, 06 Nov 1994 08:49:37 GMT")).isEqualTo(RFC_EXAMPLE);
            assertThat(HttpDate.parse("Thu, 01 Jan 1970 00:00:00 GMT")).isZero();
        }

        @Test
        void trimsSurroundingWhitespace() {
            assertThat(HttpDate.parse("  Sun, 06 Nov 1994 08:49:37 GMT\t")).isEqualTo(RFC_EXAMPLE);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "06 Nov 1994 08:49:37 GMT",         // no day name
                "Sun, 6 Nov 1994 08:49:37 GMT",     // one-digit day
                "sun, 06 nov 1994 08:49:37 gmt",    // any case
                "Sun, 06 Nov 1994 09:49:37 +0100"}) // an offset instead of GMT, same instant
        void acceptsWhatRfc1123AllowsBeyondTheFixdate(String value) {
            assertThat(HttpDate.parse(value)).isEqualTo(RFC_EXAMPLE);
        }

        @Test
        void readsADayPastTheEndOfTheMonthAsItsLastDay() {
            // java.time's SMART resolver: "31 Nov" is 30 Nov (a Wednesday in 1994), not an error
            assertThat(HttpDate.parse("Wed, 31 Nov 1994 08:49:37 GMT"))
                    .isEqualTo(HttpDate.parse("Wed, 30 Nov 1994 08:49:37 GMT"));
        }

        @Test
        void givesMinusOneForNoValue() {
            assertThat(HttpDate.parse(null)).isEqualTo(-1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "yesterday", "784111777", "\"784111777\"",
                "Mon, 06 Nov 1994 08:49:37 GMT",  // the wrong day of the week
                "Wed, 32 Nov 1994 08:49:37 GMT",  // no such day
                "Sun, 06 Nov 1994 08:49:60 GMT",  // no such second
                "Sun, 06 Nov 1994 08:49:37 UTC",  // not a zone RFC 1123 knows
                "Sun, 06 Nov 1994 08:49:37",
                "1994-11-06T08:49:37Z"})
        void givesMinusOneForWhatIsNotADate(String value) {
            assertThat(HttpDate.parse(value)).isEqualTo(-1);
        }

        /** RFC 9110 section 5.6.7: a recipient must accept the obsolete rfc850 and asctime forms too. */
        @ParameterizedTest
        @ValueSource(strings = {
                "Sunday, 06-Nov-94 08:49:37 GMT",   // rfc850
                "sunday, 06-nov-94 08:49:37 gmt",
                " Sunday, 06-Nov-94 08:49:37 GMT ",
                "Sun Nov  6 08:49:37 1994",         // asctime: a space before a one-digit day
                "sun nov  6 08:49:37 1994"})
        void readsTheObsoleteForms(String value) {
            assertThat(HttpDate.parse(value)).isEqualTo(RFC_EXAMPLE);
        }

        @Test
        void readsAnAsctimeDateWithATwoDigitDay() {
            assertThat(HttpDate.parse("Tue Nov 24 10:00:00 2026")).isEqualTo(1795514400L);
        }

        @Test
        void readsATwoDigitYearMoreThanFiftyYearsAheadAsThePastYearEndingInThem() {
            int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();
            // the next year is this century's; one 60 years ahead is last century's
            java.time.LocalDate soon = java.time.LocalDate.of(year + 1, 1, 1);
            java.time.LocalDate farBack = java.time.LocalDate.of(year + 60 - 100, 1, 1);
            for (java.time.LocalDate date : new java.time.LocalDate[] {soon, farBack}) {
                String rfc850 = date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US)
                        + ", 01-Jan-" + String.format("%02d", date.getYear() % 100) + " 00:00:00 GMT";
                assertThat(HttpDate.parse(rfc850)).as(rfc850)
                        .isEqualTo(date.atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond());
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "Monday, 06-Nov-94 08:49:37 GMT",   // the wrong day of the week
                "Sunday, 06-Nov-1994 08:49:37 GMT", // four digits where rfc850 has two
                "Sunday, 06-Nov-94 08:49:37",       // no zone
                "Sun Nov 06 08:49:37 1994 GMT",     // asctime has no zone
                "Mon Nov  6 08:49:37 1994",         // the wrong day of the week
                "Sun Nov  6 08:49:37 94"})
        void givesMinusOneForObsoleteFormsThatAreNotDates(String value) {
            assertThat(HttpDate.parse(value)).isEqualTo(-1);
        }

        @Test
        void givesTheSentinelMinusOneForTheLastSecondBefore1970() {
            // the one date that cannot be told from "not a date"; no file on a server has it
            assertThat(HttpDate.parse("Wed, 31 Dec 1969 23:59:59 GMT")).isEqualTo(-1);
            assertThat(HttpDate.parse("Wed, 31 Dec 1969 23:59:58 GMT")).isEqualTo(-2);
        }
    }
}
