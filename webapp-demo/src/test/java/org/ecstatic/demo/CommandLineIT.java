package org.ecstatic.demo;

import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's build outside Maven: the collector's command line (the -cli jar) run on the demo's
 * static files gives the same manifest as the demo's Maven build, and its output verifies; so does the
 * launcher beside the jar.
 */
class CommandLineIT {
    private static final Path CLI = Paths.get(System.getProperty("ecstatic.cli.jar",
            "../ecstatic-tools/target/ecstatic-tools-0.1.0-SNAPSHOT-cli.jar"));

    /** The demo's module graph imports one bare specifier, which the import map in web.xml resolves. */
    static final String BARE_SPECIFIER_NOTE =
            "note: 1 import names a bare module specifier, left as written for an import map to resolve: tiny-lib\n";

    @Test
    void collectsTheDemoAsTheMavenBuildDoesAndVerifies(@TempDir Path build) throws Exception {
        Path manifest = build.resolve("webapp/WEB-INF/classes/META-INF/ecstatic/manifest.json");
        Run collect = run("collect", "--source", "src/main/webapp/static", "--output", build.resolve("webapp/static").toString(),
                "--manifest", manifest.toString(), "--state", build.resolve("ecstatic.state").toString(),
                "--no-hash", "robots.txt", "--strict", "--keep", "3");
        assertThat(collect.exitCode).as(collect.output).isZero();
        assertThat(collect.output).startsWith(BARE_SPECIFIER_NOTE).containsPattern("(?m)^collected 22 files \\(.*\\): 21 hashed, "
                + "15 references rewritten, 0 missing \\(kept\\), 0 unchanged, in .* s$");

        Manifest fromCli = Manifest.read(manifest);
        Manifest fromMaven = new Demo(DemoServer.builtWebapp(), null).manifest;
        assertThat(fromCli.paths()).isEqualTo(fromMaven.paths());
        for (String hashed : fromCli.paths().values()) {
            assertThat(fromCli.file(hashed)).as(hashed).isEqualTo(fromMaven.file(hashed));
        }

        Run verify = run("verify", "--output", build.resolve("webapp/static").toString(), "--manifest", manifest.toString());
        assertThat(verify.exitCode).as(verify.output).isZero();
    }

    /**
     * The launcher beside the jar (ecstatic-tools/target/ecstatic) gives the same output as java -jar, on
     * its first run (which writes the class-data archive) and on the next (which uses it), and the JVM's
     * options and archive add nothing to what it prints.
     */
    @Test
    void theLauncherCollectsAsJavaJarDoesAndWritesItsArchiveOnce(@TempDir Path build) throws Exception {
        Path cache = build.resolve("cache");
        Run plain = run(List.of(java(), "-jar", CLI.toString()), collect(build.resolve("plain")));
        assertThat(plain.exitCode).as(plain.output).isZero();
        for (String name : List.of("first", "second")) {
            Run launched = run(List.of(CLI.resolveSibling("ecstatic").toString()), collect(build.resolve(name)), cache);
            assertThat(launched.exitCode).as(launched.output).isZero();
            assertThat(launched.output).as(name).startsWith(BARE_SPECIFIER_NOTE)
                    .matches("(?s).*\ncollected 22 files \\(.*\\): 21 hashed, 15 references rewritten, "
                    + "0 missing \\(kept\\), 0 unchanged, in .* s\n");
            assertThat(Files.readAllBytes(build.resolve(name + "/manifest.json")))
                    .isEqualTo(Files.readAllBytes(build.resolve("plain/manifest.json")));
            try (var archives = Files.list(cache.resolve("cds"))) {
                assertThat(archives.map(p -> p.getFileName().toString())).as(name).singleElement().asString().endsWith(".jsa");
            }
        }
    }

    @Test
    void theLauncherBesideAnAgentCollectsWithoutAnArchive(@TempDir Path build) throws Exception {
        // the JVM will not write an archive beside an agent, and would run nothing: here a debugger's
        Path cache = build.resolve("cache");
        Map<String, String> environment = Map.of("ECSTATIC_JAVA_OPTS",
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0");

        Run launched = run(List.of(CLI.resolveSibling("ecstatic").toString()), collect(build.resolve("out")), cache, environment);

        assertThat(launched.exitCode).as(launched.output).isZero();
        assertThat(launched.output).contains("\ncollected 22 files (").doesNotContain("CDS");
        assertThat(cache.resolve("cds")).doesNotExist();
    }

    /**
     * The launcher gives the JVM a young generation of 384 MB on a machine with 4 GB or more, and leaves
     * the heap to the user who sizes it: no JVM warning then about sizes that do not fit together.
     */
    @Test
    void theLauncherSizesTheYoungGenerationUnlessTheUserSizesTheHeap(@TempDir Path build) throws Exception {
        Path cache = build.resolve("cache");
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        Run flags = run(List.of(CLI.resolveSibling("ecstatic").toString()), List.of("--help"), cache,
                Map.of("ECSTATIC_JAVA_OPTS", "-XX:+PrintFlagsFinal"));
        assertThat(flags.output).containsPattern("size_t NewSize += " + (memory >= 4L << 30 ? 384L << 20 : "\\d+") + " ");

        Run sized = run(List.of(CLI.resolveSibling("ecstatic").toString()), collect(build.resolve("out")), cache,
                Map.of("ECSTATIC_JAVA_OPTS", "-Xmx200m"));
        assertThat(sized.exitCode).as(sized.output).isZero();
        assertThat(sized.output).contains("\ncollected 22 files (").doesNotContain("warning");
    }

    private static List<String> collect(Path out) {
        return List.of("collect", "--source", "src/main/webapp/static", "--output", out.resolve("static").toString(),
                "--manifest", out.resolve("manifest.json").toString(), "--state", out.resolve("state").toString(),
                "--no-hash", "robots.txt", "--strict");
    }

    private static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(String... arguments) throws IOException, InterruptedException {
        return run(List.of(java(), "-jar", CLI.toString()), List.of(arguments));
    }

    private static Run run(List<String> launcher, List<String> arguments) throws IOException, InterruptedException {
        return run(launcher, arguments, null);
    }

    /** Runs the command line; with {@code cache}, the launcher keeps its archive there and runs this JVM's Java. */
    private static Run run(List<String> launcher, List<String> arguments, Path cache) throws IOException, InterruptedException {
        return run(launcher, arguments, cache, Map.of());
    }

    private static Run run(List<String> launcher, List<String> arguments, Path cache, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (cache != null) {
            builder.environment().put("ECSTATIC_CACHE", cache.toString());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().remove("ECSTATIC_JAVA_OPTS");
            builder.environment().remove("ECSTATIC_CDS");
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}
