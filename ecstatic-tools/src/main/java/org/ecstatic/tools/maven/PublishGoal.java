package org.ecstatic.tools.maven;

import java.io.File;
import java.util.function.Consumer;

/**
 * What {@code ecstatic:publish} calls to publish: provided by {@code ecstatic-publish}, found with
 * {@link java.util.ServiceLoader} among the plugin's dependencies (listed in
 * {@code META-INF/services/org.ecstatic.tools.maven.PublishGoal}), so that this plugin itself carries no
 * AWS SDK. An implementation has a public no-argument constructor.
 */
public interface PublishGoal {

    /**
     * The goal's parameters, as configured.
     *
     * @param output        the output directory of collect
     * @param manifest      the manifest collect wrote
     * @param to            {@code s3://BUCKET/PREFIX}
     * @param endpoint      the S3 endpoint URL, or null for AWS's
     * @param pathStyle     whether the bucket goes into the path rather than the host name
     * @param region        the region, or null for the SDK's default
     * @param keep          how many published manifests keep their files, or null to delete nothing
     * @param concurrency   how many uploads at once
     * @param dryRun        whether to only say what would be done
     * @param precompressed whether the .br and .gz forms are uploaded
     * @param checksum      {@code sha256} or {@code md5}
     */
    record Parameters(File output, File manifest, String to, String endpoint, boolean pathStyle, String region,
                      Integer keep, int concurrency, boolean dryRun, boolean precompressed, String checksum) {
    }

    /**
     * Publishes, telling {@code log} each action of a dry run and the one-line summary.
     *
     * @throws org.ecstatic.runtime.EcstaticException when publishing fails, saying what to do
     * @throws IllegalArgumentException               when a parameter is wrong, naming it
     */
    void publish(Parameters parameters, Consumer<String> log);
}
