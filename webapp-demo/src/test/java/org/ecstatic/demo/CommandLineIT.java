package org.ecstatic.demo;

import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's build outside Maven: the collector's command line (the -cli jar) run on the demo's
 * static files gives the same manifest as the demo's Maven build, and its output verifies.
 */
class CommandLineIT {
    private static final Path CLI = Paths.get(System.getProperty("ecstatic.cli.jar",
            "../ecstatic-tools/target/ecstatic-tools-0.1.0-SNAPSHOT-cli.jar"));

    @Test
    void collectsTheDemoAsTheMavenBuildDoesAndVerifies(@TempDir Path build) throws Exception {
        Path manifest = build.resolve("webapp/WEB-INF/classes/META-INF/ecstatic/manifest.json");
        Run collect = run("collect", "--source", "src/main/webapp/static", "--output", build.resolve("webapp/static").toString(),
                "--manifest", manifest.toString(), "--state", build.resolve("ecstatic.state").toString(),
                "--no-hash", "robots.txt", "--strict", "--keep", "3");
        assertThat(collect.exitCode).as(collect.output).isZero();
        assertThat(collect.output).containsPattern("(?m)^collected 16 files \\(.*\\): 15 hashed, 11 references rewritten, "
                + "0 missing \\(kept\\), 0 unchanged, in .* s$");

        Manifest fromCli = Manifest.read(manifest);
        Manifest fromMaven = new Demo(DemoServer.builtWebapp(), null).manifest;
        assertThat(fromCli.paths()).isEqualTo(fromMaven.paths());
        for (String hashed : fromCli.paths().values()) {
            assertThat(fromCli.file(hashed)).as(hashed).isEqualTo(fromMaven.file(hashed));
        }

        Run verify = run("verify", "--output", build.resolve("webapp/static").toString(), "--manifest", manifest.toString());
        assertThat(verify.exitCode).as(verify.output).isZero();
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", CLI.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}
