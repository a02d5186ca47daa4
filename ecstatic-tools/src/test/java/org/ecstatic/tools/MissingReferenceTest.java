package org.ecstatic.tools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MissingReferenceTest {
    @Test
    void describesTheFileTheLineAndTheReferenceAsWritten() {
        assertThat(new MissingReference("css/site.css", 12, "../img/logo.png?v=3#top").describe())
                .isEqualTo("css/site.css (line 12) references ../img/logo.png?v=3#top");
    }
}
