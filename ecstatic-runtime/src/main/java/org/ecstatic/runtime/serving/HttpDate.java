package org.ecstatic.runtime.serving;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** HTTP dates (RFC 9110 IMF-fixdate), in whole seconds since the epoch. */
final class HttpDate {
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

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
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }
}
