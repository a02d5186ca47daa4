package org.ecstatic.publish;

import org.ecstatic.tools.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ecstatic publish} as a user runs it: through the tools' {@code Main}, which finds the command on the
 * class path, with credentials from the standard AWS chain (here its system properties).
 */
class PublishCommandTest {
    @TempDir
    Path dir;
    S3Server server;
    Site site;
    String stdout;
    String stderr;

    @BeforeAll
    static void credentials() {
        System.setProperty("aws.accessKeyId", S3Server.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3Server.SECRET_KEY);
    }

    @AfterAll
    static void noCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @BeforeEach
    void start() throws Exception {
        server = S3Server.start(Files.createDirectories(dir.resolve("store")));
        server.createBucket("assets");
        site = Site.collect(dir.resolve("build"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    int publish(String... more) {
        List<String> args = new ArrayList<>(List.of("publish", "--output", site.output().toString(), "--manifest",
                site.manifest().toString(), "--to", "s3://assets/static", "--endpoint", server.endpoint().toString(),
                "--path-style", "--region", "us-east-1"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Nested
    class Publishing {
        @Test
        void printsTheSummaryLineAndExitsZero() {
            assertThat(publish()).isZero();
            int objects = site.outputNames().size() + 2;
            assertThat(stdout).matches("published to s3://assets/static/: uploaded " + objects + " objects \\(\\d+\\.\\d kB\\),"
                    + " skipped 0 already there, deleted 0, " + (objects + 1) + " requests, in \\d+\\.\\d\\d s\n");
            assertThat(stderr).isEmpty();
            try (S3Client s3 = server.client()) {
                assertThat(s3.headObject(r -> r.bucket("assets").key("static/.ecstatic/manifest.json")).contentLength())
                        .isEqualTo(site.manifest().toFile().length());
            }

            assertThat(publish("--keep", "1", "--concurrency", "2")).isZero();
            assertThat(stdout).matches("published to s3://assets/static/: uploaded 0 objects \\(0 B\\), skipped " + objects
                    + " already there, deleted 0, 1 request, in \\d+\\.\\d\\d s\n");
        }

        @Test
        void inADryRunPrintsEachUploadThenTheSummaryAndUploadsNothing() {
            assertThat(publish("--dry-run", "--no-precompressed", "--checksum", "md5")).isZero();
            List<String> lines = stdout.lines().toList();
            assertThat(lines).hasSize(site.outputNames().size() - 4 + 2 + 1);
            assertThat(lines).contains("upload robots.txt (24 B, text/plain;charset=utf-8, no-cache)");
            assertThat(lines.get(lines.size() - 1)).startsWith("dry run, nothing changed in s3://assets/static/: would upload ");
            try (S3Client s3 = server.client()) {
                assertThat(s3.listObjectsV2(r -> r.bucket("assets")).contents()).isEmpty();
            }
        }

        @Test
        void aStoreErrorIsOneLineOnStandardErrorAndExitsOne() {
            assertThat(publish("--to", "s3://no-such-bucket/static")).isEqualTo(1);
            assertThat(stderr).isEqualTo("error: The bucket no-such-bucket does not exist at " + server.endpoint()
                    + ". Create it, or check the bucket name in s3://no-such-bucket/static/ and the endpoint.\n");
            assertThat(stdout).isEqualTo("publish failed\n");
        }

        @Test
        void isListedInTheHelpAndHasItsOwn() {
            assertThat(run("--help")).isZero();
            assertThat(stdout).contains("  publish   upload the collected files to an S3-compatible bucket");
            assertThat(run("publish", "--help")).isZero();
            assertThat(stdout).startsWith("usage: ecstatic publish --output DIR --manifest FILE --to s3://BUCKET/PREFIX [options]\n");
        }
    }

    @Nested
    class UsageErrors {
        void assertUsage(String message, String... args) {
            assertThat(run(args)).isEqualTo(2);
            assertThat(stderr).isEqualTo("ecstatic publish: " + message + " (see ecstatic publish --help)\n");
            assertThat(stdout).isEmpty();
        }

        @Test
        void areOneLineAndExitTwo() {
            String out = site.output().toString();
            String manifest = site.manifest().toString();
            assertUsage("--to is required", "publish", "--output", out, "--manifest", manifest);
            assertUsage("--to: 'https://assets/static' is not of the form s3://BUCKET/PREFIX",
                    "publish", "--output", out, "--manifest", manifest, "--to", "https://assets/static");
            assertUsage("--to: the bucket name 'Assets' in s3://Assets/static may hold only lowercase letters, digits,"
                    + " '-' and '.'", "publish", "--output", out, "--manifest", manifest, "--to", "s3://Assets/static");
            assertUsage("--to: the prefix 'static/../x' in s3://assets/static/../x holds a '..' segment; names stay below"
                    + " the static root", "publish", "--output", out, "--manifest", manifest, "--to", "s3://assets/static/../x");
            assertUsage("--output no/such/dir: no such directory",
                    "publish", "--output", "no/such/dir", "--manifest", manifest, "--to", "s3://assets/static");
            assertUsage("--manifest no/such.json: no such file",
                    "publish", "--output", out, "--manifest", "no/such.json", "--to", "s3://assets/static");
            assertUsage("--endpoint localhost:9000: expected an http:// or https:// URL, such as http://localhost:9000",
                    "publish", "--output", out, "--manifest", manifest, "--to", "s3://assets", "--endpoint", "localhost:9000");
            assertUsage("--keep 0: expected 1 or more (the manifest just published is always kept)",
                    "publish", "--output", out, "--manifest", manifest, "--to", "s3://assets", "--keep", "0");
            assertUsage("--concurrency 0: expected 1 to 256",
                    "publish", "--output", out, "--manifest", manifest, "--to", "s3://assets", "--concurrency", "0");
            assertUsage("--checksum sha1: expected sha256 or md5",
                    "publish", "--output", out, "--manifest", manifest, "--to", "s3://assets", "--checksum", "sha1");
            assertUsage("unknown option --bucket", "publish", "--bucket", "assets");
        }
    }
}
