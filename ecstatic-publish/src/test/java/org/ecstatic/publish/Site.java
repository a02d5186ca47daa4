package org.ecstatic.publish;

import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.tools.CollectOptions;
import org.ecstatic.tools.Collector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixture site under src/test/resources/site, copied to a directory of its own (so a test may edit
 * it) and collected by the real collector into an output directory and a manifest.
 *
 * @param source   the copy of the sources
 * @param output   the output directory collect wrote
 * @param manifest the manifest collect wrote
 */
record Site(Path source, Path output, Path manifest) {

    /** Copies the fixture to {@code dir}/source and collects it into {@code dir}/output. */
    static Site collect(Path dir) {
        Path source = dir.resolve("source");
        copy(fixture(), source);
        return new Site(source, dir.resolve("output"), dir.resolve("manifest.json")).collectAgain();
    }

    /** Collects the sources again, into a fresh output directory beside the old one when {@code fresh}. */
    Site collectAgain() {
        Collector.collect(CollectOptions.builder(output, manifest).source(source)
                .state(output.resolveSibling(output.getFileName() + ".state")).noHash(List.of("robots.txt")).build());
        return this;
    }

    /** Returns the same sources collected into {@code dir}, as a clean build of them would. */
    Site collectInto(Path dir) {
        return new Site(source, dir.resolve("output"), dir.resolve("manifest.json")).collectAgain();
    }

    /** Returns the manifest collect wrote. */
    Manifest read() {
        return Manifest.read(manifest);
    }

    /** Returns the options of a publish of this site to {@code bucket/prefix} on {@code server}. */
    PublishOptions.Builder options(S3Server server, String to) {
        return PublishOptions.builder(output, manifest, S3Target.parse(to)).endpoint(server.endpoint()).pathStyle(true)
                .region("us-east-1");
    }

    /** Returns the names under the output directory, sorted, forward slashes. */
    List<String> outputNames() {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile).map(f -> output.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fixture() {
        try {
            return Path.of(Site.class.getResource("/site").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
