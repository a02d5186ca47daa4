package org.ecstatic.runtime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BareSpecifiersTest {
    private static final String KEY = "ecstatic.importmap";

    @Nested
    class Parse {
        @Test
        void readsCommaSeparatedPairsSortedWithSpacesAndALeadingSlashDropped() {
            assertThat(BareSpecifiers.parse(" three = /vendor/three/three.module.js ,lit=vendor/lit/index.js,, lit/=vendor/lit/", KEY))
                    .containsExactly(Map.entry("lit", "vendor/lit/index.js"), Map.entry("lit/", "vendor/lit/"),
                            Map.entry("three", "vendor/three/three.module.js"));
        }

        @Test
        void readsNothingFromNull() {
            assertThat(BareSpecifiers.parse(null, KEY)).isEmpty();
        }

        @Test
        void refusesAnEntryWithoutEquals() {
            assertThatThrownBy(() -> BareSpecifiers.parse("lit vendor/lit.js", KEY)).isInstanceOf(EcstaticException.class)
                    .hasMessage("ecstatic.importmap is 'lit vendor/lit.js': 'lit vendor/lit.js' is not specifier=path; "
                            + "expected for example lit=vendor/lit/index.js");
        }

        @Test
        void refusesASpecifierGivenTwice() {
            assertThatThrownBy(() -> BareSpecifiers.parse("a=x.js,a=y.js", KEY))
                    .hasMessage("ecstatic.importmap is 'a=x.js,a=y.js': the specifier 'a' is given twice; keep one");
        }
    }

    @Nested
    class Checks {
        @Test
        void aPrefixMapsToADirectoryAndAModuleToAFile() {
            assertThatThrownBy(() -> BareSpecifiers.parse("lit/=vendor/lit/index.js", KEY))
                    .hasMessage("ecstatic.importmap: the module specifier 'lit/' mapped to 'vendor/lit/index.js' ends with "
                            + "'/' but the path does not; a prefix maps to a directory such as vendor/lit/");
            assertThatThrownBy(() -> BareSpecifiers.parse("lit=vendor/lit/", KEY))
                    .hasMessageEndingWith("names a directory; a specifier without a trailing '/' maps to one module such as "
                            + "vendor/lit/index.js");
        }

        @Test
        void thePathIsAPlainNameUnderTheStaticRoot() {
            assertThatThrownBy(() -> BareSpecifiers.parse("x=../WEB-INF/x.js", KEY))
                    .hasMessage("ecstatic.importmap: the module specifier 'x' mapped to '../WEB-INF/x.js' is not a logical "
                            + "name under the static root: it holds a '..' segment; names stay below the static root");
        }

        @Test
        void theSpecifierAndThePathAreNotEmpty() {
            assertThatThrownBy(() -> BareSpecifiers.parse("=x.js", KEY))
                    .hasMessageEndingWith("has no specifier; write specifier=path, for example lit=vendor/lit/index.js");
            assertThatThrownBy(() -> BareSpecifiers.parse("x=", KEY))
                    .hasMessageEndingWith("has no path; name a logical name under the static root, for example vendor/lit/index.js");
        }

        @Test
        void theSpecifierIsOneWord() {
            assertThatThrownBy(() -> BareSpecifiers.checked(Map.of("a b", "x.js"), "<static:module>"))
                    .hasMessage("<static:module>: the module specifier 'a b' mapped to 'x.js' holds a space, a comma, an '=' "
                            + "or a control character; a specifier is one word such as lit");
        }
    }
}
