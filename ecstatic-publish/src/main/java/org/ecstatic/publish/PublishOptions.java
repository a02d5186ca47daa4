package org.ecstatic.publish;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What one publish does: which collected output and manifest go to which bucket and prefix, and how.
 *
 * <pre>{@code
 * PublishOptions options = PublishOptions.builder(Path.of("target/static"),
 *         Path.of("target/classes/META-INF/ecstatic/manifest.json"), S3Target.parse("s3://assets/static"))
 *     .endpoint(URI.create("http://localhost:9000")).pathStyle(true).keep(3).build();
 * }</pre>
 *
 * @param output        the output directory of collect; nothing outside it is read
 * @param manifest      the manifest collect wrote
 * @param target        the bucket and prefix
 * @param endpoint      the S3 endpoint (MinIO, R2, Ceph...), or null for AWS's endpoint of the region
 * @param pathStyle     whether the bucket goes into the path ({@code http://host/bucket/key}) instead of the host name
 * @param region        the region, or null for the SDK's default (AWS_REGION, the profile; {@code us-east-1}
 *                      with an endpoint)
 * @param keep          after publishing, delete hashed objects that none of the newest {@code keep} published
 *                      manifests names; -1 deletes nothing
 * @param concurrency   how many uploads run at once, at least 1
 * @param dryRun        print what would be uploaded and deleted, change nothing
 * @param precompressed whether the {@code .br} and {@code .gz} forms are uploaded too
 * @param checksum      the checksum each upload carries for the store to verify
 */
public record PublishOptions(Path output, Path manifest, S3Target target, URI endpoint, boolean pathStyle,
                             String region, int keep, int concurrency, boolean dryRun, boolean precompressed,
                             Checksum checksum) {
    /** The number of uploads at once when not set. */
    public static final int DEFAULT_CONCURRENCY = 8;

    /** The checksum sent with each upload, which the store checks against the bytes it receives. */
    public enum Checksum {
        /** {@code x-amz-checksum-sha256}: AWS S3, MinIO, R2 and S3Proxy verify it, and keep it with the object. */
        SHA256,
        /** {@code Content-MD5}: for stores that do not know the newer checksum headers. */
        MD5
    }

    public PublishOptions {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(checksum, "checksum");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be 1 or more, not " + concurrency);
        }
        if (keep < -1) {
            throw new IllegalArgumentException("keep must be 1 or more, not " + keep);
        }
        if (keep == 0) {
            throw new IllegalArgumentException("keep must be 1 or more: the manifest just published is always kept");
        }
    }

    /** Returns a builder of options with the defaults: no endpoint, virtual-host style, no pruning, 8 at once. */
    public static Builder builder(Path output, Path manifest, S3Target target) {
        return new Builder(output, manifest, target);
    }

    /** Builds {@link PublishOptions}. */
    public static final class Builder {
        private final Path output;
        private final Path manifest;
        private final S3Target target;
        private URI endpoint;
        private boolean pathStyle;
        private String region;
        private int keep = -1;
        private int concurrency = DEFAULT_CONCURRENCY;
        private boolean dryRun;
        private boolean precompressed = true;
        private Checksum checksum = Checksum.SHA256;

        private Builder(Path output, Path manifest, S3Target target) {
            this.output = output;
            this.manifest = manifest;
            this.target = target;
        }

        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder pathStyle(boolean pathStyle) {
            this.pathStyle = pathStyle;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder keep(int keep) {
            this.keep = keep;
            return this;
        }

        public Builder concurrency(int concurrency) {
            this.concurrency = concurrency;
            return this;
        }

        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        public Builder precompressed(boolean precompressed) {
            this.precompressed = precompressed;
            return this;
        }

        public Builder checksum(Checksum checksum) {
            this.checksum = checksum;
            return this;
        }

        public PublishOptions build() {
            return new PublishOptions(output, manifest, target, endpoint, pathStyle, region, keep, concurrency, dryRun,
                    precompressed, checksum);
        }
    }
}
