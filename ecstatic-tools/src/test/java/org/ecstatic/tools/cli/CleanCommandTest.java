package org.ecstatic.tools.cli;

import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.tools.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CleanCommandTest {
    @TempDir
    Path tmp;
    Path src;
    Path out;
    Path manifest;
    String stdout;
    String stderr;

    @BeforeEach
    void paths() {
        src = tmp.resolve("src");
        out = tmp.resolve("out");
        manifest = tmp.resolve("manifest.json");
    }

    int run(String... args) {
        CommandRun run = CommandRun.of(new CleanCommand(), args);
        stdout = run.out();
        stderr = run.err();
        return run.exitCode();
    }

    int clean(String... more) {
        List<String> args = new ArrayList<>(List.of("--output", out.toString(), "--manifest", manifest.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** Collects {@code src} with {@code more} options; returns the hashed name of {@code logical}. */
    String collect(String logical, String... more) {
        List<String> args = new ArrayList<>(List.of("--source", src.toString(), "--output", out.toString(),
                "--manifest", manifest.toString()));
        args.addAll(List.of(more));
        assertThat(CommandRun.of(new CollectCommand(), args).exitCode()).isZero();
        return Manifest.read(manifest).hashedName(logical);
    }

    @Test
    void isNamedClean() {
        assertThat(new CleanCommand().name()).isEqualTo("clean");
        assertThat(new CleanCommand().help())
                .startsWith("usage: ecstatic clean --output DIR --manifest FILE --keep N [--state FILE]\n");
    }

    @Nested
    class Pruning {
        @Test
        void removesAllButTheNewestVersionsAndNeverTheCurrentOne() throws IOException {
            Fixtures.copy("chain", src);
            List<String> names = new ArrayList<>();
            for (String content : List.of("one", "two", "three")) {
                Files.writeString(src.resolve("img/bg.png"), content);
                names.add(collect("img/bg.png"));
            }

            assertThat(clean("--keep", "2")).isZero();

            // bg.png one, and theme.css and page.css that referenced it
            assertThat(stdout).matches("removed 3 old versions \\([0-9.]+ (B|kB)\\), kept the newest 2 of each file\n");
            Manifest after = Manifest.read(manifest);
            assertThat(after.files()).doesNotContainKey(names.get(0)).containsKeys(names.get(1), names.get(2));
            assertThat(out.resolve(names.get(0))).doesNotExist();
            assertThat(out.resolve(names.get(1))).exists();

            assertThat(clean("--keep", "0")).isZero();
            assertThat(Manifest.read(manifest).files()).containsKey(names.get(2)).doesNotContainKey(names.get(1));
            assertThat(CommandRun.of(new VerifyCommand(), "--output", out.toString(), "--manifest", manifest.toString())
                    .exitCode()).isZero();
        }

        @Test
        void removesOneVersionWithItsSizeAndNothingElse() {
            Fixtures.write(src.resolve("a.txt"), "one");
            String first = collect("a.txt", "--no-precompress");
            Fixtures.write(src.resolve("a.txt"), "two!");
            String second = collect("a.txt", "--no-precompress");

            assertThat(clean("--keep", "1")).isZero();

            assertThat(stdout).isEqualTo("removed 1 old version (3 B), kept the newest 1 of each file\n");
            assertThat(stderr).isEmpty();
            assertThat(Fixtures.tree(out)).containsExactlyInAnyOrder("a.txt", second);
            assertThat(Manifest.read(manifest).files()).containsOnlyKeys(second).doesNotContainKey(first);
        }

        @Test
        void removesNothingAndLeavesTheManifestAsItWasWhenFewerVersionsExist() throws IOException {
            Fixtures.copy("chain", src);
            collect("img/bg.png");
            byte[] before = Files.readAllBytes(manifest);
            List<String> files = Fixtures.tree(out);

            assertThat(clean("--keep", "2")).isZero();

            assertThat(stdout).isEqualTo("removed 0 old versions (0 B), kept the newest 2 of each file\n");
            assertThat(Files.readAllBytes(manifest)).isEqualTo(before);
            assertThat(Fixtures.tree(out)).isEqualTo(files);
        }

        @Test
        void takesTheOrderOfVersionsFromTheGivenStateFile() throws IOException {
            Path state = tmp.resolve("kept/collect.state");
            List<String> names = new ArrayList<>();
            for (String content : List.of("one", "two", "three")) {
                Fixtures.write(src.resolve("a.txt"), content);
                names.add(collect("a.txt", "--no-precompress", "--state", state.toString()));
            }
            // by modification time the first version would be the newest
            Files.setLastModifiedTime(out.resolve(names.get(0)), FileTime.from(Instant.parse("2100-01-01T00:00:00Z")));
            Files.setLastModifiedTime(out.resolve(names.get(1)), FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));

            assertThat(clean("--keep", "2", "--state", state.toString())).isZero();

            assertThat(stdout).isEqualTo("removed 1 old version (3 B), kept the newest 2 of each file\n");
            assertThat(out.resolve(names.get(0))).doesNotExist();
            assertThat(out.resolve(names.get(1))).exists();
        }
    }

    @Nested
    class Usage {
        @Test
        void namesAnOutputThatIsNoDirectory() {
            assertThatThrownBy(() -> clean("--keep", "1"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic clean: --output " + out + ": no such directory (see ecstatic clean --help)");
        }

        @Test
        void needsTheKeepCount() {
            assertThatThrownBy(() -> run("--output", tmp.toString(), "--manifest", manifest.toString()))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic clean: --keep is required (see ecstatic clean --help)");
        }

        @Test
        void namesAKeepThatIsNoWholeNumber() {
            assertThatThrownBy(() -> run("--output", tmp.toString(), "--manifest", manifest.toString(), "--keep", "two"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic clean: --keep two: expected a whole number of 0 or more "
                            + "(see ecstatic clean --help)");
        }

        @Test
        void needsTheOutputAndTheManifest() {
            assertThatThrownBy(() -> run("--manifest", manifest.toString(), "--keep", "1"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic clean: --output is required (see ecstatic clean --help)");
            assertThatThrownBy(() -> run("--output", tmp.toString(), "--keep", "1"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic clean: --manifest is required (see ecstatic clean --help)");
        }

        @Test
        void aMissingManifestIsAnErrorNamingIt() {
            assertThatThrownBy(() -> run("--output", tmp.toString(), "--manifest", manifest.toString(), "--keep", "1"))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The manifest " + manifest + " does not exist. Run ecstatic:collect "
                            + "(or the ecstatic command line) to write it, or point ecstatic.manifest at it.");
        }
    }
}
