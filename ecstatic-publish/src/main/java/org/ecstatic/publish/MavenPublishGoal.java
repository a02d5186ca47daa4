package org.ecstatic.publish;

import org.ecstatic.tools.maven.PublishGoal;

import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The publisher behind {@code ecstatic:publish}: the goal of the ecstatic-tools plugin finds it through
 * {@code META-INF/services/org.ecstatic.tools.maven.PublishGoal} when ecstatic-publish is a dependency of
 * the plugin, and hands it the goal's parameters.
 */
public final class MavenPublishGoal implements PublishGoal {

    @Override
    public void publish(Parameters parameters, Consumer<String> log) {
        PublishReport report = Publisher.publish(options(parameters), Publisher.Progress.NONE);
        report.actions().forEach(log);
        log.accept(report.summary());
    }

    static PublishOptions options(Parameters p) {
        S3Target target;
        try {
            target = S3Target.parse(p.to());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ecstatic.publish.to: " + e.getMessage(), e);
        }
        if (p.keep() != null && p.keep() < 1) {
            throw new IllegalArgumentException("ecstatic.publish.keep is " + p.keep() + "; set it to 1 or more (the manifest"
                    + " just published is always kept), or leave it out to delete nothing.");
        }
        return PublishOptions.builder(p.output().toPath(), p.manifest().toPath(), target).endpoint(endpoint(p.endpoint()))
                .pathStyle(p.pathStyle()).region(p.region()).keep(p.keep() == null ? -1 : p.keep())
                .concurrency(concurrency(p.concurrency())).dryRun(p.dryRun()).precompressed(p.precompressed())
                .checksum(checksum(p.checksum())).build();
    }

    private static URI endpoint(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(value.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("ecstatic.publish.endpoint is '" + value + "'; set it to an http:// or https://"
                + " URL, such as http://localhost:9000.");
    }

    private static int concurrency(int concurrency) {
        if (concurrency < 1 || concurrency > 256) {
            throw new IllegalArgumentException("ecstatic.publish.concurrency is " + concurrency + "; set it to 1 to 256.");
        }
        return concurrency;
    }

    private static PublishOptions.Checksum checksum(String value) {
        return switch (value == null ? "sha256" : value.trim().toLowerCase(Locale.ROOT)) {
            case "sha256" -> PublishOptions.Checksum.SHA256;
            case "md5" -> PublishOptions.Checksum.MD5;
            default -> throw new IllegalArgumentException("ecstatic.publish.checksum is '" + value + "'; set it to sha256 or md5.");
        };
    }
}
