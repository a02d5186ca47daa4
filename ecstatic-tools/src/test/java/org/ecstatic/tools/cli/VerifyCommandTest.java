package org.ecstatic.tools.cli;

import org.ecstatic.runtime.manifest.Digest;
import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.tools.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifyCommandTest {
    static final String REPAIR = ". Run collect again (ecstatic collect, or mvn ecstatic:collect): it writes every file "
            + "that is not as it left it.\n";
    @TempDir
    Path tmp;
    Path out;
    Path manifest;
    String stdout;
    String stderr;

    @BeforeEach
    void paths() {
        out = tmp.resolve("out");
        manifest = tmp.resolve("manifest.json");
    }

    int run(String... args) {
        CommandRun run = CommandRun.of(new VerifyCommand(), args);
        stdout = run.out();
        stderr = run.err();
        return run.exitCode();
    }

    int verify() {
        return run("--output", out.toString(), "--manifest", manifest.toString());
    }

    /** Collects the fixture tree {@code fixture} without precompression, with {@code more} options. */
    void collect(String fixture, String... more) {
        List<String> args = new ArrayList<>(List.of("--source", Fixtures.ROOT.resolve(fixture).toString(),
                "--output", out.toString(), "--manifest", manifest.toString(), "--no-precompress"));
        args.addAll(List.of(more));
        assertThat(CommandRun.of(new CollectCommand(), args).exitCode()).isZero();
    }

    static String integrity(Path file) throws IOException {
        return Digest.of(Files.readAllBytes(file)).integrity();
    }

    @Test
    void isNamedVerify() {
        assertThat(new VerifyCommand().name()).isEqualTo("verify");
        assertThat(new VerifyCommand().help()).startsWith("usage: ecstatic verify --output DIR --manifest FILE\n");
    }

    @Nested
    class Differences {
        @Test
        void exitsZeroWhenTheOutputMatchesTheManifest() {
            collect("chain");
            assertThat(verify()).isZero();
            assertThat(stdout).isEqualTo("verified 6 files: no differences\n");
            assertThat(stderr).isEmpty();
        }

        @Test
        void exitsOneListingEveryDifference() throws IOException {
            collect("chain");
            Manifest m = Manifest.read(manifest);
            String bg = m.hashedName("img/bg.png");
            String theme = m.hashedName("css/theme.css");
            String page = m.hashedName("css/page.css");
            Files.delete(out.resolve(bg));
            Files.writeString(out.resolve(theme), "tampered");
            byte[] pageBytes = Files.readAllBytes(out.resolve(page));
            pageBytes[0] = 'X';
            Files.write(out.resolve(page), pageBytes);

            assertThat(verify()).isEqualTo(1);
            assertThat(stdout).isEqualTo(page + ": integrity " + integrity(out.resolve(page)) + ", the manifest says "
                    + m.file(page).integrity() + "\n"
                    + theme + ": 8 bytes, the manifest says " + m.file(theme).size() + "\n"
                    + theme + ": integrity " + integrity(out.resolve(theme)) + ", the manifest says "
                    + m.file(theme).integrity() + "\n"
                    + bg + ": missing\n"
                    + "verified 6 files: 4 differences. Run collect again (ecstatic collect, or mvn ecstatic:collect): "
                    + "it writes every file that is not as it left it.\n");
            assertThat(stderr).isEmpty();
        }

        @Test
        void collectRepairsWhatVerifyFoundAndVerifyThenFindsNothing() throws IOException {
            collect("chain");
            Manifest m = Manifest.read(manifest);
            String theme = m.hashedName("css/theme.css");
            byte[] themeBytes = Files.readAllBytes(out.resolve(theme));
            byte[] altered = themeBytes.clone();
            altered[0] ^= 1; // same size
            Files.write(out.resolve(theme), altered);
            Files.delete(out.resolve(m.hashedName("img/bg.png")));
            Files.delete(out.resolve("css/page.css"));

            assertThat(verify()).isEqualTo(1);
            collect("chain");
            assertThat(verify()).isZero();
            assertThat(stdout).isEqualTo("verified 6 files: no differences\n");
            assertThat(out.resolve(theme)).hasBinaryContent(themeBytes);
            assertThat(out.resolve("css/page.css")).exists();
        }

        @Test
        void aCompressedFormThatIsGoneIsOneDifference() throws IOException {
            List<String> args = List.of("--source", Fixtures.ROOT.resolve("chain").toString(),
                    "--output", out.toString(), "--manifest", manifest.toString());
            assertThat(CommandRun.of(new CollectCommand(), args).exitCode()).isZero();
            String plain = Manifest.read(manifest).hashedName("js/plain.js");
            Files.delete(out.resolve(plain + ".gz"));

            assertThat(verify()).isEqualTo(1);
            assertThat(stdout).isEqualTo(plain + ".gz: missing (the manifest lists encoding gzip)\n"
                    + "verified 6 files: 1 difference" + REPAIR);
        }

        @Test
        void aFileWrittenUnderItsOwnNameOnlyIsCheckedToo() throws IOException {
            collect("site/app", "--no-hash", "robots.txt");
            Files.delete(out.resolve("robots.txt"));

            assertThat(verify()).isEqualTo(1);
            assertThat(stdout).isEqualTo("robots.txt: missing\nverified 9 files: 1 difference" + REPAIR);
        }
    }

    @Nested
    class Usage {
        @Test
        void needsTheOutputAndTheManifest() {
            assertThatThrownBy(() -> run("--manifest", manifest.toString()))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic verify: --output is required (see ecstatic verify --help)");
            assertThatThrownBy(() -> run("--output", tmp.toString()))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic verify: --manifest is required (see ecstatic verify --help)");
        }

        @Test
        void namesAnOutputThatIsNoDirectory() {
            assertThatThrownBy(() -> run("--output", out.toString(), "--manifest", manifest.toString()))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic verify: --output " + out + ": no such directory (see ecstatic verify --help)");
        }

        @Test
        void takesNoOptionsOfTheOtherCommands() {
            assertThatThrownBy(() -> run("--output", tmp.toString(), "--manifest", manifest.toString(), "--keep", "2"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic verify: unknown option --keep (see ecstatic verify --help)");
        }
    }
}
