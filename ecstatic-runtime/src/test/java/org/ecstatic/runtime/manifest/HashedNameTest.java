package org.ecstatic.runtime.manifest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HashedNameTest {
    static final String H = "3f2a1b9c0d4e";

    @Nested
    class Format {
        @ParameterizedTest
        @CsvSource({
                "css/site.css,            css/site.3f2a1b9c0d4e.css",
                "js/app.min.js,           js/app.min.3f2a1b9c0d4e.js",
                "LICENSE,                 LICENSE.3f2a1b9c0d4e",
                ".htaccess,               .htaccess.3f2a1b9c0d4e",
                "a.b/c,                   a.b/c.3f2a1b9c0d4e",
                "img/my image.png,        img/my image.3f2a1b9c0d4e.png",
                "css/site.0123456789ab.css, css/site.3f2a1b9c0d4e.css",
                "LICENSE.0123456789ab,    LICENSE.3f2a1b9c0d4e",
                "x.css.map,               x.css.3f2a1b9c0d4e.map",
                "a.0123456789ab/c,        a.0123456789ab/c.3f2a1b9c0d4e",
                "a.0123456789ab/c.js,     a.0123456789ab/c.3f2a1b9c0d4e.js",
                ".0123456789ab,           .0123456789ab.3f2a1b9c0d4e",
                "x/.0123456789ab.js,      x/.0123456789ab.3f2a1b9c0d4e.js",
                "a..js,                   a..3f2a1b9c0d4e.js",
                "a.,                      a.3f2a1b9c0d4e.",
                "v.0123456789ab.0123456789ab, v.0123456789ab.3f2a1b9c0d4e",
                "v.0123456789ab.css.map,  v.0123456789ab.css.3f2a1b9c0d4e.map",
                "v.0123456789abc.js,      v.0123456789abc.3f2a1b9c0d4e.js",
        })
        void placesTheHashBeforeTheLastExtension(String name, String expected) {
            assertThat(HashedName.format(name, H)).isEqualTo(expected);
            int at = HashedName.hashIndex(name);
            assertThat(expected.substring(at, at + H.length())).isEqualTo(H);
            assertThat(HashedName.format(name, "0123456789ab"))
                    .isEqualTo(expected.substring(0, at) + "0123456789ab" + expected.substring(at + H.length()));
        }

        @Test
        void neverDoublesAHash() {
            String once = HashedName.format("css/site.css", H);
            assertThat(HashedName.format(once, "0123456789ab")).isEqualTo("css/site.0123456789ab.css");
        }

        @Test
        void refusesABadHashOrADirectory() {
            assertThatThrownBy(() -> HashedName.format("a.css", "3F2A1B9C0D4E"))
                    .hasMessage("hash must be 12 lowercase hex digits, not '3F2A1B9C0D4E'");
            assertThatThrownBy(() -> HashedName.format("css/", H))
                    .hasMessage("'css/' names a directory, not a file");
            assertThatThrownBy(() -> HashedName.hashIndex("css/"))
                    .hasMessage("'css/' names a directory, not a file");
        }
    }

    @Nested
    class Parse {
        @Test
        void splitsAHashedName() {
            assertThat(HashedName.parse("css/site.3f2a1b9c0d4e.css"))
                    .contains(new HashedName("css/site.css", H));
            assertThat(HashedName.parse("js/app.min.3f2a1b9c0d4e.js"))
                    .contains(new HashedName("js/app.min.js", H));
            assertThat(HashedName.parse("LICENSE.3f2a1b9c0d4e")).contains(new HashedName("LICENSE", H));
        }

        @ParameterizedTest
        @ValueSource(strings = {"css/site.css", "css/site.3f2a1b9c0d4.css", "css/site.3F2A1B9C0D4E.css",
                "css/site.3f2a1b9c0d4e0.css", "3f2a1b9c0d4e/site.css", "site.css.3f2a1b9c0d4e.gz.br", ""})
        void findsNoHashInOtherNames(String name) {
            assertThat(HashedName.parse(name)).isEqualTo(Optional.empty());
        }

        @Test
        void roundTripsWithFormat() {
            HashedName n = HashedName.parse(HashedName.format("fonts/icons.woff2", H)).orElseThrow();
            assertThat(n.unhashed()).isEqualTo("fonts/icons.woff2");
            assertThat(n.hashed()).isEqualTo("fonts/icons.3f2a1b9c0d4e.woff2");
            assertThat(HashedName.strip("fonts/icons.3f2a1b9c0d4e.woff2")).isEqualTo("fonts/icons.woff2");
        }
    }
}
