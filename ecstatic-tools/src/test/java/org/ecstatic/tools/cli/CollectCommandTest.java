package org.ecstatic.tools.cli;

import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.tools.CollectOptions;
import org.ecstatic.tools.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectCommandTest {
    static final Path FIXTURES = Fixtures.ROOT;

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
        CommandRun run = CommandRun.of(new CollectCommand(), args);
        stdout = run.out();
        stderr = run.err();
        return run.exitCode();
    }

    /** Collects the fixture tree {@code fixture} without precompression, with {@code more} options. */
    int collect(String fixture, String... more) {
        return collectFrom(FIXTURES.resolve(fixture), more);
    }

    int collectFrom(Path src, String... more) {
        List<String> args = new ArrayList<>(List.of("--source", src.toString(),
                "--output", out.toString(), "--manifest", manifest.toString(), "--no-precompress"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    static String summaryPattern(int files, int hashed, int rewritten, int missing, int unchanged) {
        return "collected " + files + (files == 1 ? " file" : " files") + " \\([0-9.]+ (B|kB)\\): " + hashed
                + " hashed, " + rewritten + (rewritten == 1 ? " reference" : " references") + " rewritten, " + missing + " missing \\(kept\\), " + unchanged
                + " unchanged, in [0-9]+\\.[0-9]{2} s\n";
    }

    /** The summary of {@code chain} (6 files, 1178 bytes) with everything but the time. */
    static String chainSummary(int hashed, int rewritten, int unchanged) {
        return "collected 6 files \\(1\\.2 kB\\): " + hashed + " hashed, " + rewritten + " references rewritten, "
                + "0 missing \\(kept\\), " + unchanged + " unchanged, in [0-9]+\\.[0-9]{2} s\n";
    }

    Path copyOf(String fixture) {
        return Fixtures.copy(fixture, tmp.resolve("src"));
    }

    Manifest manifest() {
        return Manifest.read(manifest);
    }

    @Test
    void isNamedCollect() {
        assertThat(new CollectCommand().name()).isEqualTo("collect");
    }

    @Nested
    class Summary {
        @Test
        void endsWithTheOneLineSummaryAndExitsZero() {
            assertThat(collect("chain")).isZero();
            assertThat(stdout).matches(summaryPattern(6, 6, 3, 0, 0));
            assertThat(stderr).isEmpty();
        }

        @Test
        void aSecondRunSaysEverythingIsUnchanged() {
            collect("chain");
            assertThat(collect("chain")).isZero();
            assertThat(stdout).matches(summaryPattern(6, 0, 0, 0, 6));
        }

        @Test
        void countsTheSizeOfTheSourcesAndOnlyWhatWasWrittenAgain() throws IOException {
            Path src = copyOf("chain");
            assertThat(collectFrom(src)).isZero();
            assertThat(stdout).matches(chainSummary(6, 3, 0));

            Files.writeString(src.resolve("img/bg.png"), "another image, of the same name");
            assertThat(collectFrom(src)).isZero();

            // bg.png, theme.css that references it and page.css that imports theme.css
            assertThat(stdout).matches("collected 6 files \\(1\\.1 kB\\): 3 hashed, 2 references rewritten, "
                    + "0 missing \\(kept\\), 3 unchanged, in [0-9]+\\.[0-9]{2} s\n");
            assertThat(stderr).isEmpty();
        }
    }

    @Nested
    class Findings {
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
        void reportsCyclesAndShadowedPaths() {
            Path app = FIXTURES.resolve("site/app");
            Path vendor = FIXTURES.resolve("site/vendor");
            assertThat(run("--source", app.toString(), "--source", vendor.toString(),
                    "--output", out.toString(), "--manifest", manifest.toString())).isZero();
            assertThat(stderr).isEqualTo("note: css/print.css is taken from " + app.resolve("css/print.css")
                    + "; " + vendor.resolve("css/print.css") + " is shadowed\n");

            assertThat(collect("cycle")).isZero();
            assertThat(stderr).isEqualTo("warning: reference cycle between a.css, b.css; "
                    + "hashed as one group\n");
        }

        @Test
        void reportsModuleSpecifiersWithFileAndLineAndFailsAStrictRunOnOneWithoutExtension() {
            assertThat(collect("modules", "--no-precompress")).isZero();
            assertThat(stderr).isEqualTo("note: 1 import names a bare module specifier, left as written for an import "
                    + "map to resolve: lit\n"
                    + "warning: reference cycle between js/cycle/a.js, js/cycle/b.js; hashed as one group\n"
                    + "warning: js/app.js (line 4) imports ./helper, which has no extension: a browser asks for exactly "
                    + "that URL (only a bundler tries extensions); write ./helper.js; kept as written\n"
                    + "warning: js/app.js (line 9): import(name) imports a name computed at run time, which is not "
                    + "rewritten: that module loads by its plain name, not its hashed one\n");

            assertThatThrownBy(() -> collect("modules", "--no-precompress", "--strict"))
                    .isInstanceOf(org.ecstatic.runtime.EcstaticException.class)
                    .hasMessageStartingWith("1 module specifier has no extension and names no file:\n"
                            + "  js/app.js (line 4) imports ./helper, which has no extension");
        }

        @Test
        void leavesModulesAsWrittenWithNoModules() throws java.io.IOException {
            assertThat(collect("modules", "--no-precompress", "--no-modules")).isZero();
            assertThat(stderr).isEmpty();
            String hashed = org.ecstatic.runtime.manifest.Manifest.read(manifest).hashedName("js/app.js");
            assertThat(java.nio.file.Files.readString(out.resolve(hashed)))
                    .isEqualTo(java.nio.file.Files.readString(FIXTURES.resolve("modules/js/app.js")));
        }

        @Test
        void printsNotesBeforeWarningsAndTheSummaryAlone() {
            Path missing = FIXTURES.resolve("missing");
            Path more = tmp.resolve("more");
            Fixtures.write(more.resolve("img/there.png"), "shadowed");

            assertThat(run("--source", missing.toString(), "--source", more.toString(), "--output", out.toString(),
                    "--manifest", manifest.toString(), "--no-precompress", "--ignore-missing", "*.map")).isZero();

            assertThat(stderr).isEqualTo("note: img/there.png is taken from " + missing.resolve("img/there.png") + "; "
                    + more.resolve("img/there.png") + " is shadowed\n"
                    + "warning: css/broken.css (line 3) references ../img/nope.png, which does not exist under "
                    + "the static roots; kept as written\n"
                    + "warning: css/broken.css (line 4) references /static/img/gone.png?v=1, which does not exist "
                    + "under the static roots; kept as written\n");
            assertThat(stdout).matches(summaryPattern(2, 2, 1, 2, 0));
        }

        @Test
        void ignoreMissingGlobsMatchTheResolvedPathOrThePathAsWritten() {
            assertThat(collect("missing", "--ignore-missing", "*.map", "--ignore-missing", "img/gone.png",
                    "--ignore-missing", "../img/*")).isZero();

            assertThat(stderr).isEmpty();
            assertThat(stdout).matches(summaryPattern(2, 2, 1, 0, 0));
        }

        @Test
        void anIgnoreMissingGlobFromTheRootMatchesARootAbsolutePathAsWritten() {
            assertThat(collect("missing", "--ignore-missing", "*.map", "--ignore-missing", "/static/img/gone.png",
                    "--ignore-missing", "../img/*")).isZero();

            assertThat(stderr).isEmpty();
        }
    }

    @Nested
    class Strictness {
        @Test
        void strictFailsListingEveryMissingReferenceAndWritesNoManifest() {
            assertThatThrownBy(() -> collect("missing", "--strict"))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("""
                            3 references name files that do not exist under the static roots:
                              css/broken.css (line 3) references ../img/nope.png
                              css/broken.css (line 4) references /static/img/gone.png?v=1
                              css/broken.css (line 5) references broken.css.map
                            Fix the paths or add the files; list expected ones with --ignore-missing \
                            (ecstatic.ignoreMissing), or run without --strict to keep them unhashed.""");
            assertThat(manifest).doesNotExist();
        }

        @Test
        void strictSucceedsWhenNothingIsMissing() {
            assertThat(collect("chain", "--strict")).isZero();
            assertThat(stdout).matches(summaryPattern(6, 6, 3, 0, 0));
            assertThat(stderr).isEmpty();
        }

        @Test
        void laxIsTheDefaultSpelledOut() {
            assertThat(collect("missing", "--lax", "--ignore-missing", "*.map")).isZero();
            assertThat(stderr).hasLineCount(2);
            assertThat(stdout).matches(summaryPattern(2, 2, 1, 2, 0));
        }

        @Test
        void strictAndLaxTogetherAreAUsageError() {
            assertThatThrownBy(() -> collect("chain", "--strict", "--lax"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --strict and --lax contradict each other; give one "
                            + "(see ecstatic collect --help)");
            assertThat(manifest).doesNotExist();
        }
    }

    @Nested
    class Options {
        @Test
        void precompressesByDefault() throws IOException {
            assertThat(run("--source", FIXTURES.resolve("chain").toString(), "--output", out.toString(),
                    "--manifest", manifest.toString())).isZero();

            String plain = manifest().hashedName("js/plain.js");
            assertThat(manifest().file(plain).encodings()).containsExactly("br", "gzip");
            try (GZIPInputStream gz = new GZIPInputStream(Files.newInputStream(out.resolve(plain + ".gz")))) {
                assertThat(gz.readAllBytes()).isEqualTo(Files.readAllBytes(out.resolve(plain)));
            }
            assertThat(out.resolve(plain + ".br")).isRegularFile();
        }

        @Test
        void noPrecompressWritesNoCompressedForms() {
            assertThat(collect("chain")).isZero();

            String plain = manifest().hashedName("js/plain.js");
            assertThat(manifest().file(plain).encodings()).isEmpty();
            assertThat(Fixtures.tree(out)).noneMatch(name -> name.endsWith(".gz") || name.endsWith(".br"));
        }

        @Test
        void noHashWritesAFileUnderItsOwnNameOnly() {
            assertThat(run("--source", FIXTURES.resolve("site/app").toString(), "--output", out.toString(),
                    "--manifest", manifest.toString(), "--no-precompress", "--no-hash", "robots.txt")).isZero();

            assertThat(manifest().paths()).containsEntry("robots.txt", "robots.txt");
            assertThat(Fixtures.tree(out)).filteredOn(name -> name.startsWith("robots")).containsExactly("robots.txt");
        }

        @Test
        void givenExcludesReplaceTheDefaults() {
            Path src = copyOf("chain");
            Fixtures.write(src.resolve(".hidden.js"), "var hidden = true;\n");

            assertThat(collectFrom(src, "--exclude", "*.png", "--exclude", "other.css")).isZero();

            assertThat(manifest().paths()).containsOnlyKeys(".hidden.js", "css/page.css", "css/theme.css", "js/plain.js");
        }

        @Test
        void theStateFileIsInTheUsersCacheNeverBesideTheManifestUnlessGiven() {
            assertThat(collect("chain")).isZero();
            assertThat(tmp.resolve("manifest.json.state")).doesNotExist();
            assertThat(CollectOptions.defaultState(out, manifest)).isRegularFile()
                    .hasParent(Path.of(System.getenv("XDG_CACHE_HOME"), "ecstatic"));

            Path state = tmp.resolve("kept/collect.state");
            assertThat(collect("cycle", "--state", state.toString())).isZero();
            assertThat(state).isRegularFile();
        }

        @Test
        void theStaticPrefixResolvesRootAbsoluteReferences() {
            Path src = tmp.resolve("src");
            Fixtures.write(src.resolve("css/a.css"), ".a{background:url(/assets/img/b.png)}\n");
            Fixtures.write(src.resolve("img/b.png"), "b");

            assertThat(collectFrom(src, "--static-prefix", "/assets/")).isZero();

            assertThat(Fixtures.read(out.resolve(manifest().hashedName("css/a.css"))))
                    .isEqualTo(".a{background:url(/assets/" + manifest().hashedName("img/b.png") + ")}\n");
            assertThat(stderr).isEmpty();
        }

        @Test
        void compareHashFindsAChangeThatKeepsTheSizeAndTime() throws IOException {
            Path src = copyOf("chain");
            Path plain = src.resolve("js/plain.js");
            assertThat(collectFrom(src)).isZero();
            FileTime time = Files.getLastModifiedTime(plain);
            String text = Files.readString(plain);
            Files.writeString(plain, text.replaceFirst("true", "TRUE"));
            Files.setLastModifiedTime(plain, time);

            assertThat(collectFrom(src)).isZero();
            assertThat(stdout).matches(chainSummary(0, 0, 6));

            assertThat(collectFrom(src, "--compare", "hash")).isZero();
            assertThat(stdout).matches(chainSummary(1, 0, 5));
            assertThat(Fixtures.read(out.resolve("js/plain.js"))).startsWith("var plain = TRUE;");
        }

        @Test
        void compareTakesEitherModeInAnyCase() {
            assertThat(collect("chain", "--compare", "MTIME")).isZero();
            assertThat(collect("chain", "--compare=Hash")).isZero();
            assertThat(stdout).matches(chainSummary(0, 0, 6));
        }

        @Test
        void aJarAloneIsASource() throws IOException {
            Path jar = tmp.resolve("lib.jar");
            try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
                zip.putNextEntry(new ZipEntry("META-INF/resources/webjars/lib/lib.css"));
                zip.write(".lib{color:red}\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("META-INF/resources/webjars/lib/lib.js"));
                zip.write("var lib = 1;\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("org/example/Lib.class"));
                zip.closeEntry();
            }

            assertThat(run("--jar", jar.toString(), "--output", out.toString(), "--manifest", manifest.toString(),
                    "--no-precompress")).isZero();

            assertThat(manifest().paths()).containsOnlyKeys("webjars/lib/lib.css", "webjars/lib/lib.js");
            assertThat(stdout).matches("collected 2 files \\(29 B\\): 2 hashed, 0 references rewritten, "
                    + "0 missing \\(kept\\), 0 unchanged, in [0-9]+\\.[0-9]{2} s\n");
        }

        @Test
        void aBrotliQualityFromZeroToElevenIsTaken() {
            assertThat(run("--source", FIXTURES.resolve("chain").toString(), "--output", out.toString(),
                    "--manifest", manifest.toString(), "--brotli-quality", "11")).isZero();
            assertThat(manifest().file(manifest().hashedName("js/plain.js")).encodings()).containsExactly("br", "gzip");
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
    }

    @Nested
    class Usage {
        @Test
        void needsASourceDirectoryOrAJar() {
            assertThatThrownBy(() -> run("--output", out.toString(), "--manifest", manifest.toString()))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: name at least one --source directory (or --jar) "
                            + "(see ecstatic collect --help)");
        }

        @Test
        void needsTheOutputAndTheManifest() {
            String src = FIXTURES.resolve("chain").toString();
            assertThatThrownBy(() -> run("--source", src, "--manifest", manifest.toString()))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --output is required (see ecstatic collect --help)");
            assertThatThrownBy(() -> run("--source", src, "--output", out.toString()))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --manifest is required (see ecstatic collect --help)");
        }

        @Test
        void namesASourceThatIsNoDirectoryAndAJarThatIsNoFile() {
            Path none = tmp.resolve("none");
            assertThatThrownBy(() -> run("--source", none.toString(), "--output", out.toString(),
                    "--manifest", manifest.toString()))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --source " + none + ": no such directory (see ecstatic collect --help)");
            assertThatThrownBy(() -> run("--jar", tmp.toString(), "--output", out.toString(),
                    "--manifest", manifest.toString()))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --jar " + tmp + ": no such file (see ecstatic collect --help)");
        }

        @Test
        void namesACompareModeThatIsNeitherMtimeNorHash() {
            assertThatThrownBy(() -> collect("chain", "--compare", "size"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --compare size: expected mtime or hash (see ecstatic collect --help)");
        }

        @Test
        void namesABrotliQualityOutsideZeroToEleven() {
            assertThatThrownBy(() -> collect("chain", "--brotli-quality", "12"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --brotli-quality 12: expected 0 to 11 (see ecstatic collect --help)");
            assertThatThrownBy(() -> collect("chain", "--brotli-quality", "-1"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --brotli-quality -1: expected a whole number of 0 or more "
                            + "(see ecstatic collect --help)");
        }

        @Test
        void aBadKeepIsFoundBeforeAnythingIsWritten() {
            assertThatThrownBy(() -> collect("chain", "--keep", "all"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --keep all: expected a whole number of 0 or more "
                            + "(see ecstatic collect --help)");
            assertThat(manifest).doesNotExist();
            assertThat(out).doesNotExist();
        }

        @Test
        void namesAnUnknownOption() {
            assertThatThrownBy(() -> collect("chain", "--precompress=false"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: unknown option --precompress (see ecstatic collect --help)");
        }
    }

    @Nested
    class Help {
        static final List<String> OPTIONS = List.of("--source DIR", "--jar JAR", "--output DIR", "--manifest FILE",
                "--state FILE", "--exclude GLOB", "--no-hash GLOB", "--strict", "--lax", "--ignore-missing GLOB",
                "--compare mtime|hash", "--no-precompress", "--no-modules", "--brotli-quality N", "--static-prefix PATH", "--keep N");

        @Test
        void startsWithTheUsageLine() {
            assertThat(new CollectCommand().help()).startsWith(
                    "usage: ecstatic collect --source DIR... --output DIR --manifest FILE [options]\n");
        }

        @Test
        void listsEveryOptionTheCommandTakes() {
            String help = new CollectCommand().help();
            assertThat(OPTIONS).allSatisfy(option -> assertThat(help).contains("\n  " + option + " "));
            assertThat(help).contains("\n  --help ");
            assertThat(help.lines().filter(line -> line.startsWith("  --"))).hasSize(OPTIONS.size() + 1);
        }

        @Test
        void everyOptionListedIsTakenAsWritten() {
            String src = FIXTURES.resolve("chain").toString();
            List<String> args = new ArrayList<>(List.of("--source", src, "--jar", tmp.resolve("none.jar").toString(),
                    "--output", out.toString(), "--manifest", manifest.toString(), "--state", "s", "--exclude", "x",
                    "--no-hash", "x", "--strict", "--ignore-missing", "x", "--compare", "hash", "--no-precompress",
                    "--no-modules", "--brotli-quality", "1", "--static-prefix", "/x/", "--keep", "1"));

            // every option parses: the first problem is the jar, which is checked after parsing
            assertThatThrownBy(() -> run(args.toArray(String[]::new)))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --jar " + tmp.resolve("none.jar") + ": no such file "
                            + "(see ecstatic collect --help)");
        }
    }
}
