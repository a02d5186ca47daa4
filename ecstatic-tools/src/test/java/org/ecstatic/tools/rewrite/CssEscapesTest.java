package org.ecstatic.tools.rewrite;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CssEscapesTest {

    @Nested
    class Unescape {
        @Test
        void returnsTextWithoutABackslashAsItIs() {
            String text = "../img/my%20image.png?v=3";
            assertThat(CssEscapes.unescape(text)).isSameAs(text);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                "a\\).png|a).png",
                "it\\'s.png|it's.png",
                "h \\\"quoted\\\".png|h \"quoted\".png",
                "a\\ b.png|a b.png",
                "a\\\\b.png|a\\b.png",
                "\\g.png|g.png",
                "a\\(b\\).png|a(b).png"})
        void aBackslashBeforeAnyOtherCharacterGivesThatCharacter(String escaped, String plain) {
            assertThat(CssEscapes.unescape(escaped)).isEqualTo(plain);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                "\\41|A",
                "\\41\\42|AB",
                "\\e9 t\\E9.png|été.png",
                "my\\20image.png|my image.png",
                "\\000041|A",
                "\\0000410|A0",
                "\\1F600.png|\uD83D\uDE00.png",
                "\\10FFFF|\uDBFF\uDFFF"})
        void oneToSixHexDigitsGiveTheirCodePoint(String escaped, String plain) {
            assertThat(CssEscapes.unescape(escaped)).isEqualTo(plain);
        }

        @Test
        void oneWhiteSpaceAfterAHexEscapeBelongsToIt() {
            assertThat(CssEscapes.unescape("my\\20 image.png")).isEqualTo("my image.png");
            assertThat(CssEscapes.unescape("my\\20  image.png")).isEqualTo("my  image.png");
            assertThat(CssEscapes.unescape("\\41\tB")).isEqualTo("AB");
            assertThat(CssEscapes.unescape("\\41\nB")).isEqualTo("AB");
            assertThat(CssEscapes.unescape("\\41\fB")).isEqualTo("AB");
        }

        @Test
        void aCrLfAfterAHexEscapeCountsAsOneWhiteSpace() {
            assertThat(CssEscapes.unescape("\\41\r\nB")).isEqualTo("AB");
            assertThat(CssEscapes.unescape("\\41\r\n\nB")).isEqualTo("A\nB");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\\0", "\\000000", "\\D800", "\\dfff", "\\110000", "\\FFFFFF"})
        void nulSurrogatesAndCodePointsBeyondUnicodeGiveTheReplacementCharacter(String escaped) {
            assertThat(CssEscapes.unescape(escaped)).isEqualTo("\uFFFD");
        }

        @Test
        void aBackslashBeforeALineBreakGivesNothing() {
            assertThat(CssEscapes.unescape("a\\\nb.png")).isEqualTo("ab.png");
            assertThat(CssEscapes.unescape("a\\\r\nb.png")).isEqualTo("ab.png");
            assertThat(CssEscapes.unescape("a\\\rb.png")).isEqualTo("ab.png");
            assertThat(CssEscapes.unescape("a\\\fb.png")).isEqualTo("ab.png");
        }

        @Test
        void aBackslashAtTheEndStays() {
            assertThat(CssEscapes.unescape("a.png\\")).isEqualTo("a.png\\");
            assertThat(CssEscapes.unescape("\\")).isEqualTo("\\");
        }
    }

    @Nested
    class WhiteSpace {
        @ParameterizedTest
        @ValueSource(chars = {' ', '\t', '\n', '\r', '\f'})
        void isSpaceTabAndTheLineBreaks(char c) {
            assertThat(CssEscapes.isWhitespace(c)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(chars = {'\u000B', '\u00A0', '\u2003', '\u3000', '\uFEFF', 'a', '\0'})
        void isNoOtherCharacter(char c) {
            assertThat(CssEscapes.isWhitespace(c)).isFalse();
        }
    }
}
