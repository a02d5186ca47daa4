package org.ecstatic.tools.cli;

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

    @Nested
    class Collect {
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
        void publishWithoutTheEcstaticPublishJarSaysWhichJarItNeedsAndExitsTwo() {
            assertThat(run("publish", "--output", "x", "--manifest", "m.json", "--to", "s3://bucket/static")).isEqualTo(2);
            assertThat(stderr).isEqualTo("ecstatic: the publish command needs the ecstatic-publish jar on the class path; "
                    + "run ecstatic-publish-<version>-cli.jar (java -jar ecstatic-publish-<version>-cli.jar publish ...)\n");
            assertThat(stdout).isEmpty();
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
}
