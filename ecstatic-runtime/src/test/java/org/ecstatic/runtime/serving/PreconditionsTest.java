package org.ecstatic.runtime.serving;

import org.ecstatic.runtime.serving.Preconditions.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecstatic.runtime.serving.Preconditions.Outcome.FAILED;
import static org.ecstatic.runtime.serving.Preconditions.Outcome.NOT_MODIFIED;
import static org.ecstatic.runtime.serving.Preconditions.Outcome.PROCEED;

/**
 * The conditional headers in the order of RFC 9110 section 13.2.2, evaluated over header values; one
 * nested class checks that a real container's request reaches the same evaluation.
 */
class PreconditionsTest {
    private static final String TAG = "\"0123456789ab\"";
    /** Sun, 06 Nov 1994 08:49:37 GMT. */
    private static final long MODIFIED = 784111777;
    private static final String BEFORE = "Sun, 06 Nov 1994 08:49:36 GMT";
    private static final String SAME = "Sun, 06 Nov 1994 08:49:37 GMT";
    private static final String AFTER = "Sun, 06 Nov 1994 08:49:38 GMT";

    /** The request's headers as name/value pairs; absent ones are null. */
    private static Function<String, String> headers(String... nameValues) {
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            headers.put(nameValues[i], nameValues[i + 1]);
        }
        return headers::get;
    }

    private static Outcome evaluate(String... nameValues) {
        return Preconditions.evaluate(headers(nameValues), TAG, MODIFIED);
    }

    private static boolean rangeApplies(String... nameValues) {
        return Preconditions.rangeApplies(headers(nameValues), TAG, MODIFIED);
    }

    @Test
    void proceedsWithoutConditions() {
        assertThat(evaluate()).isEqualTo(PROCEED);
    }

    @Nested
    class IfMatch {
        @ParameterizedTest
        @ValueSource(strings = {TAG, "\"a\", " + TAG, "\"a\"," + TAG + ",\"b\"", "*", " " + TAG + " "})
        void proceedsWhenTheTagIsListedOrStar(String value) {
            assertThat(evaluate("If-Match", value)).isEqualTo(PROCEED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"W/" + TAG, "\"ba9876543210\"", "\"0123456789ab-br\"", "\"0123456789ab-gz\"",
                "0123456789ab", "\"0123456789ab", "", "W/"})
        void failsForAnotherTagAWeakTagOrAMalformedValue(String value) {
            assertThat(evaluate("If-Match", value)).isEqualTo(FAILED);
        }

        @Test
        void makesIfUnmodifiedSinceIgnored() {
            assertThat(evaluate("If-Match", TAG, "If-Unmodified-Since", BEFORE)).isEqualTo(PROCEED);
            assertThat(evaluate("If-Match", "\"other\"", "If-Unmodified-Since", AFTER)).isEqualTo(FAILED);
        }
    }

    @Nested
    class IfUnmodifiedSince {
        @Test
        void failsWhenTheFileChangedSince() {
            assertThat(evaluate("If-Unmodified-Since", BEFORE)).isEqualTo(FAILED);
            assertThat(evaluate("If-Unmodified-Since", "Thu, 01 Jan 1970 00:00:00 GMT")).isEqualTo(FAILED);
        }

        @Test
        void proceedsWhenTheFileIsNoNewer() {
            assertThat(evaluate("If-Unmodified-Since", SAME)).isEqualTo(PROCEED);
            assertThat(evaluate("If-Unmodified-Since", AFTER)).isEqualTo(PROCEED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "yesterday", "784111776", "Sunday, 06-Nov-1994 08:49:36 GMT"})
        void isIgnoredWhenItIsNotADate(String value) {
            assertThat(evaluate("If-Unmodified-Since", value)).isEqualTo(PROCEED);
        }

        @Test
        void isReadInTheObsoleteFormsToo() {
            assertThat(evaluate("If-Unmodified-Since", "Sunday, 06-Nov-94 08:49:36 GMT")).isEqualTo(FAILED);
            assertThat(evaluate("If-Unmodified-Since", "Sun Nov  6 08:49:37 1994")).isEqualTo(PROCEED);
        }
    }

    @Nested
    class IfNoneMatch {
        @ParameterizedTest
        @ValueSource(strings = {TAG, "W/" + TAG, "\"a\", W/" + TAG, "*", "\"a\" ,\t" + TAG})
        void answersNotModifiedWhenTheTagIsListedWeaklyOrStar(String value) {
            assertThat(evaluate("If-None-Match", value)).isEqualTo(NOT_MODIFIED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"ba9876543210\"", "\"0123456789ab-br\"", "W/\"0123456789ab-gz\"", "0123456789ab",
                "\"0123456789ab", ""})
        void proceedsForOtherTagsOrAMalformedValue(String value) {
            assertThat(evaluate("If-None-Match", value)).isEqualTo(PROCEED);
        }

        @Test
        void makesIfModifiedSinceIgnored() {
            assertThat(evaluate("If-None-Match", "\"other\"", "If-Modified-Since", AFTER)).isEqualTo(PROCEED);
            assertThat(evaluate("If-None-Match", TAG, "If-Modified-Since", BEFORE)).isEqualTo(NOT_MODIFIED);
        }
    }

    @Nested
    class IfModifiedSince {
        @Test
        void answersNotModifiedWhenTheFileIsNoNewer() {
            assertThat(evaluate("If-Modified-Since", SAME)).isEqualTo(NOT_MODIFIED);
            assertThat(evaluate("If-Modified-Since", AFTER)).isEqualTo(NOT_MODIFIED);
            assertThat(evaluate("If-Modified-Since", "Sun, 06 Nov 1994 09:49:37 +0100")).isEqualTo(NOT_MODIFIED);
        }

        @Test
        void proceedsWhenTheFileChangedSince() {
            assertThat(evaluate("If-Modified-Since", BEFORE)).isEqualTo(PROCEED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "tomorrow", "Mon Nov  6 08:49:37 1994", "Mon, 06 Nov 1994 08:49:37 GMT"})
        void isIgnoredWhenItIsNotADate(String value) {
            assertThat(evaluate("If-Modified-Since", value)).isEqualTo(PROCEED);
        }

        @Test
        void isReadInTheObsoleteFormsToo() {
            assertThat(evaluate("If-Modified-Since", "Sun Nov  6 08:49:37 1994")).isEqualTo(NOT_MODIFIED);
            assertThat(evaluate("If-Modified-Since", "Sunday, 06-Nov-94 08:49:36 GMT")).isEqualTo(PROCEED);
        }
    }

    @Nested
    class Order {
        @Test
        void failsBeforeAnsweringNotModified() {
            assertThat(evaluate("If-Match", "\"other\"", "If-None-Match", TAG)).isEqualTo(FAILED);
            assertThat(evaluate("If-Unmodified-Since", BEFORE, "If-None-Match", TAG)).isEqualTo(FAILED);
            assertThat(evaluate("If-Unmodified-Since", BEFORE, "If-Modified-Since", SAME)).isEqualTo(FAILED);
        }

        @Test
        void answersNotModifiedWhenTheFirstConditionHolds() {
            assertThat(evaluate("If-Match", TAG, "If-None-Match", TAG)).isEqualTo(NOT_MODIFIED);
            assertThat(evaluate("If-Unmodified-Since", SAME, "If-Modified-Since", SAME)).isEqualTo(NOT_MODIFIED);
        }

        @Test
        void asksForEachHeaderOnlyWhenItsTurnComes() {
            assertThat(asked("If-Match", TAG, "If-None-Match", TAG))
                    .containsExactly("If-Match", "If-None-Match");
            assertThat(asked("If-Match", "\"other\"", "If-None-Match", TAG))
                    .containsExactly("If-Match");
            assertThat(asked())
                    .containsExactly("If-Match", "If-Unmodified-Since", "If-None-Match", "If-Modified-Since");
        }

        private List<String> asked(String... nameValues) {
            Function<String, String> headers = headers(nameValues);
            List<String> asked = new ArrayList<>();
            Preconditions.evaluate(name -> {
                asked.add(name);
                return headers.apply(name);
            }, TAG, MODIFIED);
            return asked;
        }

        /**
         * Every combination of the four headers, each absent or one of a set of values, against the
         * steps of section 13.2.2 written out: 7 x 5 x 7 x 5 requests.
         */
        @Test
        void followsSection13_2_2ForEveryCombination() {
            // a tag value -> whether it matches in If-Match (strong) and in If-None-Match (weak)
            Map<String, Boolean> strong = new LinkedHashMap<>();
            Map<String, Boolean> weak = new LinkedHashMap<>();
            add(strong, weak, TAG, true, true);
            add(strong, weak, "W/" + TAG, false, true);
            add(strong, weak, "\"a\", " + TAG, true, true);
            add(strong, weak, "*", true, true);
            add(strong, weak, "\"ba9876543210\"", false, false);
            add(strong, weak, "garbage", false, false);
            // a date value -> whether the file was modified after it; null when it is no date
            Map<String, Boolean> changedSince = new LinkedHashMap<>();
            changedSince.put(BEFORE, true);
            changedSince.put(SAME, false);
            changedSince.put(AFTER, false);
            changedSince.put("not a date", null);

            int checked = 0;
            for (String ifMatch : withAbsent(strong.keySet())) {
                for (String ifUnmodifiedSince : withAbsent(changedSince.keySet())) {
                    for (String ifNoneMatch : withAbsent(weak.keySet())) {
                        for (String ifModifiedSince : withAbsent(changedSince.keySet())) {
                            Outcome expected;
                            if (ifMatch != null ? !strong.get(ifMatch)                        // step 1
                                    : Boolean.TRUE.equals(changedSince.get(ifUnmodifiedSince))) { // step 2
                                expected = FAILED;
                            } else if (ifNoneMatch != null) {                                 // step 3
                                expected = weak.get(ifNoneMatch) ? NOT_MODIFIED : PROCEED;
                            } else {                                                          // step 4
                                expected = Boolean.FALSE.equals(changedSince.get(ifModifiedSince))
                                        ? NOT_MODIFIED : PROCEED;
                            }
                            Map<String, String> request = new LinkedHashMap<>();
                            request.put("If-Match", ifMatch);
                            request.put("If-Unmodified-Since", ifUnmodifiedSince);
                            request.put("If-None-Match", ifNoneMatch);
                            request.put("If-Modified-Since", ifModifiedSince);

                            assertThat(Preconditions.evaluate(request::get, TAG, MODIFIED))
                                    .as("%s", request).isEqualTo(expected);
                            checked++;
                        }
                    }
                }
            }
            assertThat(checked).isEqualTo(7 * 5 * 7 * 5);
        }

        private static void add(Map<String, Boolean> strong, Map<String, Boolean> weak, String value,
                                boolean strongMatch, boolean weakMatch) {
            strong.put(value, strongMatch);
            weak.put(value, weakMatch);
        }

        private static List<String> withAbsent(Iterable<String> values) {
            List<String> all = new ArrayList<>(Arrays.asList((String) null));
            values.forEach(all::add);
            return all;
        }
    }

    @Nested
    class IfRange {
        @Test
        void letsTheRangeApplyWithoutIfRange() {
            assertThat(rangeApplies()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {TAG, " " + TAG + " ", SAME, "Sun, 06 Nov 1994 09:49:37 +0100"})
        void letsTheRangeApplyForTheTagOrTheExactLastModified(String value) {
            assertThat(rangeApplies("If-Range", value)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"W/" + TAG, "\"ba9876543210\"", "\"0123456789ab-br\"", "\"a\", " + TAG, "*",
                BEFORE, AFTER, "not a date", ""})
        void sendsTheWholeFileForAWeakOrOtherTagOrAnyOtherDate(String value) {
            assertThat(rangeApplies("If-Range", value)).isFalse();
        }

        @Test
        void comparesTheTagOfTheRepresentationSent() {
            Function<String, String> headers = headers("If-Range", "\"0123456789ab-br\"");

            assertThat(Preconditions.rangeApplies(headers, "\"0123456789ab-br\"", MODIFIED)).isTrue();
            assertThat(Preconditions.rangeApplies(headers, TAG, MODIFIED)).isFalse();
        }
    }

    /** The request-taking methods, fed by a real container's request. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnARealRequest {
        private final AnsweringServlet servlet = new AnsweringServlet();
        private JettyServer server;

        @BeforeAll
        void start(@TempDir Path root) throws Exception {
            server = JettyServer.startServlet(root, servlet);
            servlet.answerWith((request, response) -> {
                String verdict = Preconditions.evaluate(request, TAG, MODIFIED) + " "
                        + Preconditions.rangeApplies(request, TAG, MODIFIED);
                response.getOutputStream().write(verdict.getBytes(StandardCharsets.US_ASCII));
            });
        }

        @AfterAll
        void stop() {
            server.close();
        }

        private String verdict(String... headers) {
            HttpResponse<byte[]> response = Http.get(server, "/file", headers);
            assertThat(response.statusCode()).isEqualTo(200);
            return new String(response.body(), StandardCharsets.US_ASCII);
        }

        @Test
        void readsTheConditionalHeadersOfTheRequest() {
            assertThat(verdict()).isEqualTo("PROCEED true");
            assertThat(verdict("If-Match", "\"other\"")).isEqualTo("FAILED true");
            assertThat(verdict("If-Unmodified-Since", BEFORE)).isEqualTo("FAILED true");
            assertThat(verdict("If-None-Match", "W/" + TAG)).isEqualTo("NOT_MODIFIED true");
            assertThat(verdict("If-Modified-Since", SAME)).isEqualTo("NOT_MODIFIED true");
            assertThat(verdict("If-Range", "\"other\"")).isEqualTo("PROCEED false");
            assertThat(verdict("If-Range", SAME)).isEqualTo("PROCEED true");
        }

        @Test
        void readsAListSentInSeveralFieldsAsOneList() {
            assertThat(verdict("If-None-Match", "\"other\"", "If-None-Match", TAG)).isEqualTo("NOT_MODIFIED true");
            assertThat(verdict("If-None-Match", "\"other\"", "If-None-Match", "\"more\"")).isEqualTo("PROCEED true");
            assertThat(verdict("If-Match", "\"other\"", "If-Match", TAG)).isEqualTo("PROCEED true");
        }

        @Test
        void readsADateInAnObsoleteForm() {
            String asctime = java.time.format.DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", java.util.Locale.US)
                    .format(java.time.LocalDateTime.ofEpochSecond(MODIFIED, 0, java.time.ZoneOffset.UTC));
            assertThat(verdict("If-Modified-Since", asctime)).isEqualTo("NOT_MODIFIED true");
        }

        @Test
        void readsHeaderNamesInAnyCase() {
            assertThat(verdict("if-none-match", TAG)).isEqualTo("NOT_MODIFIED true");
            assertThat(verdict("IF-RANGE", "\"other\"")).isEqualTo("PROCEED false");
        }
    }
}
