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

    @Nested
    class Republish {
        @Test
        void withNothingChangedSendsOneListingAndUploadsNothing() {
            publish(new RequestLog());
            Map<String, byte[]> before = bucket();

            RequestLog log = new RequestLog();
            PublishReport report = publish(log);

            assertThat(log.counts()).isEqualTo(Map.of("ListObjectsV2", 1));
            assertThat(report.uploaded()).isZero();
            assertThat(report.skipped()).isEqualTo(site.outputNames().size() + 2);
            assertThat(report.requests()).isEqualTo(1);
            assertThat(report.summary()).matches("published to s3://assets/static/: uploaded 0 objects \\(0 B\\), skipped "
                    + (site.outputNames().size() + 2) + " already there, deleted 0, 1 request, in \\d+\\.\\d\\d s");
            assertThat(bucket()).containsOnlyKeys(before.keySet());
        }

        @Test
        void afterAChangeUploadsOnlyTheNewHashedFilesTheChangedUnhashedNamesAndTheManifest() throws Exception {
            publish(new RequestLog());
            Files.writeString(site.source().resolve("css/site.css"), "\nfooter { color: #333; }\n",
                    java.nio.file.StandardOpenOption.APPEND);
            site.collectAgain();
            Manifest manifest = site.read();
            String css = manifest.hashedName("css/site.css");

            RequestLog log = new RequestLog();
            publish(log);

            List<String> expected = new ArrayList<>();
            expected.add("static/" + css);
            manifest.file(css).encodings().forEach(e -> expected.add("static/" + css + (e.equals("gzip") ? ".gz" : ".br")));
            expected.add("static/css/site.css");
            expected.add("static/.ecstatic/manifest.json");
            assertThat(log.putKeys()).filteredOn(k -> !k.startsWith("static/.ecstatic/manifests/"))
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(log.putKeys()).filteredOn(k -> k.startsWith("static/.ecstatic/manifests/")).hasSize(1);
            assertThat(bucket().get("static/css/site.css")).isEqualTo(Files.readAllBytes(site.output().resolve("css/site.css")));
        }
    }

    @Nested
    class Objects {
        @Test
        void carryTheirContentTypeCacheControlAndContentEncoding() {
            publish(new RequestLog());
            Manifest manifest = site.read();
            String css = manifest.hashedName("css/site.css");
            String js = manifest.hashedName("js/app.js");
            assertThat(manifest.file(css).encodings()).containsExactly("br", "gzip");

            assertHeaders("static/" + css, "text/css;charset=utf-8", "public, max-age=31536000, immutable", null);
            assertHeaders("static/" + css + ".br", "text/css;charset=utf-8", "public, max-age=31536000, immutable", "br");
            assertHeaders("static/" + css + ".gz", "text/css;charset=utf-8", "public, max-age=31536000, immutable", "gzip");
            assertHeaders("static/" + js, "text/javascript;charset=utf-8", "public, max-age=31536000, immutable", null);
            assertHeaders("static/" + manifest.hashedName("fonts/demo.woff2"), "font/woff2",
                    "public, max-age=31536000, immutable", null);
            assertHeaders("static/" + manifest.hashedName("img/dot.png"), "image/png", "public, max-age=31536000, immutable", null);
            assertHeaders("static/css/site.css", "text/css;charset=utf-8", "no-cache", null);
            assertHeaders("static/robots.txt", "text/plain;charset=utf-8", "no-cache", null);
            assertHeaders("static/.ecstatic/manifest.json", "application/json", "no-cache", null);
        }

        void assertHeaders(String key, String contentType, String cacheControl, String contentEncoding) {
            HeadObjectResponse head = head(key);
            assertThat(head.contentType()).as(key).isEqualTo(contentType);
            assertThat(head.cacheControl()).as(key).isEqualTo(cacheControl);
            assertThat(head.contentEncoding()).as(key).isEqualTo(contentEncoding);
        }

        @Test
        void carryTheSha256OfTheManifestAsAChecksumTheStoreKeeps() {
            RequestLog log = new RequestLog();
            publish(log);
            Manifest manifest = site.read();
            String css = manifest.hashedName("css/site.css");
            String integrity = manifest.file(css).integrity();

            RequestLog.Sent put = log.sent().stream().filter(s -> s.request().encodedPath().endsWith("/" + css)).findFirst()
                    .orElseThrow();
            assertThat(put.request().firstMatchingHeader("x-amz-checksum-sha256")).hasValue(integrity.substring("sha256-".length()));
            assertThat(put.request().firstMatchingHeader("Content-MD5")).isEmpty();
            try (S3Client s3 = server.client()) {
                assertThat(s3.headObject(r -> r.bucket(BUCKET).key("static/" + css)
                        .checksumMode(software.amazon.awssdk.services.s3.model.ChecksumMode.ENABLED)).checksumSHA256())
                        .isEqualTo(integrity.substring("sha256-".length()));
            }
        }

        @Test
        void carryContentMd5InsteadWhenAskedFor() throws Exception {
            RequestLog log = new RequestLog();
            publish(site.options(server, TO).checksum(PublishOptions.Checksum.MD5).build(), log);
            String css = site.read().hashedName("css/site.css");
            byte[] bytes = Files.readAllBytes(site.output().resolve(css));

            RequestLog.Sent put = log.sent().stream().filter(s -> s.request().encodedPath().endsWith("/" + css)).findFirst()
                    .orElseThrow();
            assertThat(put.request().firstMatchingHeader("Content-MD5")).hasValue(
                    Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("MD5").digest(bytes)));
            assertThat(put.request().firstMatchingHeader("x-amz-checksum-sha256")).isEmpty();
            assertThat(bucket().get("static/" + css)).isEqualTo(bytes);
        }

        @Test
        void leaveOutThePrecompressedFormsWhenAskedTo() {
            RequestLog log = new RequestLog();
            publish(site.options(server, TO).precompressed(false).build(), log);
            assertThat(bucket().keySet()).noneMatch(k -> k.endsWith(".br") || k.endsWith(".gz"));
            assertThat(bucket().keySet()).contains("static/" + site.read().hashedName("css/site.css"));
        }
    }

    @Nested
    class Interrupted {
        @Test
        void aRunThatFailedPartWayLeavesNoManifestAndTheNextUploadsOnlyTheRest() {
            RequestLog failing = new RequestLog().failFrom("PutObject", 4);
            PublishOptions options = site.options(server, TO).concurrency(2).build();
            assertThatThrownBy(() -> publish(options, failing)).isInstanceOf(EcstaticException.class)
                    .hasMessageStartingWith("Could not upload s3://assets/static/")
                    .hasMessageContaining("injected fault: the connection broke before PutObject #");
            Map<String, byte[]> halfway = bucket();
            assertThat(halfway).hasSize(3).doesNotContainKey("static/.ecstatic/manifest.json");
            assertThat(halfway.keySet()).noneMatch(k -> k.startsWith("static/.ecstatic/"));

            RequestLog log = new RequestLog();
            PublishReport report = publish(options, log);

            int objects = site.outputNames().size() + 2;
            assertThat(log.putKeys()).hasSize(objects - 3).doesNotContainAnyElementsOf(halfway.keySet());
            assertThat(report.skipped()).isEqualTo(3);
            assertThat(withoutHistory(bucket())).isEqualTo(expectedKeys(site));
        }

        @Test
        void aServerThatStopsPartWayFailsTheRunWithoutAManifestAndTheNextRunUploadsOnlyTheRest() throws Exception {
            RequestLog stopping = new RequestLog();
            stopping.afterEach(count -> {
                if (count == 4) { // the listing and three uploads
                    try {
                        server.stop();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            PublishOptions first = site.options(server, TO).concurrency(1).build();
            String endpoint = server.endpoint().toString();
            assertThatThrownBy(() -> publish(first, stopping)).isInstanceOf(EcstaticException.class)
                    .hasMessageStartingWith("Could not upload s3://assets/static/")
                    .hasMessageContaining(" at " + endpoint + ": ")
                    .hasMessageEndingWith(". Check that the store is reachable at that address.");
            server.close();

            server = S3Server.start(dir.resolve("store"));
            Map<String, byte[]> halfway = bucket();
            assertThat(halfway).hasSize(3).doesNotContainKey("static/.ecstatic/manifest.json");
            RequestLog log = new RequestLog();
            publish(site.options(server, TO).build(), log);

            assertThat(log.putKeys()).hasSize(site.outputNames().size() + 2 - 3).doesNotContainAnyElementsOf(halfway.keySet());
            assertThat(withoutHistory(bucket())).isEqualTo(expectedKeys(site));
        }
    }

    @Nested
    class TwoPublishersAtOnce {
        @Test
        void withTheSameContentBothSucceedAndTheBucketHoldsEveryFileOnce() throws Exception {
            CompletableFuture<PublishReport> one = CompletableFuture.supplyAsync(() -> publish(new RequestLog()));
            CompletableFuture<PublishReport> two = CompletableFuture.supplyAsync(() -> publish(new RequestLog()));
            PublishReport a = one.get();
            PublishReport b = two.get();

            Map<String, byte[]> bucket = bucket();
            assertThat(withoutHistory(bucket)).isEqualTo(expectedKeys(site));
            for (String name : site.outputNames()) {
                assertThat(bucket.get("static/" + name)).as(name).isEqualTo(Files.readAllBytes(site.output().resolve(name)));
            }
            assertThat(bucket.get("static/.ecstatic/manifest.json")).isEqualTo(Files.readAllBytes(site.manifest()));
            assertThat(a.uploaded() + a.skipped()).isEqualTo(b.uploaded() + b.skipped()).isEqualTo(site.outputNames().size() + 2);
        }
    }

    @Nested
    class DryRun {
        @Test
        void printsWhatItWouldUploadAndChangesNothing() throws Exception {
            RequestLog log = new RequestLog();
            PublishReport report = publish(site.options(server, TO).dryRun(true).build(), log);

            assertThat(log.counts()).isEqualTo(Map.of("ListObjectsV2", 1));
            assertThat(bucket()).isEmpty();
            String css = site.read().hashedName("css/site.css");
            assertThat(report.actions()).hasSize(site.outputNames().size() + 2)
                    .contains("upload " + css + " (345 B, text/css;charset=utf-8, public, max-age=31536000, immutable)")
                    .contains("upload robots.txt (24 B, text/plain;charset=utf-8, no-cache)")
                    .contains("upload .ecstatic/manifest.json (" + Files.size(site.manifest()) + " B, application/json, no-cache)");
            assertThat(report.summary()).matches("dry run, nothing changed in s3://assets/static/: would upload "
                    + (site.outputNames().size() + 2) + " objects \\(\\d+\\.\\d kB\\), skip 0 already there, delete 0;"
                    + " 1 request, in \\d+\\.\\d\\d s");
        }
    }

    @Nested
    class Keep {
        Site v1;
        Site v2;
        Site v3;

        /** Three builds of the site, each published: v1 as collected, v2 with a new style sheet, v3 with a new script. */
        @BeforeEach
        void publishThreeVersions() throws Exception {
            v1 = site;
            publish(new RequestLog());
            Files.writeString(site.source().resolve("css/site.css"), "\nfooter { color: #333; }\n",
                    java.nio.file.StandardOpenOption.APPEND);
            v2 = site.collectInto(dir.resolve("build2"));
            publish(v2.options(server, TO).build(), new RequestLog());
            Files.writeString(site.source().resolve("js/app.js"), "\nexport const later = 1;\n",
                    java.nio.file.StandardOpenOption.APPEND);
            v3 = site.collectInto(dir.resolve("build3"));
            try (S3Client s3 = server.client()) {
                for (String key : List.of("static/notes/readme.txt", "other/site.0123456789ab.css",
                        "static/a\\b.0123456789ab.css", "static/.ecstatic/notes.0123456789ab.txt", "static/.ecstatic/manifests/x.json")) {
                    s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromString("not publish's"));
                }
            }
        }

        @Test
        void deletesOnlyHashedObjectsThatNoneOfTheNewestManifestsNames() {
            Map<String, byte[]> before = bucket();
            String oldCss = v1.read().hashedName("css/site.css");
            assertThat(before).containsKey("static/" + oldCss);

            RequestLog log = new RequestLog();
            PublishReport report = publish(v3.options(server, TO).keep(2).build(), log);

            Map<String, byte[]> after = bucket();
            List<String> history = before.keySet().stream().filter(k -> k.matches("static/\\.ecstatic/manifests/\\d.*")).sorted().toList();
            assertThat(history).hasSize(2);
            List<String> deleted = before.keySet().stream().filter(k -> !after.containsKey(k)).toList();
            assertThat(deleted).containsExactlyInAnyOrder("static/" + oldCss, "static/" + oldCss + ".br",
                    "static/" + oldCss + ".gz", history.get(0));
            assertThat(report.deleted()).isEqualTo(4);
            assertThat(log.counts()).containsEntry("DeleteObjects", 1).containsEntry("GetObject", 1);
            assertThat(after).containsKeys("static/notes/readme.txt", "other/site.0123456789ab.css",
                    "static/a\\b.0123456789ab.css", "static/.ecstatic/notes.0123456789ab.txt", "static/.ecstatic/manifests/x.json",
                    "static/css/site.css", "static/robots.txt", "static/" + v2.read().hashedName("css/site.css"),
                    "static/" + v1.read().hashedName("js/app.js"), "static/" + v3.read().hashedName("js/app.js"));
        }

        @Test
        void inADryRunPrintsWhatItWouldDeleteAndDeletesNothing() {
            Map<String, byte[]> before = bucket();
            String oldCss = v1.read().hashedName("css/site.css");

            PublishReport report = publish(v3.options(server, TO).keep(2).dryRun(true).build(), new RequestLog());

            assertThat(bucket()).containsOnlyKeys(before.keySet());
            assertThat(report.actions()).filteredOn(a -> a.startsWith("delete ")).containsExactly(
                    "delete .ecstatic/manifests/" + before.keySet().stream()
                            .filter(k -> k.matches("static/\\.ecstatic/manifests/\\d.*")).sorted().findFirst().orElseThrow()
                            .substring("static/.ecstatic/manifests/".length()),
                    "delete " + oldCss, "delete " + oldCss + ".br", "delete " + oldCss + ".gz");
            assertThat(report.deleted()).isEqualTo(4);
        }

        @Test
        void keepsEverythingTheNewestThreeName() {
            publish(v3.options(server, TO).build(), new RequestLog());
            Map<String, byte[]> before = bucket();

            PublishReport report = publish(v3.options(server, TO).keep(3).build(), new RequestLog());

            assertThat(report.deleted()).isZero();
            assertThat(bucket()).containsOnlyKeys(before.keySet());
        }
    }

    @Nested
    class Errors {
        PublishOptions options;

        @BeforeEach
        void options() {
            options = site.options(server, TO).concurrency(1).build();
        }

        PublishReport publishAs(String accessKey, String secretKey, PublishOptions options) {
            try (S3Client s3 = server.client(accessKey, secretKey)) {
                return new Publisher(options, s3, Publisher.Progress.NONE).publish();
            }
        }

        @Test
        void aWrongSecretKeyIsNamedAndNothingIsWritten() {
            assertThatThrownBy(() -> publishAs(S3Server.ACCESS_KEY, "not-the-secret", options))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The store refused the signature of the request (SignatureDoesNotMatch, while trying to"
                            + " list s3://assets/static/): the secret access key does not belong to the access key ID."
                            + " Check AWS_SECRET_ACCESS_KEY or the profile.");
            assertThat(bucket()).isEmpty();
        }

        @Test
        void anUnknownAccessKeyIsNamed() {
            assertThatThrownBy(() -> publishAs("nobody", "whatever", options))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The store does not know the access key ID of these credentials (InvalidAccessKeyId, while"
                            + " trying to list s3://assets/static/): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or"
                            + " AWS_PROFILE, or run where a role provides them.");
        }

        @Test
        void noCredentialsAtAllSaysWhereTheyAreLookedFor() {
            String disabled = System.setProperty("aws.disableEc2Metadata", "true");
            try {
                assertThatThrownBy(() -> Publisher.publish(options, Publisher.Progress.NONE))
                        .isInstanceOf(EcstaticException.class)
                        .hasMessage("No AWS credentials were found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or"
                                + " AWS_PROFILE, or run where a role provides them.");
            } finally {
                if (disabled == null) {
                    System.clearProperty("aws.disableEc2Metadata");
                }
            }
        }

        @Test
        void aMissingBucketIsNamed() {
            PublishOptions missing = site.options(server, "s3://no-such-bucket/static").build();
            assertThatThrownBy(() -> publish(missing, new RequestLog()))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The bucket no-such-bucket does not exist at " + server.endpoint() + ". Create it, or"
                            + " check the bucket name in s3://no-such-bucket/static/ and the endpoint.");
        }

        @Test
        void credentialsWithoutWritePermissionAreNamedWithThePermissionToGrantAndNoManifestIsWritten() {
            String css = site.read().hashedName("css/site.css");
            assertThatThrownBy(() -> publishAs(S3Server.READER_KEY, S3Server.READER_SECRET, options))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("Access denied: these credentials may not upload s3://assets/static/" + css
                            + " (AccessDenied). Grant them s3:PutObject on s3://assets/static/.");
            assertThat(bucket()).isEmpty();
        }

        @Test
        void aFileDeletedFromTheOutputAfterCollectIsNamedAndNothingIsUploaded() throws Exception {
            String js = site.read().hashedName("js/app.js");
            Path file = site.output().resolve(js);
            Files.delete(file);
            RequestLog log = new RequestLog();
            assertThatThrownBy(() -> publish(options, log))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The file " + site.output().toRealPath().resolve(js) + ", which the manifest "
                            + site.manifest() + " names, is missing: it was deleted after collect. Run collect again, then publish.");
            assertThat(log.counts()).isEqualTo(Map.of("ListObjectsV2", 1));
            assertThat(bucket()).isEmpty();
        }

        @Test
        void aFileChangedAfterCollectIsNamedAndTheManifestIsNotUploaded() throws Exception {
            String js = site.read().hashedName("js/app.js");
            Files.writeString(site.output().resolve(js), "// changed by hand\n", java.nio.file.StandardOpenOption.APPEND);
            assertThatThrownBy(() -> publish(options, new RequestLog()))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The file " + site.output().toRealPath().resolve(js) + " is not the one the manifest "
                            + site.manifest() + " describes (" + Files.size(site.output().resolve(js)) + " bytes, not "
                            + site.read().file(js).size() + "): it changed after collect. Run collect again, then publish.");
            assertThat(bucket().keySet()).noneMatch(k -> k.startsWith("static/.ecstatic/"));
        }

        @Test
        void aManifestNamingPublishsOwnDirectoryIsRefused() throws Exception {
            Files.writeString(site.manifest(), "{\"version\": 1, \"paths\": {\".ecstatic/x.css\": \".ecstatic/x.0123456789ab.css\"},"
                    + " \"files\": {\".ecstatic/x.0123456789ab.css\": {\"size\": 1}}}");
            assertThatThrownBy(() -> publish(options, new RequestLog()))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The manifest " + site.manifest() + " names \".ecstatic/x.css\", below .ecstatic/, where"
                            + " publish keeps its own records. Rename that directory among the static files, or exclude it"
                            + " from collect.");
        }

        @Test
        void aManifestWithANameOutsideTheOutputIsRefusedBeforeAnythingIsRead() throws Exception {
            Files.writeString(site.manifest(), "{\"version\": 1, \"paths\": {}, \"files\": {\"../secret.0123456789ab.txt\": {\"size\": 1}}}");
            RequestLog log = new RequestLog();
            assertThatThrownBy(() -> publish(options, log))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessageContaining("holds a '..' segment; names stay below the static root");
            assertThat(log.sent()).isEmpty();
        }
    }
}
