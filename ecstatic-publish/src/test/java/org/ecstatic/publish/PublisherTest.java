package org.ecstatic.publish;

import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublisherTest {
    static final String BUCKET = "assets";
    static final String TO = "s3://assets/static";

    @TempDir
    Path dir;
    S3Server server;
    Site site;

    @BeforeEach
    void start() throws Exception {
        server = S3Server.start(Files.createDirectories(dir.resolve("store")));
        server.createBucket(BUCKET);
        site = Site.collect(dir.resolve("build"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    PublishReport publish(PublishOptions options, RequestLog log) {
        try (S3Client s3 = server.client(log)) {
            return new Publisher(options, s3, Publisher.Progress.NONE).publish();
        }
    }

    PublishReport publish(RequestLog log) {
        return publish(site.options(server, TO).build(), log);
    }

    /** Every object of the bucket, key to bytes. */
    Map<String, byte[]> bucket() {
        Map<String, byte[]> objects = new TreeMap<>();
        try (S3Client s3 = server.client()) {
            for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(BUCKET)).contents()) {
                objects.put(o.key(), s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(o.key())).asByteArray());
            }
        }
        return objects;
    }

    HeadObjectResponse head(String key) {
        try (S3Client s3 = server.client()) {
            return s3.headObject(r -> r.bucket(BUCKET).key(key));
        }
    }

    /** The keys a complete publish of {@code site} writes, without the history entry. */
    static List<String> expectedKeys(Site site) {
        List<String> keys = new ArrayList<>();
        site.outputNames().forEach(name -> keys.add("static/" + name));
        keys.add("static/.ecstatic/manifest.json");
        keys.sort(null);
        return keys;
    }

    static List<String> withoutHistory(Map<String, byte[]> bucket) {
        return bucket.keySet().stream().filter(k -> !k.startsWith("static/.ecstatic/manifests/")).toList();
    }

    @Nested
    class FirstPublish {
        @Test
        void uploadsEveryFileOfTheOutputTheManifestAndOneHistoryEntryAfterOneListing() throws Exception {
            RequestLog log = new RequestLog();
            PublishReport report = publish(log);

            Map<String, byte[]> bucket = bucket();
            assertThat(withoutHistory(bucket)).isEqualTo(expectedKeys(site));
            for (String name : site.outputNames()) {
                assertThat(bucket.get("static/" + name)).as(name).isEqualTo(Files.readAllBytes(site.output().resolve(name)));
            }
            assertThat(bucket.get("static/.ecstatic/manifest.json")).isEqualTo(Files.readAllBytes(site.manifest()));
            List<String> history = bucket.keySet().stream().filter(k -> k.startsWith("static/.ecstatic/manifests/")).toList();
            assertThat(history).hasSize(1);
            assertThat(history.get(0)).matches("static/\\.ecstatic/manifests/\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{12}\\.json");
            assertThat(bucket.get(history.get(0))).isEqualTo(Files.readAllBytes(site.manifest()));

            int objects = site.outputNames().size() + 2;
            assertThat(log.counts()).isEqualTo(Map.of("ListObjectsV2", 1, "PutObject", objects));
            assertThat(report.uploaded()).isEqualTo(objects);
            assertThat(report.skipped()).isZero();
            assertThat(report.requests()).isEqualTo(objects + 1);
            assertThat(report.summary()).matches("published to s3://assets/static/: uploaded " + objects
                    + " objects \\(\\d+\\.\\d kB\\), skipped 0 already there, deleted 0, " + (objects + 1)
                    + " requests, in \\d+\\.\\d\\d s");
        }
    }
}
