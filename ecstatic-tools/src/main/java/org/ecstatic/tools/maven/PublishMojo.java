package org.ecstatic.tools.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.ecstatic.runtime.EcstaticException;

import java.io.File;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * {@code ecstatic:publish}: uploads what {@code ecstatic:collect} wrote to an S3-compatible bucket behind a
 * CDN, with the publisher of {@code ecstatic-publish}, which the plugin finds among its dependencies. This
 * plugin carries no AWS SDK: add {@code ecstatic-publish} to it.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>org.ecstatic</groupId>
 *   <artifactId>ecstatic-tools</artifactId>
 *   <dependencies>
 *     <dependency><groupId>org.ecstatic</groupId><artifactId>ecstatic-publish</artifactId><version>...</version></dependency>
 *   </dependencies>
 * </plugin>
 * }</pre>
 *
 * then {@code mvn package ecstatic:publish -Decstatic.publish.to=s3://assets/static}.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class PublishMojo extends AbstractMojo {
    /** The static root that collect wrote (inside the exploded WAR). */
    @Parameter(property = "ecstatic.publish.outputDirectory",
            defaultValue = "${project.build.directory}/${project.build.finalName}/static")
    File outputDirectory;

    /** The manifest that collect wrote. */
    @Parameter(property = "ecstatic.publish.manifest",
            defaultValue = "${project.build.outputDirectory}/META-INF/ecstatic/manifest.json")
    File manifest;

    /** The bucket and key prefix: s3://BUCKET/PREFIX. */
    @Parameter(property = "ecstatic.publish.to")
    String to;

    /** The S3 endpoint of MinIO, R2, Ceph...; AWS's for the region when not set. */
    @Parameter(property = "ecstatic.publish.endpoint")
    String endpoint;

    /** Whether the bucket goes into the path (http://host/BUCKET/KEY), as MinIO and Ceph want. */
    @Parameter(property = "ecstatic.publish.pathStyle", defaultValue = "false")
    boolean pathStyle;

    /** The region; AWS_REGION or the profile's when not set (us-east-1 with an endpoint). */
    @Parameter(property = "ecstatic.publish.region")
    String region;

    /** After publishing, delete hashed objects that none of the newest N published manifests names. */
    @Parameter(property = "ecstatic.publish.keep")
    Integer keep;

    /** How many uploads run at once. */
    @Parameter(property = "ecstatic.publish.concurrency", defaultValue = "8")
    int concurrency;

    /** Log what would be uploaded and deleted, and change nothing. */
    @Parameter(property = "ecstatic.publish.dryRun", defaultValue = "false")
    boolean dryRun;

    /** Whether the .br and .gz forms are uploaded too. */
    @Parameter(property = "ecstatic.publish.precompressed", defaultValue = "true")
    boolean precompressed;

    /** The checksum the store verifies: sha256 (x-amz-checksum-sha256) or md5 (Content-MD5). */
    @Parameter(property = "ecstatic.publish.checksum", defaultValue = "sha256")
    String checksum;

    /** Skips the goal. */
    @Parameter(property = "ecstatic.publish.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("ecstatic:publish skipped");
            return;
        }
        if (to == null || to.isBlank()) {
            throw new MojoFailureException("ecstatic:publish needs to know where to publish: set <to>s3://BUCKET/PREFIX</to>"
                    + " in its configuration, or -Decstatic.publish.to=s3://BUCKET/PREFIX.");
        }
        try {
            publisher().publish(new PublishGoal.Parameters(outputDirectory, manifest, to, endpoint, pathStyle, region, keep,
                    concurrency, dryRun, precompressed, checksum), getLog()::info);
        } catch (EcstaticException | IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** Returns the publisher among the plugin's dependencies. */
    static PublishGoal publisher() throws MojoFailureException {
        Iterator<PublishGoal> found = ServiceLoader.load(PublishGoal.class, PublishMojo.class.getClassLoader()).iterator();
        if (!found.hasNext()) {
            throw new MojoFailureException("ecstatic:publish needs org.ecstatic:ecstatic-publish as a <dependency> of the"
                    + " ecstatic-tools plugin (inside its <plugin> element, not the project's <dependencies>): it carries"
                    + " the AWS SDK that this plugin leaves out.");
        }
        return found.next();
    }
}
