package org.ecstatic.runtime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OriginTest {
    private static boolean fromPage(String url) {
        return Origin.isCross(url, "https", "www.example.com", 443);
    }

    @Nested
    class SameOrigin {
        @Test
        void pathsAreAlwaysOnThePagesOrigin() {
            assertThat(fromPage("/static/css/site.css")).isFalse();
            assertThat(fromPage("css/site.css?next=//x")).isFalse();
        }

        @Test
        void anAbsoluteUrlWithTheSameSchemeHostAndDefaultPort() {
            assertThat(fromPage("https://www.example.com/static/a.css")).isFalse();
            assertThat(fromPage("HTTPS://WWW.EXAMPLE.COM:443/static/a.css")).isFalse();
            assertThat(fromPage("//www.example.com/static/a.css")).isFalse();
        }
    }

    @Nested
    class CrossOrigin {
        @Test
        void anotherHost() {
            assertThat(fromPage("https://cdn.example.com/static/a.css")).isTrue();
            assertThat(fromPage("//cdn.example.com/static/a.css")).isTrue();
        }

        @Test
        void anotherSchemeOrPort() {
            assertThat(fromPage("http://www.example.com/static/a.css")).isTrue();
            assertThat(fromPage("https://www.example.com:8443/static/a.css")).isTrue();
        }

        @Test
        void userInfoDoesNotHideTheHost() {
            assertThat(fromPage("https://www.example.com@cdn.example.com/a.css")).isTrue();
        }
    }
}
