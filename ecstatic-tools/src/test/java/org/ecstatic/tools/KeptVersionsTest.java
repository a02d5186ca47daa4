package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeptVersionsTest {
    @TempDir
    Path tmp;
    Path chain;
    Path out;
    Path manifestFile;
    CollectOptions options;

    @BeforeEach
    void threeVersionsOfTheImage() throws IOException {
        chain = Fixtures.copy("chain", tmp.resolve("chain"));
        out = tmp.resolve("out");
        manifestFile = tmp.resolve("manifest.json");
        options = CollectOptions.builder(out, manifestFile).source(chain).precompress(false).build();
        for (int version = 1; version <= 3; version++) {
            Files.writeString(chain.resolve("img/bg.png"), "version " + version, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(chain.resolve("img/bg.png"), FileTime.fromMillis(1_000_000L * version));
            Collector.collect(options);
        }
    }

    String hashedName(int version) {
        return "img/bg." + Fixtures.hashOf("version " + version) + ".png";
    }

    @Test
    void aCollectKeepsEveryEarlierVersionListedInTheManifest() {
        Manifest manifest = Manifest.read(manifestFile);
        assertThat(manifest.files()).containsKeys(hashedName(1), hashedName(2), hashedName(3));
        assertThat(manifest.hashedName("img/bg.png")).isEqualTo(hashedName(3));
    }

    @Test
    void removesAllButTheNewestVersionsNeverTheCurrentOne() {
        long oldest = out.resolve(hashedName(1)).toFile().length();

        KeptVersions.PruneReport report = KeptVersions.prune(out, manifestFile, options.state(), 2);

        assertThat(report.removed()).contains(hashedName(1)).doesNotContain(hashedName(2), hashedName(3));
        assertThat(report.keep()).isEqualTo(2);
        assertThat(report.bytes()).isGreaterThanOrEqualTo(oldest);
        assertThat(out.resolve(hashedName(1))).doesNotExist();
        assertThat(out.resolve(hashedName(2))).exists();
        Manifest after = Manifest.read(manifestFile);
        assertThat(after.files()).doesNotContainKey(hashedName(1)).containsKeys(hashedName(2), hashedName(3));
    }

    @Test
    void keepZeroLeavesOnlyTheCurrentVersions() {
        KeptVersions.prune(out, manifestFile, options.state(), 0);

        Manifest after = Manifest.read(manifestFile);
        assertThat(after.files().keySet()).containsExactlyInAnyOrderElementsOf(after.paths().values().stream()
                .filter(after.files()::containsKey).toList());
        assertThat(out.resolve(hashedName(3))).exists();
        assertThat(OutputCheck.of(out, manifestFile).differences()).isEmpty();
    }

    @Test
    void summarySaysWhatWasRemovedAndKept() {
        assertThat(new KeptVersions.PruneReport(java.util.List.of("a.0123456789ab.css"), 12_300, 2).summary())
                .isEqualTo("removed 1 old version (12.3 kB), kept the newest 2 of each file");
        assertThat(new KeptVersions.PruneReport(java.util.List.of(), 0, 3).summary())
                .isEqualTo("removed 0 old versions (0 B), kept the newest 3 of each file");
    }

    @Test
    void anEditedManifestThatNamesAFileOutsideTheOutputDeletesNothing() throws IOException {
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep me");
        String json = Files.readString(manifestFile).replace("\"files\": {",
                "\"files\": {\n    \"../victim.txt\": {\"size\": 7},");
        Files.writeString(manifestFile, json);

        assertThatThrownBy(() -> KeptVersions.prune(out, manifestFile, options.state(), 0))
                .isInstanceOf(EcstaticException.class)
                .hasMessage("The manifest " + manifestFile + " is not an Ecstatic manifest: the name \"../victim.txt\" "
                        + "holds a '..' segment; names stay below the static root. Rebuild it with ecstatic:collect "
                        + "(or the ecstatic command line).");
        assertThat(victim).hasContent("keep me");
        assertThat(out.resolve(hashedName(1))).exists();
    }

    @Test
    void refusesANegativeKeep() {
        assertThatThrownBy(() -> KeptVersions.prune(out, manifestFile, options.state(), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("keep must be 0 or more, not -1");
    }
}
