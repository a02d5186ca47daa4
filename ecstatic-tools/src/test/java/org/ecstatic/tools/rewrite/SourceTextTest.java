package org.ecstatic.tools.rewrite;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceTextTest {

    @Test
    void readsWellFormedUtf8AsUtf8() {
        byte[] bytes = "a{content:\"é→𝄞\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(SourceText.of(bytes)).isEqualTo(new SourceText("a{content:\"é→𝄞\"}", StandardCharsets.UTF_8));
    }

    @Test
    void keepsAReplacementCharacterThatIsWrittenInTheFile() {
        byte[] bytes = "\uFFFD".getBytes(StandardCharsets.UTF_8);

        assertThat(SourceText.of(bytes)).isEqualTo(new SourceText("\uFFFD", StandardCharsets.UTF_8));
    }

    @Test
    void readsBytesThatAreNotUtf8AsIso88591OneCharacterEach() {
        byte[] bytes = {'a', (byte) 0xE9, (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};

        SourceText text = SourceText.of(bytes);

        assertThat(text).isEqualTo(new SourceText("aé\u00ED\u00A0\u0080\"", StandardCharsets.ISO_8859_1));
        assertThat(text.text().getBytes(text.charset())).isEqualTo(bytes);
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> new SourceText(null, StandardCharsets.UTF_8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text and charset must not be null");
    }
}
