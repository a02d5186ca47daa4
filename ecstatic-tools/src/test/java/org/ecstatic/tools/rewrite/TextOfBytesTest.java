package org.ecstatic.tools.rewrite;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextOfBytesTest {

    @Test
    void readsAsciiBytesAsTheCharactersTheyAre() {
        byte[] bytes = "import x from './a.js'\n".getBytes(StandardCharsets.US_ASCII);

        CharSequence text = TextOfBytes.asciiView(bytes);

        assertThat(text.length()).isEqualTo(23);
        assertThat(text.charAt(0)).isEqualTo('i');
        assertThat(text.toString()).isEqualTo("import x from './a.js'\n");
        CharSequence specifier = text.subSequence(15, 21);
        assertThat(specifier.toString()).isEqualTo("./a.js");
        assertThat(specifier.subSequence(2, 6).toString()).isEqualTo("a.js");
        assertThat(specifier.charAt(5)).isEqualTo('s');
    }

    @Test
    void refusesIndexesOutsideItsRange() {
        CharSequence specifier = TextOfBytes.asciiView("'./a.js'".getBytes(StandardCharsets.US_ASCII)).subSequence(1, 7);

        assertThatThrownBy(() -> specifier.charAt(6)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index 6 of 6 characters");
        assertThatThrownBy(() -> specifier.subSequence(2, 7)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("[2, 7) of 6 characters");
    }
}
