package org.ecstatic.tools.cli;

import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.tools.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    static final Path FIXTURES = Path.of("src/test/resources/collect");

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
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        stdout = o.toString(StandardCharsets.UTF_8);
        stderr = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    int collect(String fixture, String... more) {
        List<String> args = new ArrayList<>(List.of("collect", "--source", FIXTURES.resolve(fixture).toString(),
                "--output", out.toString(), "--manifest", manifest.toString(), "--no-precompress"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    static String summaryPattern(int files, int hashed, int rewritten, int missing, int unchanged) {
        return "collected " + files + " files \\([0-9.]+ (B|kB)\\): " + hashed + " hashed, " + rewritten
                + " references rewritten, " + missing + " missing \\(kept\\), " + unchanged
                + " unchanged, in [0-9]+\\.[0-9]{2} s\n";
    }

    @Nested
    class Collect {
        @Test
        void endsWithTheOneLineSummaryAndExitsZero() {
            assertThat(collect("chain")).isZero();
            assertThat(stdout).matches(summaryPattern(6, 6, 3, 0, 0));
            assertThat(stderr).isEmpty();
        }

        @Test
        void aCraftedJarStopsTheRunWithExitOneAndWritesNothing() throws IOException {
            Path victim = Files.writeString(Files.createDirectories(tmp.resolve("srv")).resolve("pwned.txt"), "mine");
            Path jar = tmp.resolve("evil.jar");
            String entry = "META-INF/resources//" + victim.toString().substring(1);
            try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry));
                zip.write("pwned".getBytes(StandardCharsets.UTF_8));
            }

            assertThat(collect("chain", "--jar", jar.toString(), "--exclude", "*.map")).isEqualTo(1);

            assertThat(stderr).isEqualTo("error: The jar " + jar + " holds the entry '" + entry + "', whose name below "
                    + "META-INF/resources/ starts with '/'; names are relative to the static root, so it could be "
                    + "written outside the output directory. Nothing was written. Take the jar out of the sources "
                    + "(--jar, or webJars=false for dependencies), or rebuild it without that entry.\n");
            assertThat(stdout).isEqualTo("collect failed\n");
            assertThat(victim).hasContent("mine");
            assertThat(out).doesNotExist();
        }

        @Test
        void aSecondRunSaysEverythingIsUnchanged() {
            collect("chain");
            assertThat(collect("chain")).isZero();
            assertThat(stdout).matches(summaryPattern(6, 0, 0, 0, 6));
        }

        @Test
        void laxReportsMissingReferencesOnStandardErrorAndSucceeds() {
            assertThat(collect("missing")).isZero();
            assertThat(stderr).isEqualTo("""
                    warning: css/broken.css (line 3) references ../img/nope.png, which does not exist under the static roots; kept as written
                    warning: css/broken.css (line 4) references /static/img/gone.png?v=1, which does not exist under the static roots; kept as written
                    warning: css/broken.css (line 5) references broken.css.map, which does not exist under the static roots; kept as written
                    """);
            assertThat(stdout).matches(summaryPattern(2, 2, 1, 3, 0));
        }

        @Test
        void strictExitsOneListingEveryMissingReference() {
            assertThat(collect("missing", "--strict", "--ignore-missing", "*.map")).isEqualTo(1);
            assertThat(stderr).isEqualTo("""
                    error: 2 references name files that do not exist under the static roots:
                      css/broken.css (line 3) references ../img/nope.png
                      css/broken.css (line 4) references /static/img/gone.png?v=1
                    Fix the paths or add the files; list expected ones with --ignore-missing \
                    (ecstatic.ignoreMissing), or run without --strict to keep them unhashed.
                    """);
            assertThat(stdout).isEqualTo("collect failed\n");
            assertThat(manifest).doesNotExist();
        }

        @Test
        void reportsCyclesAndShadowedPaths() {
            Path app = FIXTURES.resolve("site/app");
            Path vendor = FIXTURES.resolve("site/vendor");
            assertThat(run("collect", "--source", app.toString(), "--source", vendor.toString(),
                    "--output", out.toString(), "--manifest", manifest.toString())).isZero();
            assertThat(stderr).isEqualTo("note: css/print.css is taken from " + app.resolve("css/print.css")
                    + "; " + vendor.resolve("css/print.css") + " is shadowed\n");

            assertThat(collect("cycle")).isZero();
            assertThat(stderr).isEqualTo("warning: reference cycle between a.css, b.css; "
                    + "their references to each other stay unhashed\n");
        }

        @Test
        void keepPrunesAfterCollecting() throws IOException {
            Path src = copyOf("chain");
            collectFrom(src);
            Files.writeString(src.resolve("img/bg.png"), "second");
            collectFrom(src);
            Files.writeString(src.resolve("img/bg.png"), "third");

            assertThat(collectFrom(src, "--keep", "1")).isZero();

            assertThat(stdout).matches("(?s)collected .*\nremoved 6 old versions \\([0-9.]+ (B|kB)\\), "
                    + "kept the newest 1 of each file\n");
        }

        int collectFrom(Path src, String... more) {
            List<String> args = new ArrayList<>(List.of("collect", "--source", src.toString(),
                    "--output", out.toString(), "--manifest", manifest.toString(), "--no-precompress"));
            args.addAll(List.of(more));
            return run(args.toArray(String[]::new));
        }
    }

    @Nested
    class Verify {
        @Test
        void exitsZeroWhenTheOutputMatchesTheManifest() {
            collect("chain");
            assertThat(run("verify", "--output", out.toString(), "--manifest", manifest.toString())).isZero();
            assertThat(stdout).isEqualTo("verified 6 files: no differences\n");
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

            assertThat(run("verify", "--output", out.toString(), "--manifest", manifest.toString())).isEqualTo(1);
            assertThat(stdout).isEqualTo(page + ": integrity " + integrity(out.resolve(page)) + ", the manifest says "
                    + m.file(page).integrity() + "\n"
                    + theme + ": 8 bytes, the manifest says " + m.file(theme).size() + "\n"
                    + theme + ": integrity " + integrity(out.resolve(theme)) + ", the manifest says "
                    + m.file(theme).integrity() + "\n"
                    + bg + ": missing\n"
                    + "verified 6 files: 4 differences. Run collect again (ecstatic collect, or mvn ecstatic:collect): "
                    + "it writes every file that is not as it left it.\n");
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

            assertThat(run("verify", "--output", out.toString(), "--manifest", manifest.toString())).isEqualTo(1);
            collect("chain");
            assertThat(run("verify", "--output", out.toString(), "--manifest", manifest.toString())).isZero();
            assertThat(stdout).isEqualTo("verified 6 files: no differences\n");
            assertThat(out.resolve(theme)).hasBinaryContent(themeBytes);
            assertThat(out.resolve("css/page.css")).exists();
        }

        String integrity(Path file) throws IOException {
            return org.ecstatic.runtime.manifest.Digest.of(Files.readAllBytes(file)).integrity();
        }
    }

    @Nested
    class Clean {
        @Test
        void removesAllButTheNewestVersionsAndNeverTheCurrentOne() throws IOException {
            Path src = copyOf("chain");
            List<String> names = new ArrayList<>();
            for (String content : List.of("one", "two", "three")) {
                Files.writeString(src.resolve("img/bg.png"), content);
                assertThat(run("collect", "--source", src.toString(), "--output", out.toString(),
                        "--manifest", manifest.toString())).isZero();
                names.add(Manifest.read(manifest).hashedName("img/bg.png"));
            }

            assertThat(run("clean", "--output", out.toString(), "--manifest", manifest.toString(), "--keep", "2"))
                    .isZero();

            // bg.png one, and theme.css and page.css that referenced it
            assertThat(stdout).matches("removed 3 old versions \\([0-9.]+ (B|kB)\\), kept the newest 2 of each file\n");
            Manifest after = Manifest.read(manifest);
            assertThat(after.files()).doesNotContainKey(names.get(0)).containsKeys(names.get(1), names.get(2));
            assertThat(out.resolve(names.get(0))).doesNotExist();
            assertThat(out.resolve(names.get(1))).exists();

            assertThat(run("clean", "--output", out.toString(), "--manifest", manifest.toString(), "--keep", "0"))
                    .isZero();
            assertThat(Manifest.read(manifest).files()).containsKey(names.get(2)).doesNotContainKey(names.get(1));
            assertThat(run("verify", "--output", out.toString(), "--manifest", manifest.toString())).isZero();
        }
    }

    @Nested
    class Usage {
        @Test
        void noArgumentsPrintsTheHelpAndExitsTwo() {
            assertThat(run()).isEqualTo(2);
            assertThat(stderr).isEqualTo(Main.HELP);
        }

        @Test
        void helpOfEachCommandExitsZero() {
            assertThat(run("--help")).isZero();
            assertThat(stdout).isEqualTo(Main.HELP);
            for (String command : List.of("collect", "verify", "clean")) {
                assertThat(run(command, "--help")).isZero();
                assertThat(stdout).startsWith("usage: ecstatic " + command + " ");
            }
        }

        @Test
        void anUnknownCommandIsOneLineAndExitsTwo() {
            assertThat(run("collekt")).isEqualTo(2);
            assertThat(stderr).isEqualTo("ecstatic: unknown command 'collekt'; the commands are collect, verify "
                    + "and clean (see ecstatic --help)\n");
        }

        @Test
        void mistakesInOptionsAreOneLineAndExitTwo() {
            assertThat(run("collect", "--output", "x", "--manifest", "m.json")).isEqualTo(2);
            assertThat(stderr).isEqualTo("ecstatic collect: name at least one --source directory (or --jar) "
                    + "(see ecstatic collect --help)\n");

            assertThat(run("collect", "--source", "no/such/dir", "--output", "x", "--manifest", "m.json")).isEqualTo(2);
            assertThat(stderr).isEqualTo("ecstatic collect: --source no/such/dir: no such directory "
                    + "(see ecstatic collect --help)\n");

            assertThat(run("collect", "--frobnicate")).isEqualTo(2);
            assertThat(stderr).isEqualTo("ecstatic collect: unknown option --frobnicate (see ecstatic collect --help)\n");

            assertThat(collect("chain", "--compare", "size")).isEqualTo(2);
            assertThat(stderr).isEqualTo("ecstatic collect: --compare size: expected mtime or hash "
                    + "(see ecstatic collect --help)\n");

            assertThat(run("clean", "--output", tmp.toString(), "--manifest", "m.json", "--keep", "-1")).isEqualTo(2);
            assertThat(stderr).isEqualTo("ecstatic clean: --keep -1: expected a whole number of 0 or more "
                    + "(see ecstatic clean --help)\n");

            assertThat(run("verify", "--output", tmp.toString())).isEqualTo(2);
            assertThat(stderr).isEqualTo("ecstatic verify: --manifest is required (see ecstatic verify --help)\n");
        }

        @Test
        void aMissingManifestIsAProblemNamedInOneMessage() {
            Path none = tmp.resolve("none.json");
            assertThat(run("verify", "--output", tmp.toString(), "--manifest", none.toString())).isEqualTo(1);
            assertThat(stderr).isEqualTo("error: The manifest " + none + " does not exist. Run ecstatic:collect "
                    + "(or the ecstatic command line) to write it, or point ecstatic.manifest at it.\n");
            assertThat(stdout).isEqualTo("verify failed\n");
        }
    }

    Path copyOf(String fixture) {
        return Fixtures.copy(fixture, tmp.resolve("src"));
    }
}
