package org.ecstatic.tools.maven;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.tools.CollectOptions;
import org.ecstatic.tools.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The goal as Maven runs it, without Maven: each test sets the parameters the way Maven injects them
 * (the documented defaults, lists not configured left null) and calls {@code execute()}.
 */
class CollectMojoTest {
    @TempDir
    Path project;
    Path src;
    Path out;
    Path manifest;
    Path state;
    RecordingLog log;
    CollectMojo mojo;

    @BeforeEach
    void mojoWithTheDefaultsOfAWarProject() {
        src = project.resolve("src/main/webapp/static");
        out = project.resolve("target/app-1.0/static");
        manifest = project.resolve("target/classes/META-INF/ecstatic/manifest.json");
        state = project.resolve("target/ecstatic/collect.state");
        log = new RecordingLog();
        mojo = new CollectMojo();
        mojo.sources = List.of(src.toFile());
        mojo.webJars = false;
        mojo.outputDirectory = out.toFile();
        mojo.manifest = manifest.toFile();
        mojo.state = state.toFile();
        mojo.strict = false;
        mojo.compare = "mtime";
        mojo.precompress = true;
        mojo.modules = true;
        mojo.brotliQuality = 8;
        mojo.staticPrefix = "/static/";
        mojo.skip = false;
        mojo.project = new MavenProject();
        mojo.setLog(log);
    }

    /** A dependency of the project, with its jar file unless {@code file} is null. */
    Artifact dependency(String artifactId, String scope, String type, Path file) {
        DefaultArtifact artifact = new DefaultArtifact("org.webjars.npm", artifactId, "1.0", scope, type, null,
                new DefaultArtifactHandler(type));
        if (file != null) {
            artifact.setFile(file.toFile());
        }
        return artifact;
    }

    static String summaryPattern(int files, int hashed, int rewritten, int missing, int unchanged) {
        return "\\[info\\] collected " + files + (files == 1 ? " file" : " files") + " \\([0-9.]+ (B|kB)\\): " + hashed
                + " hashed, " + rewritten + (rewritten == 1 ? " reference" : " references") + " rewritten, " + missing + " missing \\(kept\\), " + unchanged
                + " unchanged, in [0-9]+\\.[0-9]{2} s";
    }

    @Nested
    class Options {
        @Test
        void theDefaultsAreTheLibraryDefaultsWithTheBuildsPaths() {
            assertThat(mojo.options()).isEqualTo(CollectOptions.builder(out, manifest).state(state).source(src).build());
        }

        @Test
        void everyParameterReachesItsOption() {
            Path more = project.resolve("src/main/more");
            mojo.sources = List.of(more.toFile(), src.toFile());
            mojo.excludes = List.of("*.psd");
            mojo.noHash = List.of("robots.txt", "sw.js");
            mojo.strict = true;
            mojo.ignoreMissing = List.of("*.map");
            mojo.compare = "hash";
            mojo.precompress = false;
            mojo.brotliQuality = 5;
            mojo.staticPrefix = "/assets/";
            mojo.keep = 3;

            assertThat(mojo.options()).isEqualTo(new CollectOptions(List.of(more, src), List.of(), out, manifest, state,
                    List.of("*.psd"), List.of("robots.txt", "sw.js"), true, List.of("*.map"),
                    CollectOptions.Compare.HASH, false, 5, "/assets/"));
        }

        @Test
        void listsThatAreNotConfiguredOrEmptyGiveTheDefaults() {
            mojo.excludes = null;
            mojo.noHash = null;
            mojo.ignoreMissing = null;
            CollectOptions unset = mojo.options();
            mojo.excludes = List.of();
            mojo.noHash = List.of();
            mojo.ignoreMissing = List.of();

            assertThat(mojo.options()).isEqualTo(unset);
            assertThat(unset.excludes()).isEqualTo(CollectOptions.DEFAULT_EXCLUDES);
            assertThat(unset.noHash()).isEmpty();
            assertThat(unset.ignoreMissing()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"hash", "HASH", "Hash", " hash "})
        void compareIsReadInAnyCase(String compare) {
            mojo.compare = compare;
            assertThat(mojo.options().compare()).isEqualTo(CollectOptions.Compare.HASH);
        }

        @Test
        void theStaticPrefixIsMadeRootAbsoluteWithATrailingSlash() {
            mojo.staticPrefix = "assets";
            assertThat(mojo.options().staticPrefix()).isEqualTo("/assets/");
            mojo.staticPrefix = null;
            assertThat(mojo.options().staticPrefix()).isEqualTo("/static/");
        }
    }

    @Nested
    class WebJars {
        Path jar(String name) {
            return project.resolve("repo/" + name + ".jar");
        }

        @BeforeEach
        void dependencies() {
            Set<Artifact> artifacts = new LinkedHashSet<>(List.of(
                    dependency("uplot", Artifact.SCOPE_COMPILE, "jar", jar("uplot")),
                    dependency("servlet-api", Artifact.SCOPE_PROVIDED, "jar", jar("servlet-api")),
                    dependency("junit", Artifact.SCOPE_TEST, "jar", jar("junit")),
                    dependency("bom", Artifact.SCOPE_COMPILE, "pom", jar("bom")),
                    dependency("unresolved", Artifact.SCOPE_RUNTIME, "jar", null),
                    dependency("bootstrap", Artifact.SCOPE_RUNTIME, "jar", jar("bootstrap")),
                    dependency("legacy", Artifact.SCOPE_SYSTEM, "jar", jar("legacy"))));
            mojo.project.setArtifacts(artifacts);
        }

        @Test
        void areTheJarsOfTheRuntimeDependenciesInTheirOrder() {
            mojo.webJars = true;

            assertThat(mojo.options().jars()).containsExactly(jar("uplot"), jar("bootstrap"), jar("legacy"));
            assertThat(mojo.options().sources()).containsExactly(src);
        }

        @Test
        void areNoSourceUnlessAskedFor() {
            assertThat(mojo.options().jars()).isEmpty();
        }
    }

    @Nested
    class Skip {
        @Test
        void skipsWithoutLookingAtAnyOtherParameter() throws MojoFailureException {
            CollectMojo skipped = new CollectMojo();
            skipped.skip = true;
            skipped.setLog(log);

            skipped.execute();

            assertThat(log.lines).containsExactly("[info] ecstatic:collect skipped");
        }

        @Test
        void writesNothing() throws MojoFailureException {
            Fixtures.copy("chain", src);
            mojo.skip = true;

            mojo.execute();

            assertThat(out).doesNotExist();
            assertThat(manifest).doesNotExist();
            assertThat(state).doesNotExist();
        }
    }

    @Nested
    class Execute {
        @Test
        void collectsIntoTheOutputWritesTheManifestAndStateAndLogsTheSummary() throws MojoFailureException {
            Fixtures.copy("chain", src);

            mojo.execute();

            Manifest written = Manifest.read(manifest);
            assertThat(written.paths()).hasSize(6);
            assertThat(out.resolve(written.hashedName("css/page.css"))).isRegularFile();
            assertThat(out.resolve(written.hashedName("js/plain.js") + ".br")).isRegularFile();
            assertThat(state).isRegularFile();
            assertThat(log.lines).hasSize(1);
            assertThat(log.lines.get(0)).matches(summaryPattern(6, 6, 3, 0, 0));
        }

        @Test
        void logsNotesAsInfoAndWarningsAsWarningsBeforeTheSummary() throws MojoFailureException {
            Fixtures.copy("missing", src);
            Path more = project.resolve("src/main/more");
            Fixtures.write(more.resolve("img/there.png"), "shadowed");
            mojo.sources = List.of(src.toFile(), more.toFile());
            mojo.ignoreMissing = List.of("*.map");

            mojo.execute();

            assertThat(log.lines).hasSize(4);
            assertThat(log.lines.subList(0, 3)).containsExactly(
                    "[info] img/there.png is taken from " + src.resolve("img/there.png") + "; "
                            + more.resolve("img/there.png") + " is shadowed",
                    "[warn] css/broken.css (line 3) references ../img/nope.png, which does not exist under the "
                            + "static roots; kept as written",
                    "[warn] css/broken.css (line 4) references /static/img/gone.png?v=1, which does not exist under "
                            + "the static roots; kept as written");
            assertThat(log.lines.get(3)).matches(summaryPattern(2, 2, 1, 2, 0));
        }

        @Test
        void keepPrunesOldVersionsAfterCollecting() throws IOException, MojoFailureException {
            Fixtures.copy("chain", src);
            mojo.precompress = false;
            mojo.execute();
            Files.writeString(src.resolve("js/plain.js"), "var second = true;\n");
            mojo.execute();
            Files.writeString(src.resolve("js/plain.js"), "var third = true;\n");
            mojo.keep = 1;
            log.lines.clear();

            mojo.execute();

            // the first plain.js (900 bytes) and the second (19 bytes)
            assertThat(log.lines).hasSize(2);
            assertThat(log.lines.get(0)).matches(summaryPattern(6, 1, 0, 0, 5));
            assertThat(log.lines.get(1)).isEqualTo("[info] removed 2 old versions (919 B), kept the newest 1 of each file");
            Manifest after = Manifest.read(manifest);
            assertThat(after.files().keySet()).filteredOn(name -> name.startsWith("js/plain."))
                    .containsExactly(after.hashedName("js/plain.js"));
        }
    }

    /**
     * What each parameter changes in a run, beside {@link Options}, which checks that it reaches its option:
     * every test here fails when {@code execute()} ignores the parameter.
     */
    @Nested
    class ParametersAtWork {
        @Test
        void ignoreMissingLetsAStrictRunPassOverTheReferencesItMatches() throws MojoFailureException {
            Fixtures.copy("missing", src);
            mojo.strict = true;
            mojo.ignoreMissing = List.of("*.map", "img/nope.png", "img/gone.png");

            mojo.execute();

            assertThat(log.lines).hasSize(1);
            assertThat(log.lines.get(0)).matches(summaryPattern(2, 2, 1, 0, 0));
            assertThat(Manifest.read(manifest).paths()).containsOnlyKeys("css/broken.css", "img/there.png");
        }

        @Test
        void ignoreMissingLeavesTheReferencesItDoesNotMatchFailingAStrictRun() {
            Fixtures.copy("missing", src);
            mojo.strict = true;
            mojo.ignoreMissing = List.of("*.map", "img/gone.png");

            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("""
                            1 reference names a file that does not exist under the static roots:
                              css/broken.css (line 3) references ../img/nope.png
                            """);
            assertThat(manifest).doesNotExist();
        }

        @Test
        void compareHashNoticesAChangeThatKeepsSizeAndModificationTime() throws IOException, MojoFailureException {
            Fixtures.copy("chain", src);
            mojo.compare = "hash";
            mojo.precompress = false;
            mojo.execute();
            Path plain = src.resolve("js/plain.js");
            FileTime time = Files.getLastModifiedTime(plain);
            Files.writeString(plain, Fixtures.read(plain).replace("true", "TRUE"));
            Files.setLastModifiedTime(plain, time);
            log.lines.clear();

            mojo.execute();

            assertThat(log.lines).hasSize(1);
            assertThat(log.lines.get(0)).matches(summaryPattern(6, 1, 0, 0, 5));
            assertThat(out.resolve(Manifest.read(manifest).hashedName("js/plain.js"))).content()
                    .startsWith("var plain = TRUE;\n");
        }

        @Test
        void excludesLeaveOutTheFilesTheyMatch() throws MojoFailureException {
            Fixtures.copy("chain", src);
            mojo.excludes = List.of("*.js");

            mojo.execute();

            assertThat(Manifest.read(manifest).paths()).containsOnlyKeys("css/other.css", "css/page.css",
                    "css/theme.css", "img/bg.png", "img/other.png");
            assertThat(out.resolve("js")).doesNotExist();
        }
    }

    @Nested
    class Failures {
        @Test
        void missingReferencesInStrictModeFailWithTheLibrarysMessage() {
            Fixtures.copy("missing", src);
            mojo.strict = true;

            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessage("""
                            3 references name files that do not exist under the static roots:
                              css/broken.css (line 3) references ../img/nope.png
                              css/broken.css (line 4) references /static/img/gone.png?v=1
                              css/broken.css (line 5) references broken.css.map
                            Fix the paths or add the files; list expected ones with --ignore-missing \
                            (ecstatic.ignoreMissing), or run without --strict to keep them unhashed.""")
                    .hasCauseInstanceOf(EcstaticException.class);
            assertThat(manifest).doesNotExist();
            assertThat(log.lines).isEmpty();
        }

        @Test
        void aSourceDirectoryThatDoesNotExistFails() {
            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessage("The source directory " + src + " does not exist. Create it or remove it from the sources.")
                    .hasCauseInstanceOf(EcstaticException.class);
        }

        @Test
        void aCompareModeThatIsNeitherMtimeNorHashFails() {
            Fixtures.copy("chain", src);
            mojo.compare = "size";

            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessage("ecstatic.compare is 'size'; set it to mtime or hash.")
                    .hasCauseInstanceOf(EcstaticException.class);
            assertThat(manifest).doesNotExist();
        }

        @Test
        void aBrotliQualityOutsideZeroToElevenFails() {
            Fixtures.copy("chain", src);
            mojo.brotliQuality = 12;

            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessage("the Brotli quality is 0 to 11, not 12")
                    .hasCauseInstanceOf(IllegalArgumentException.class);
            assertThat(manifest).doesNotExist();
        }

        @Test
        void noSourcesAtAllFails() {
            mojo.sources = List.of();
            mojo.webJars = true;

            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessage("no sources: name at least one source directory or jar")
                    .hasCauseInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aNegativeKeepFails() {
            Fixtures.copy("chain", src);
            mojo.keep = -1;

            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessage("keep must be 0 or more, not -1")
                    .hasCauseInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aJarThatIsNoJarFails() throws IOException {
            Fixtures.copy("chain", src);
            Path notAJar = Files.writeString(project.resolve("broken.jar"), "not a zip");
            mojo.project.setArtifacts(Set.of(dependency("broken", Artifact.SCOPE_COMPILE, "jar", notAJar)));
            mojo.webJars = true;

            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("Could not read the jar " + notAJar + ": ")
                    .hasMessageEndingWith(". Check that it exists and is a jar, or leave it out of the sources.")
                    .hasCauseInstanceOf(EcstaticException.class);
        }
    }

    /** The directories the goal uses when the pom names none: they depend on the packaging. */
    @Nested
    class DefaultDirectories {
        MavenProject project(String packaging) {
            MavenProject maven = new MavenProject();
            maven.setFile(project.resolve("pom.xml").toFile());
            maven.setPackaging(packaging);
            maven.getBuild().setDirectory(project.resolve("target").toString());
            maven.getBuild().setOutputDirectory(project.resolve("target/classes").toString());
            maven.getBuild().setFinalName("app-1.0");
            return maven;
        }

        @BeforeEach
        void unset() {
            mojo.sources = List.of(); // what Maven injects for a list the pom does not configure
            mojo.outputDirectory = null;
        }

        @Test
        void ofAJarProjectAreTheResourcesAndMetaInfResourcesOnTheClassPath() throws Exception {
            mojo.project = project("jar");
            Fixtures.copy("chain", project.resolve("src/main/resources/static"));

            mojo.execute();

            CollectOptions options = mojo.options();
            assertThat(options.output()).isEqualTo(project.resolve("target/classes/META-INF/resources/static"));
            assertThat(Manifest.read(manifest).paths()).isNotEmpty().allSatisfy((name, hashed) ->
                    assertThat(project.resolve("target/classes/META-INF/resources/static").resolve(hashed)).isRegularFile());
        }

        @Test
        void ofAJarProjectFollowTheStaticPrefix() {
            mojo.project = project("jar");
            mojo.staticPrefix = "/assets/";
            Fixtures.copy("chain", project.resolve("src/main/resources/static"));

            assertThat(mojo.options().output()).isEqualTo(project.resolve("target/classes/META-INF/resources/assets"));
        }

        @Test
        void ofAWarProjectAreTheWebappAndTheExplodedWar() throws Exception {
            mojo.project = project("war");
            Fixtures.copy("chain", project.resolve("src/main/webapp/static"));

            mojo.execute();

            assertThat(mojo.options().output()).isEqualTo(project.resolve("target/app-1.0/static"));
            assertThat(Manifest.read(manifest).paths()).isNotEmpty().allSatisfy((name, hashed) ->
                    assertThat(project.resolve("target/app-1.0/static").resolve(hashed)).isRegularFile());
        }

        @Test
        void ofAProjectWithoutFilesOfItsOwnAreLeftOutWhenWebJarsAreSources() {
            mojo.project = project("jar");
            mojo.webJars = true;

            assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                    .hasMessage("no sources: name at least one source directory or jar");
        }

        @Test
        void thatDoNotExistFailNamingThePackagingAndTheParameter() {
            mojo.project = project("jar");

            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessage("The source directory " + project.resolve("src/main/resources/static") + " does not "
                            + "exist; it is where a jar project keeps its static files by default. Create it and put "
                            + "the files there, or name the directories that hold them with <sources> (ecstatic.sources).");
        }
    }
}
