package org.ecstatic.runtime.serving;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptEncodingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "gzip, deflate, br | br",
            "br | br",
            "gzip | gzip",
            "x-gzip | gzip",
            "GZIP | gzip",
            "br;q=0.5, gzip | gzip",
            "br;q=0.5, gzip;q=0.5 | br",
            "br;q=0, gzip;q=0.001 | gzip",
            "gzip;q=0 | none",
            "gzip;q=0.0, br;q=0.000 | none",
            "* | br",
            "*;q=0.2, br;q=0.1 | gzip",
            "*;q=0 | none",
            "identity | none",
            "deflate | none",
            "br;q=1.0 | br",
            "br;q=1.5 | none",
            "br;q=abc, gzip | gzip",
            "br ; q=0.9 , gzip ; Q=0.8 | br",
            "' ' | none"})
    void choosesByQValuesPreferringBrotliOnTies(String header, String expected) {
        assertThat(AcceptEncoding.choose(header, true, true)).isEqualTo(expected);
    }

    @Test
    void choosesOnlyVariantsThatExist() {
        assertThat(AcceptEncoding.choose("br, gzip", false, true)).isEqualTo("gzip");
        assertThat(AcceptEncoding.choose("br", false, true)).isNull();
        assertThat(AcceptEncoding.choose("*", false, true)).isEqualTo("gzip");
        assertThat(AcceptEncoding.choose("br, gzip", false, false)).isNull();
        assertThat(AcceptEncoding.choose(null, true, true)).isNull();
    }
}
