package org.ecstatic.publish;

import org.ecstatic.tools.cli.Arguments;
import org.ecstatic.tools.cli.Command;
import org.ecstatic.tools.cli.ProgressLine;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ecstatic publish}: runs the {@link Publisher}, prints a dry run's actions and the one-line
 * summary. {@link org.ecstatic.tools.cli.Main} finds it on the class path through
 * {@code META-INF/services/org.ecstatic.tools.cli.Command}.
 */
public final class PublishCommand implements Command {
    private static final Set<String> WITH_VALUE = Set.of("output", "manifest", "to", "endpoint", "region", "keep",
            "concurrency", "checksum");
    private static final Set<String> FLAGS = Set.of("path-style", "dry-run", "no-precompressed");

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public String help() {
        return """
                usage: ecstatic publish --output DIR --manifest FILE --to s3://BUCKET/PREFIX [options]

                Uploads the hashed files that collect wrote (and their .br/.gz forms) which the bucket does not
                hold yet, with Cache-Control: public, max-age=31536000, immutable; then the unhashed names and
                the manifest, with Cache-Control: no-cache, once every file it names is there. One listing of
                the prefix tells what is there. Run again after a failure: only what is missing is uploaded.

                options:
                  --output DIR          the output directory written by collect
                  --manifest FILE       the manifest written by collect
                  --to s3://BUCKET/PREFIX  the bucket and key prefix (the origin of ecstatic.baseUrl)
                  --endpoint URL        the S3 endpoint of MinIO, R2, Ceph... (default: AWS's for the region)
                  --path-style          put the bucket in the path (http://host/BUCKET/KEY), as MinIO and Ceph want
                  --region R            the region (default: AWS_REGION or the profile's; us-east-1 with --endpoint)
                  --keep N              afterwards delete hashed objects that none of the newest N published
                                        manifests names
                  --concurrency N       uploads at once (default: 8)
                  --checksum sha256|md5 the checksum the store verifies: x-amz-checksum-sha256 (default) or
                                        Content-MD5, for stores without the newer checksums
                  --no-precompressed    do not upload the .br and .gz forms
                  --dry-run             print what would be uploaded and deleted; change nothing
                  --help                show this help

                credentials: the standard AWS chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE,
                a container or instance role)

                exit codes: 0 published, 1 a problem with the files, the credentials or the bucket, 2 usage error
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        PublishOptions options = options(Arguments.parse(name(), args, WITH_VALUE, FLAGS));
        quietLogging();
        PublishReport report;
        try (ProgressLine progress = ProgressLine.onConsole(err)) {
            report = Publisher.publish(options, progress::update);
        }
        report.actions().forEach(out::println);
        out.println(report.summary());
        return 0;
    }

    /** The HTTP client logs through SLF4J, which warns on standard error when no logger is bound: not here. */
    private static void quietLogging() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    static PublishOptions options(Arguments arguments) {
        Path output = arguments.existingDirectory("output", arguments.required("output"));
        Path manifest = Path.of(arguments.required("manifest"));
        if (!Files.isRegularFile(manifest)) {
            throw arguments.usage("--manifest " + manifest + ": no such file");
        }
        S3Target target;
        try {
            target = S3Target.parse(arguments.required("to"));
        } catch (IllegalArgumentException e) {
            throw arguments.usage("--to: " + e.getMessage());
        }
        int keep = arguments.count("keep", -1);
        if (arguments.has("keep") && keep < 1) {
            throw arguments.usage("--keep " + keep + ": expected 1 or more (the manifest just published is always kept)");
        }
        int concurrency = arguments.count("concurrency", PublishOptions.DEFAULT_CONCURRENCY);
        if (concurrency < 1 || concurrency > 256) {
            throw arguments.usage("--concurrency " + concurrency + ": expected 1 to 256");
        }
        return PublishOptions.builder(output, manifest, target).endpoint(endpoint(arguments))
                .pathStyle(arguments.has("path-style")).region(arguments.get("region", null)).keep(keep)
                .concurrency(concurrency).dryRun(arguments.has("dry-run"))
                .precompressed(!arguments.has("no-precompressed")).checksum(checksum(arguments)).build();
    }

    private static URI endpoint(Arguments arguments) {
        String value = arguments.get("endpoint", null);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw arguments.usage("--endpoint " + value + ": expected an http:// or https:// URL, such as http://localhost:9000");
    }

    private static PublishOptions.Checksum checksum(Arguments arguments) {
        String value = arguments.get("checksum", "sha256");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "sha256" -> PublishOptions.Checksum.SHA256;
            case "md5" -> PublishOptions.Checksum.MD5;
            default -> throw arguments.usage("--checksum " + value + ": expected sha256 or md5");
        };
    }
}
