package org.ecstatic.publish;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BucketListingTest {
    @TempDir
    Path dir;
    S3Server server;

    @BeforeEach
    void start() throws Exception {
        server = S3Server.start(Files.createDirectories(dir.resolve("store")));
        server.createBucket("assets");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Nested
    class Listing {
        @Test
        void takesOneRequestPerPageAndSeesEveryObjectBelowThePrefix() {
            RequestLog log = new RequestLog();
            try (S3Client s3 = server.client(log)) {
                IntStream.range(0, 11).forEach(i ->
                        s3.putObject(r -> r.bucket("assets").key("static/f/" + i + ".txt"), RequestBody.fromString("x" + i)));
                s3.putObject(r -> r.bucket("assets").key("other/outside.txt"), RequestBody.fromString("outside"));
                s3.putObject(r -> r.bucket("assets").key("statics/beside.txt"), RequestBody.fromString("beside"));
                log.clear();

                BucketListing listing = BucketListing.list(s3, S3Target.parse("s3://assets/static"), 5);

                assertThat(listing.objects()).hasSize(11).containsKey("f/0.txt").containsKey("f/10.txt");
                assertThat(listing.requests()).isEqualTo(3);
                assertThat(log.counts()).isEqualTo(Map.of("ListObjectsV2", 3));
                assertThat(listing.get("f/7.txt")).isEqualTo(new BucketListing.Listed(2, md5Hex("x7")));
            }
        }

        @Test
        void setsAsideKeysWhoseNameBelowThePrefixIsNotPlain() {
            try (S3Client s3 = server.client()) {
                for (String key : List.of("static/css/site.css", "static/a\\b.css")) {
                    s3.putObject(r -> r.bucket("assets").key(key), RequestBody.fromString("body"));
                }
                BucketListing listing = BucketListing.list(s3, S3Target.parse("s3://assets/static"));
                assertThat(listing.objects()).containsOnlyKeys("css/site.css");
                assertThat(listing.notPlain()).containsExactly("static/a\\b.css");
            }
        }
    }

    static String md5Hex(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
