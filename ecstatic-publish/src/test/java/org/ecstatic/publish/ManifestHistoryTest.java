package org.ecstatic.publish;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestHistoryTest {
    static final byte[] MANIFEST = "{\"version\": 1}".getBytes(StandardCharsets.UTF_8);

    @Nested
    class Entries {
        @Test
        void areNamedByUtcTimeAndTheHashOfTheirBytesSoThatTheySortByTime() {
            String entry = ManifestHistory.entryName(Instant.parse("2026-11-30T22:48:38.123Z"), MANIFEST);
            assertThat(entry).isEqualTo(".ecstatic/manifests/20261130T224838.123Z-" + ManifestHistory.shortHash(MANIFEST) + ".json");
            assertThat(ManifestHistory.shortHash(MANIFEST)).matches("[0-9a-f]{12}");
            assertThat(ManifestHistory.hashOf(entry)).isEqualTo(ManifestHistory.shortHash(MANIFEST));
            assertThat(ManifestHistory.isEntry(entry)).isTrue();
        }

        @Test
        void areOnlyNamesOfThatFormInTheHistoryDirectory() {
            List<String> names = List.of(".ecstatic/manifests/20261201T000000.000Z-bbbbbbbbbbbb.json", "css/site.css",
                    ".ecstatic/manifests/20261130T000000.000Z-aaaaaaaaaaaa.json", ".ecstatic/manifest.json",
                    ".ecstatic/manifests/x.json", ".ecstatic/manifests/20261130T000000.000Z-AAAAAAAAAAAA.json");
            assertThat(ManifestHistory.entries(names)).containsExactly(
                    ".ecstatic/manifests/20261130T000000.000Z-aaaaaaaaaaaa.json",
                    ".ecstatic/manifests/20261201T000000.000Z-bbbbbbbbbbbb.json");
            assertThat(ManifestHistory.isRecord(".ecstatic/manifest.json")).isTrue();
            assertThat(ManifestHistory.isRecord("css/.ecstatic/x")).isFalse();
        }
    }
}
