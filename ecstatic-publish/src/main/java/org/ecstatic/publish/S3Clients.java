package org.ecstatic.publish;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The S3 client publish uses: credentials from the standard AWS chain (the environment, the profile,
 * a container or instance role), the endpoint and path-style addressing for MinIO, R2, Ceph and the like,
 * and as many pooled connections as uploads run at once. Checksums are the ones publish sets itself
 * (SHA-256 or MD5), so the SDK adds none of its own that an older store could refuse.
 */
public final class S3Clients {
    private S3Clients() {
    }

    /** Returns a client for {@code options}; the caller closes it. */
    public static S3Client create(PublishOptions options) {
        return builder(options).build();
    }

    /** Returns a builder configured for {@code options}, for callers that add to it (tests, benchmarks). */
    public static S3ClientBuilder builder(PublishOptions options) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(Apache5HttpClient.builder().maxConnections(Math.max(2, options.concurrency())).build())
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .forcePathStyle(options.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (options.endpoint() != null) {
            builder.endpointOverride(options.endpoint());
        }
        Region region = region(options);
        if (region != null) {
            builder.region(region);
        }
        return builder;
    }

    /** The region given, else the SDK's (AWS_REGION, the profile), else us-east-1 for an endpoint of its own. */
    private static Region region(PublishOptions options) {
        if (options.region() != null && !options.region().isBlank()) {
            return Region.of(options.region());
        }
        if (options.endpoint() == null) {
            return null; // the SDK looks for it, and says so when it finds none
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (RuntimeException e) {
            return Region.US_EAST_1;
        }
    }
}
