package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputCheckTest {
    @TempDir
    Path tmp;
    Path out;
    Path manifestFile;

    @BeforeEach
    void collect() {
        out = tmp.resolve("out");
        manifestFile = tmp.resolve("manifest.json");
        Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
        Collector.collect(CollectOptions.builder(out, manifestFile).source(chain).precompress(true).build());
    }

    @Test
    void findsNothingInTheOutputAsCollected() {
        OutputCheck check = OutputCheck.of(out, manifestFile);
        assertThat(check.differences()).isEmpty();
        assertThat(check.checked()).isEqualTo(6);
        assertThat(check.summary()).isEqualTo("verified 6 files: no differences");
    }

    @Test
    void namesEachDifferenceAndSaysWhatToRun() throws IOException {
        Manifest manifest = Manifest.read(manifestFile);
        String plain = manifest.hashedName("js/plain.js");
        Files.delete(out.resolve(plain + ".br"));

        OutputCheck check = OutputCheck.of(out, manifestFile);

        assertThat(check.differences()).containsExactly(plain + ".br: missing (the manifest lists encoding br)");
        assertThat(check.summary()).isEqualTo("verified 6 files: 1 difference. Run collect again (ecstatic collect, "
                + "or mvn ecstatic:collect): it writes every file that is not as it left it.");
    }

    @Test
    void readsNothingOutsideTheOutputForAnEditedManifest() throws IOException {
        Files.writeString(manifestFile, Files.readString(manifestFile)
                .replace("\"files\": {", "\"files\": {\n    \"/etc/passwd\": {\"size\": 1},"));
        assertThatThrownBy(() -> OutputCheck.of(out, manifestFile))
                .isInstanceOf(EcstaticException.class)
                .hasMessageContaining("the name \"/etc/passwd\" starts with '/'; names are relative to the static root");
    }
}
