package org.ecstatic.runtime.serving;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityTagsTest {
    private static final String TAG = "\"3f2a1b9c0d4e\"";

    @Test
    void matchesAStrongTagBothWays() {
        assertThat(EntityTags.matches("\"3f2a1b9c0d4e\"", TAG, true)).isTrue();
        assertThat(EntityTags.matches("\"3f2a1b9c0d4e\"", TAG, false)).isTrue();
    }

    @Test
    void matchesAWeakTagOnlyInTheWeakComparison() {
        assertThat(EntityTags.matches("W/\"3f2a1b9c0d4e\"", TAG, true)).isTrue();
        assertThat(EntityTags.matches("W/\"3f2a1b9c0d4e\"", TAG, false)).isFalse();
    }

    @Test
    void findsTheTagInAList() {
        assertThat(EntityTags.matches("\"a\", W/\"b,c\" ,\"3f2a1b9c0d4e\"", TAG, true)).isTrue();
        assertThat(EntityTags.matches("\"a\",\"3f2a1b9c0d4e-br\"", TAG, true)).isFalse();
    }

    @Test
    void matchesAStar() {
        assertThat(EntityTags.matches("*", TAG, false)).isTrue();
    }

    @Test
    void matchesNothingInAMalformedHeader() {
        assertThat(EntityTags.matches("3f2a1b9c0d4e", TAG, true)).isFalse();
        assertThat(EntityTags.matches("\"3f2a1b9c0d4e", TAG, true)).isFalse();
        assertThat(EntityTags.matches("", TAG, true)).isFalse();
        assertThat(EntityTags.matches("W/", TAG, true)).isFalse();
    }
}
