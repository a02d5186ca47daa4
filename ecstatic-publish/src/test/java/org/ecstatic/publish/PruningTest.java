package org.ecstatic.publish;

import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PruningTest {
    static final Manifest CURRENT = Manifest.of(Map.of("css/site.css", "css/site.3f2a1b9c0d4e.css", "robots.txt", "robots.txt"),
            Map.of("css/site.3f2a1b9c0d4e.css", new Manifest.FileEntry(10, "sha256-x", List.of("br", "gzip"))));

    @Nested
    class Deletions {
        @Test
        void areHashedObjectsAndTheirCompressedFormsThatNoKeptManifestNames() {
            List<String> listed = List.of("css/site.3f2a1b9c0d4e.css", "css/site.3f2a1b9c0d4e.css.br",
                    "css/site.000000000000.css", "css/site.000000000000.css.br", "css/site.000000000000.css.gz",
                    "LICENSE.111111111111", "css/site.css", "robots.txt", "notes/readme.txt", "x.css.br");
            assertThat(Pruning.deletions(listed, List.of(CURRENT), List.of())).containsExactly("LICENSE.111111111111",
                    "css/site.000000000000.css", "css/site.000000000000.css.br", "css/site.000000000000.css.gz");
        }

        @Test
        void neverTouchPublishsRecordsButTheExpiredHistoryEntries() {
            List<String> listed = List.of(".ecstatic/manifest.json", ".ecstatic/manifests/20261130T000000.000Z-aaaaaaaaaaaa.json",
                    ".ecstatic/site.000000000000.css");
            assertThat(Pruning.deletions(listed, List.of(CURRENT),
                    List.of(".ecstatic/manifests/20261130T000000.000Z-aaaaaaaaaaaa.json")))
                    .containsExactly(".ecstatic/manifests/20261130T000000.000Z-aaaaaaaaaaaa.json");
        }

        @Test
        void keepTheUnhashedNamesOfKeptManifestsEvenWhenTheyLookHashed() {
            Manifest odd = Manifest.of(Map.of("vendor/lib.222222222222.js", "vendor/lib.222222222222.js"), Map.of());
            assertThat(Pruning.deletions(List.of("vendor/lib.222222222222.js"), List.of(odd), List.of())).isEmpty();
        }
    }
}
