package org.ecstatic.tools.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferenceTest {

    @Test
    void holdsTheRangeLineAndTargetAsWritten() {
        Reference ref = new Reference(4, 14, 2, "my%20a.png");
        assertThat(ref).isEqualTo(new Reference(4, 14, 2, "my%20a.png"));
        assertThat(ref.end() - ref.start()).isEqualTo(ref.target().length());
    }

    @Test
    void rejectsARangeThatDoesNotFitTheTarget() {
        assertThatThrownBy(() -> new Reference(4, 8, 1, "a.png"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("range [4, 8) does not fit target 'a.png' of length 5");
        assertThatThrownBy(() -> new Reference(-1, 4, 1, "a.png"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("range [-1, 4) does not fit target 'a.png' of length 5");
    }

    @Test
    void rejectsALineBeforeTheFirstAndANullTarget() {
        assertThatThrownBy(() -> new Reference(0, 5, 0, "a.png"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line must be 1 or more, not 0");
        assertThatThrownBy(() -> new Reference(0, 0, 1, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must not be null");
    }
}
