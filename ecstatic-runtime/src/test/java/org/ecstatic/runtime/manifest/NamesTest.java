package org.ecstatic.runtime.manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"robots.txt", "css/site.css", "css/site.3f2a1b9c0d4e.css", "webjars/uplot/1.6.30/dist/uPlot.min.css",
            ".well-known/security.txt", "a..b/c...d", "fonts/a b.woff2", "img/caf\u00e9.png", "...", "a/.b/c", "ab:c/d", "tab\tand\nnewline.css"})
    void acceptsPlainRelativeNames(String name) {
        assertThat(Names.problem(name)).isNull();
        assertThat(Names.isPlain(name)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/srv/app/pwned.txt | starts with '/'; names are relative to the static root",
            "C:/Windows/win.ini | starts with a drive letter; names are relative to the static root",
            "c:x | starts with a drive letter; names are relative to the static root",
            "../victim.txt | holds a '..' segment; names stay below the static root",
            "webjars/x/../../../WEB-INF/web.xml | holds a '..' segment; names stay below the static root",
            "css/.. | holds a '..' segment; names stay below the static root",
            "./css/site.css | holds a '.' segment",
            "css/./site.css | holds a '.' segment",
            "css//site.css | holds an empty segment ('//' or a '/' at the end)",
            "css/ | holds an empty segment ('//' or a '/' at the end)",
            "css\\site.css | holds '\\'; names use forward slashes",
            "..\\..\\x | holds '\\'; names use forward slashes",
    })
    void refusesNamesThatCouldLeaveTheDirectory(String name, String problem) {
        assertThat(Names.problem(name)).isEqualTo(problem);
        assertThat(Names.isPlain(name)).isFalse();
    }

    @Test
    void refusesEmptyNamesAndNull() {
        assertThat(Names.problem("")).isEqualTo("is empty");
        assertThat(Names.problem(null)).isEqualTo("is empty");
    }

    @Test
    void refusesNul() {
        assertThat(Names.problem("css/site.css\u0000.png")).isEqualTo("holds a NUL character");
    }
}
