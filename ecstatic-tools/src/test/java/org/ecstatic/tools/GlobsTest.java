package org.ecstatic.tools;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlobsTest {
    @Nested
    class Names {
        @Test
        void aGlobWithoutSlashMatchesTheLastNameAnywhere() {
            Globs globs = Globs.of(List.of("*.map"));
            assertThat(globs.matches("app.js.map")).isTrue();
            assertThat(globs.matches("js/deep/app.js.map")).isTrue();
            assertThat(globs.matches("js/app.js")).isFalse();
        }

        @Test
        void starAndQuestionMarkStayWithinOneName() {
            Globs globs = Globs.of(List.of("a?c", "x*"));
            assertThat(globs.matches("abc")).isTrue();
            assertThat(globs.matches("dir/xyz")).isTrue();
            assertThat(globs.matches("ac")).isFalse();
        }

        @Test
        void matchesAnyNameLooksAtEveryDirectoryToo() {
            Globs globs = Globs.of(List.of("CVS", ".*"));
            assertThat(globs.matchesAnyName("lib/CVS/Entries")).isTrue();
            assertThat(globs.matchesAnyName(".git/config")).isTrue();
            assertThat(globs.matches("lib/CVS/Entries")).isFalse();
            assertThat(globs.matchesAnyName("lib/cvs.txt")).isFalse();
        }

        @Test
        void plainNamesPrefixesAndSuffixesMatchExactlyAsTheirPatternsDo() {
            List<String> globs = List.of("*", ".*", "*~", "CVS", "Thumbs.db", "*.map", "x*", "*.{js,css}", "a?c",
                    "**", "*.", "");
            List<String> names = List.of("", ".", ".git", "a~", "~", "CVS", "cvs", "CVSx", "Thumbs.db", "app.js.map",
                    "map", ".map", "x", "xyz", "yx", "a.js", "a.css", "abc", "a.", "ac");
            for (String glob : globs) {
                Globs one = Globs.of(List.of(glob));
                for (String name : names) {
                    assertThat(one.matches(name)).as(glob + " against '" + name + "'")
                            .isEqualTo(Globs.compile(glob).matcher(name).matches());
                }
            }
        }

        @Test
        void dotsAndOtherRegexCharactersAreLiteral() {
            Globs globs = Globs.of(List.of("Thumbs.db", "a+b(1).txt"));
            assertThat(globs.matches("Thumbs.db")).isTrue();
            assertThat(globs.matches("ThumbsXdb")).isFalse();
            assertThat(globs.matches("a+b(1).txt")).isTrue();
        }
    }

    @Nested
    class Paths {
        @Test
        void aGlobWithSlashMatchesTheWholePath() {
            Globs globs = Globs.of(List.of("vendor/*.js"));
            assertThat(globs.matches("vendor/a.js")).isTrue();
            assertThat(globs.matches("vendor/x/a.js")).isFalse();
            assertThat(globs.matches("lib/vendor/a.js")).isFalse();
        }

        @Test
        void doubleStarCrossesDirectories() {
            Globs globs = Globs.of(List.of("vendor/**", "**/sw.js"));
            assertThat(globs.matches("vendor/x/y/a.js")).isTrue();
            assertThat(globs.matches("sw.js")).isTrue();
            assertThat(globs.matches("app/sw.js")).isTrue();
        }

        @Test
        void aLeadingSlashIsTheStaticRoot() {
            assertThat(Globs.of(List.of("/robots.txt")).matches("robots.txt")).isTrue();
            assertThat(Globs.of(List.of("/robots.txt")).matches("x/robots.txt")).isFalse();
        }

        @Test
        void bracesAreAlternatives() {
            Globs globs = Globs.of(List.of("img/*.{png,jpg}"));
            assertThat(globs.matches("img/a.png")).isTrue();
            assertThat(globs.matches("img/a.jpg")).isTrue();
            assertThat(globs.matches("img/a.gif")).isFalse();
        }
    }

    @Test
    void noGlobsMatchNothing() {
        assertThat(Globs.of(List.of()).matches("anything")).isFalse();
    }
}
