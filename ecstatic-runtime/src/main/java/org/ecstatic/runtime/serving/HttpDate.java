package org.ecstatic.runtime.serving;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * HTTP dates (RFC 9110 section 5.6.7), in whole seconds since the epoch. Written as IMF-fixdates; read
 * in all three forms a recipient must accept: the IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT},
 * with what RFC 1123 allows besides), and the obsolete rfc850 ({@code Sunday, 06-Nov-94 08:49:37 GMT})
 * and asctime ({@code Sun Nov  6 08:49:37 1994}) forms.
 */
final class HttpDate {
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** asctime: a day of the month below 10 after a space instead of a 0; no zone, which is GMT. */
    private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEE MMM ppd HH:mm:ss yyyy").toFormatter(Locale.US);

    private HttpDate() {
    }

    /** Returns {@code epochSeconds} as an IMF-fixdate, e.g. {@code Tue, 24 Nov 2026 10:00:00 GMT}. */
    static String format(long epochSeconds) {
        return IMF_FIXDATE.format(Instant.ofEpochSecond(epochSeconds));
    }

    /** Returns the seconds since the epoch of an HTTP date, or -1 when {@code value} is null or not a date. */
    static long parse(String value) {
        if (value == null) {
            return -1;
        }
        String date = value.trim();
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
        } catch (DateTimeParseException e) {
            // one of the obsolete forms, which old clients and proxies still send
        }
        try {
            if (date.indexOf('-') > 0) {
                return LocalDateTime.parse(date, rfc850()).toEpochSecond(ZoneOffset.UTC);
            }
            return LocalDateTime.parse(date, ASCTIME).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    /**
     * The rfc850 form, whose year has two digits: one that would be more than 50 years in the future is
     * the most recent past year that ends in them (RFC 9110 section 5.6.7), so the years run from 49
     * years ago to 50 years ahead.
     */
    private static DateTimeFormatter rfc850() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Rfc850 kept = rfc850;
        if (kept == null || kept.year != today.getYear()) {
            // built once a year rather than for each request that sends such a date
            rfc850 = kept = new Rfc850(today.getYear(), new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("EEEE, dd-MMM-")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, today.withDayOfYear(1).minusYears(49))
                    .appendPattern(" HH:mm:ss 'GMT'")
                    .toFormatter(Locale.US));
        }
        return kept.formatter;
    }

    private static volatile Rfc850 rfc850;

    private record Rfc850(int year, DateTimeFormatter formatter) {
    }
}
