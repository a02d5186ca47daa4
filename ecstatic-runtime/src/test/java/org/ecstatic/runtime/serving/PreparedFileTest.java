package org.ecstatic.runtime.serving;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PreparedFileTest {
    private static final String NAME = "css/site.0123456789ab.css";
    private static final Representation IDENTITY = held(null, "\"0123456789ab\"", "body { color: red; }\n", NAME);
    private static final Representation BR = held("br", "\"0123456789ab-br\"", "br..", NAME + ".br");
    private static final Representation GZIP = held("gzip", "\"0123456789ab-gz\"", "gzip...", NAME + ".gz");

    private static Representation held(String encoding, String etag, String text, String name) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return new Representation(encoding, etag, bytes.length, bytes, name);
    }

    private static Representation streamed(String encoding, String etag, long length, String name) {
        return new Representation(encoding, etag, length, null, name);
    }

    private static PreparedFile file(Representation identity, Representation br, Representation gzip) {
        return file(1_700_000_000_000L, identity, br, gzip);
    }

    private static PreparedFile file(long modified, Representation identity, Representation br, Representation gzip) {
        return new PreparedFile("text/css;charset=utf-8", PreparedFile.IMMUTABLE, modified,
                HttpDate.format(Math.floorDiv(modified, 1000)), identity, br, gzip);
    }

    @Test
    void namesTheTwoCachePolicies() {
        assertThat(PreparedFile.IMMUTABLE).isEqualTo("public, max-age=31536000, immutable");
        assertThat(PreparedFile.REVALIDATE).isEqualTo("no-cache");
    }

    @Nested
    class Selection {
        /** Accept-Encoding (empty for none) -> the representation chosen among identity, br and gzip. */
        @ParameterizedTest(name = "''{0}'' -> {1}")
        @CsvSource(delimiter = '|', value = {
                "                    | identity",
                "''                  | identity",
                "identity            | identity",
                "br                  | br",
                "gzip                | gzip",
                "x-gzip              | gzip",
                "gzip, deflate, br   | br",
                "gzip;q=1, br;q=0.5  | gzip",
                "br;q=0, gzip        | gzip",
                "br;q=0, gzip;q=0    | identity",
                "*                   | br",
                "*;q=0               | identity",
                "deflate             | identity"})
        void choosesAmongAllThree(String acceptEncoding, String chosen) {
            PreparedFile file = file(IDENTITY, BR, GZIP);

            assertThat(file.select(acceptEncoding)).isSameAs(representation(chosen));
        }

        @ParameterizedTest(name = "''{0}'' -> {1}")
        @CsvSource(delimiter = '|', value = {
                "br                  | identity",
                "gzip                | gzip",
                "br, gzip            | gzip",
                "br, gzip;q=0        | identity"})
        void choosesAmongIdentityAndGzip(String acceptEncoding, String chosen) {
            PreparedFile file = file(IDENTITY, null, GZIP);

            assertThat(file.select(acceptEncoding)).isSameAs(representation(chosen));
        }

        @ParameterizedTest(name = "''{0}'' -> {1}")
        @CsvSource(delimiter = '|', value = {
                "gzip                | identity",
                "br                  | br",
                "gzip, br;q=0.1      | br"})
        void choosesAmongIdentityAndBrotli(String acceptEncoding, String chosen) {
            PreparedFile file = file(IDENTITY, BR, null);

            assertThat(file.select(acceptEncoding)).isSameAs(representation(chosen));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', nullValues = "null", value = {"null", "br, gzip", "*", "identity;q=0"})
        void sendsTheFileAsItIsWhenItHasNoVariants(String acceptEncoding) {
            PreparedFile file = file(IDENTITY, null, null);

            assertThat(file.select(acceptEncoding)).isSameAs(IDENTITY);
        }

        private Representation representation(String name) {
            return switch (name) {
                case "identity" -> IDENTITY;
                case "br" -> BR;
                case "gzip" -> GZIP;
                default -> throw new IllegalArgumentException(name);
            };
        }
    }

    @Nested
    class Variants {
        @Test
        void variesWithASibling() {
            assertThat(file(IDENTITY, BR, GZIP).hasVariants()).isTrue();
            assertThat(file(IDENTITY, BR, null).hasVariants()).isTrue();
            assertThat(file(IDENTITY, null, GZIP).hasVariants()).isTrue();
        }

        @Test
        void doesNotVaryWithoutOne() {
            assertThat(file(IDENTITY, null, null).hasVariants()).isFalse();
        }
    }

    @Nested
    class Memory {
        @Test
        void addsUpTheBytesOfEveryRepresentationHeld() {
            assertThat(file(IDENTITY, BR, GZIP).memory()).isEqualTo(21 + 4 + 7);
            assertThat(file(IDENTITY, null, GZIP).memory()).isEqualTo(21 + 7);
            assertThat(file(IDENTITY, null, null).memory()).isEqualTo(21);
        }

        @Test
        void countsNothingForStreamedRepresentations() {
            Representation big = streamed(null, "\"0123456789ab\"", 100_000, NAME);
            Representation bigGzip = streamed("gzip", "\"0123456789ab-gz\"", 90_000, NAME + ".gz");

            assertThat(file(big, BR, bigGzip).memory()).isEqualTo(4);
            assertThat(file(big, null, null).memory()).isZero();
        }

        @Test
        void countsNothingForAnEmptyFile() {
            assertThat(file(held(null, "\"e3b0c44298fc\"", "", "empty.txt"), null, null).memory()).isZero();
        }
    }

    @Nested
    class LastModified {
        @ParameterizedTest(name = "{0} ms -> {1} s")
        @CsvSource({"1700000000000, 1700000000", "1700000000999, 1700000000", "1700000001000, 1700000001",
                "999, 0", "0, 0", "-1, -1", "-1000, -1", "-1001, -2"})
        void isInWholeSecondsRoundedDown(long modifiedMillis, long seconds) {
            assertThat(file(modifiedMillis, IDENTITY, null, null).lastModified()).isEqualTo(seconds);
        }

        @Test
        void agreesWithTheLastModifiedHeader() {
            PreparedFile file = file(1_700_000_000_999L, IDENTITY, null, null);

            assertThat(file.lastModifiedDate()).isEqualTo("Tue, 14 Nov 2023 22:13:20 GMT");
            assertThat(HttpDate.parse(file.lastModifiedDate())).isEqualTo(file.lastModified());
        }
    }
}
