package org.ecstatic.runtime.manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlPathsTest {
    @Test
    void leavesAPlainNameAsItIsTheSameString() {
        String name = "css/site.3f2a1b9c0d4e.css";
        assertThat(UrlPaths.encode(name)).isSameAs(name);
        assertThat(UrlPaths.encode("a-b_c~d!$&*+,=:@/x.min.js")).isEqualTo("a-b_c~d!$&*+,=:@/x.min.js");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "img/a#b.png | img/a%23b.png",
            "img/a?b.png | img/a%3Fb.png",
            "img/100%.png | img/100%25.png",
            "img/a;b.png | img/a%3Bb.png",
            "'fonts/a b.woff2' | fonts/a%20b.woff2",
            "img/caf\u00e9.png | img/caf%C3%A9.png",
            "img/\ud83d\ude00.png | img/%F0%9F%98%80.png",
            "img/(1)'x\".png | img/%281%29%27x%22.png",
            "a\\b.png | a%5Cb.png",
    })
    void encodesWhatAUrlPathCannotHoldAsItIs(String name, String encoded) {
        assertThat(UrlPaths.encode(name)).isEqualTo(encoded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "img/a%23b.png | img/a#b.png",
            "img/100%25.png | img/100%.png",
            "img/caf%C3%A9.png | img/caf\u00e9.png",
            "img/caf%c3%a9%20x.png | img/caf\u00e9 x.png",
            "img/a+b.png | img/a+b.png",
            "img/%252e | img/%2e",
    })
    void decodesOnce(String path, String name) {
        assertThat(UrlPaths.decode(path)).isEqualTo(name);
        assertThat(UrlPaths.decode(UrlPaths.encode(name))).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"img/a%", "img/a%2", "img/a%zz.png", "img/%ff.png", "img/%c3.png", "img/%c0%ae"})
    void givesNullForAMalformedEscapeOrBytesThatAreNotUtf8(String path) {
        assertThat(UrlPaths.decode(path)).isNull();
    }
}
