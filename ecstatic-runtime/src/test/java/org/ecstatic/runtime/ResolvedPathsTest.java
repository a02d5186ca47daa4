package org.ecstatic.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResolvedPathsTest {
    @Test
    void leavesWhatABrowserLeavesInAPath() {
        String name = "js/a(1)'b;[c]^d|e!$&*+,=:@~.js";
        assertThat(ResolvedPaths.encode(name)).isSameAs(name);
    }

    @Test
    void encodesThePathPercentEncodeSetAndNonAsciiAsUtf8() {
        assertThat(ResolvedPaths.encode("js/a b\"#<>?`{}.js")).isEqualTo("js/a%20b%22%23%3C%3E%3F%60%7B%7D.js");
        assertThat(ResolvedPaths.encode("js/caf\u00e9\u0001\u007f.js")).isEqualTo("js/caf%C3%A9%01%7F.js");
        assertThat(ResolvedPaths.encode("js/\uD83D\uDE00.js")).isEqualTo("js/%F0%9F%98%80.js");
    }
}
