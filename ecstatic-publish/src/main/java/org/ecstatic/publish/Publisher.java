package org.ecstatic.publish;

import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.runtime.manifest.Names;
import org.ecstatic.tools.CollectReport;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes the output of collect to an S3-compatible bucket behind a CDN: every hashed file the bucket
 * does not hold yet (and its {@code .br}/{@code .gz} forms) with {@code Cache-Control: public,
 * max-age=31536000, immutable}; then the unhashed names that changed and the manifest, with
 * {@code Cache-Control: no-cache}, only once every file the manifest names is there. What the bucket
 * holds is learned from one listing of the prefix. A run that failed part-way uploads only what is
 * missing when run again.
 *
 * <pre>{@code
 * PublishReport report = Publisher.publish(PublishOptions.builder(Path.of("target/static"),
 *         Path.of("target/classes/META-INF/ecstatic/manifest.json"), S3Target.parse("s3://assets/static")).build(),
 *     Publisher.Progress.NONE);
 * System.out.println(report.summary());
 * }</pre>
 */
public final class Publisher {
    /** Told how far a publish has come: {@code update("uploading", 412, 5000)}. Called from several threads. */
    @FunctionalInterface
    public interface Progress {
        /** Shows nothing. */
        Progress NONE = (phase, done, total) -> { };

        void update(String phase, int done, int total);
    }

    private final PublishOptions options;
    private final S3Client s3;
    private final Progress progress;
    private final S3Failures failures;
    private final Path output;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> actions = new ArrayList<>();
    private int uploaded;
    private int skipped;
    private long bytes;

    /** Returns a publisher that talks to the store through {@code s3}, which stays open. */
    public Publisher(PublishOptions options, S3Client s3, Progress progress) {
        this.options = options;
        this.s3 = s3;
        this.progress = progress;
        this.failures = new S3Failures(options.target(), options.endpoint());
        this.output = realOutput(options.output());
    }

    /**
     * Publishes with a client made from the options ({@link S3Clients#create}) and closes it.
     *
     * @throws EcstaticException saying what failed and what to do; the bucket is left consistent
     */
    public static PublishReport publish(PublishOptions options, Progress progress) {
        try (S3Client s3 = S3Clients.create(options)) {
            return new Publisher(options, s3, progress).publish();
        }
    }

    /**
     * Publishes, or in a dry run works out what it would do. Each call starts afresh: the listing tells
     * what is in the bucket now.
     *
     * @throws EcstaticException saying what failed and what to do; the bucket is left consistent
     */
    public PublishReport publish() {
        long start = System.nanoTime();
        requests.set(0);
        actions.clear();
        uploaded = 0;
        skipped = 0;
        bytes = 0;
        Manifest manifest = readManifest();
        BucketListing listing = list();
        List<Upload> files = files(manifest, listing);
        List<Upload> unhashed = unhashed(manifest, listing);
        byte[] manifestBytes = manifest.toJson();
        List<String> entries = ManifestHistory.entries(listing.objects().keySet());
        List<Upload> records = records(manifestBytes, listing, entries);
        int deleted;
        try (Uploader uploader = new Uploader(s3, options, failures, progress, requests)) {
            upload(uploader, "uploading", files);
            upload(uploader, "uploading unhashed names", unhashed);
            upload(uploader, "uploading the manifest", records);
            deleted = options.keep() < 0 ? 0 : prune(manifest, listing, entries);
        }
        return new PublishReport(options.target(), uploaded, skipped, bytes, deleted, requests.get(),
                System.nanoTime() - start, options.dryRun(), actions);
    }

    private Manifest readManifest() {
        Manifest manifest = Manifest.read(options.manifest());
        manifest.files().keySet().forEach(name -> {
            if (HashedName.parse(name).isEmpty()) {
                throw new EcstaticException("The manifest " + options.manifest() + " lists \"" + name + "\" under files,"
                        + " which is not a hashed name. Run collect again to write a sound manifest.");
            }
        });
        for (Map<String, ?> names : List.of(manifest.paths(), manifest.files())) {
            names.keySet().stream().filter(ManifestHistory::isRecord).findFirst().ifPresent(name -> {
                throw new EcstaticException("The manifest " + options.manifest() + " names \"" + name + "\", below "
                        + ManifestHistory.DIRECTORY + ", where publish keeps its own records. Rename that directory "
                        + "among the static files, or exclude it from collect.");
            });
        }
        return manifest;
    }

    private BucketListing list() {
        try {
            BucketListing listing = BucketListing.list(s3, options.target());
            requests.addAndGet(listing.requests());
            return listing;
        } catch (SdkException e) {
            throw failures.explain(e, "list", null);
        }
    }

    /** The hashed files and their compressed forms that the bucket lacks, each checked to be in the output. */
    private List<Upload> files(Manifest manifest, BucketListing listing) {
        List<Upload> uploads = new ArrayList<>();
        manifest.files().forEach((name, entry) -> {
            String contentType = org.ecstatic.runtime.serving.ContentTypes.of(name);
            BucketListing.Listed listed = listing.get(name);
            if (listed != null && (entry.size() < 0 || listed.size() == entry.size())) {
                skipped++;
            } else {
                Path file = localFile(name);
                uploads.add(Upload.ofFile(name, file, entry.size() < 0 ? size(file) : entry.size(), contentType, null,
                        Upload.IMMUTABLE, entry.integrity()));
            }
            if (!options.precompressed()) {
                return;
            }
            for (String encoding : entry.encodings()) {
                String compressed = name + (encoding.equals("gzip") ? ".gz" : "." + encoding);
                if (listing.get(compressed) != null) {
                    skipped++;
                } else {
                    Path file = localFile(compressed);
                    uploads.add(Upload.ofFile(compressed, file, size(file), contentType, encoding, Upload.IMMUTABLE, null));
                }
            }
        });
        return uploads;
    }

    /** The unhashed names whose bytes differ from the object of that name (its ETag is not their MD5). */
    private List<Upload> unhashed(Manifest manifest, BucketListing listing) {
        List<String> names = new ArrayList<>(manifest.paths().keySet());
        List<Upload> uploads = names.parallelStream().map(name -> {
            Path file = localFile(name);
            BucketListing.Listed listed = listing.get(name);
            if (listed != null && listed.eTag().equals(digests(file).md5Hex())) {
                return null;
            }
            return Upload.ofFile(name, file, size(file), org.ecstatic.runtime.serving.ContentTypes.of(name), null, Upload.NO_CACHE, null);
        }).filter(java.util.Objects::nonNull).toList();
        skipped += names.size() - uploads.size();
        return uploads;
    }

    /** The history entry and the current manifest, unless the bucket has this manifest already. */
    private List<Upload> records(byte[] manifestBytes, BucketListing listing, List<String> entries) {
        List<Upload> records = new ArrayList<>();
        String hash = ManifestHistory.shortHash(manifestBytes);
        if (entries.isEmpty() || !ManifestHistory.hashOf(entries.get(entries.size() - 1)).equals(hash)) {
            String entry = ManifestHistory.entryName(Instant.now(), manifestBytes);
            records.add(Upload.ofBytes(entry, manifestBytes, "application/json", Upload.NO_CACHE));
            entries.add(entry);
        }
        BucketListing.Listed current = listing.get(ManifestHistory.CURRENT);
        if (current == null || !current.eTag().equals(FileDigests.of(manifestBytes).md5Hex())) {
            records.add(Upload.ofBytes(ManifestHistory.CURRENT, manifestBytes, "application/json", Upload.NO_CACHE));
        }
        skipped += 2 - records.size();
        return records;
    }

    private void upload(Uploader uploader, String phase, List<Upload> uploads) {
        if (options.dryRun()) {
            uploads.forEach(u -> actions.add("upload " + u.name() + " (" + CollectReport.size(u.size()) + ", "
                    + u.contentType() + (u.contentEncoding() == null ? "" : ", " + u.contentEncoding()) + ", "
                    + u.cacheControl() + ")"));
            bytes += uploads.stream().mapToLong(Upload::size).sum();
        } else {
            bytes += uploader.uploadAll(phase, uploads);
        }
        uploaded += uploads.size();
    }

    /** Deletes what none of the newest {@code keep} manifests names; returns how many objects. */
    private int prune(Manifest current, BucketListing listing, List<String> entries) {
        int first = Math.max(0, entries.size() - options.keep());
        List<Manifest> kept = new ArrayList<>();
        for (String entry : entries.subList(first, entries.size() - 1)) {
            kept.add(readEntry(entry));
        }
        kept.add(current); // the newest entry: the manifest just published
        List<String> deletions = Pruning.deletions(listing.objects().keySet(), kept, entries.subList(0, first));
        if (options.dryRun()) {
            deletions.forEach(name -> actions.add("delete " + name));
        } else {
            delete(deletions);
        }
        return deletions.size();
    }

    private Manifest readEntry(String entry) {
        String source = "s3://" + options.target().bucket() + "/" + options.target().key(entry);
        ResponseBytes<GetObjectResponse> bytes;
        try {
            requests.incrementAndGet();
            bytes = s3.getObjectAsBytes(r -> r.bucket(options.target().bucket()).key(options.target().key(entry)));
        } catch (SdkException e) {
            throw failures.explain(e, "read", entry);
        }
        try {
            return Manifest.parse(bytes.asInputStream(), source);
        } catch (EcstaticException e) {
            throw new EcstaticException(e.getMessage() + " Nothing was deleted: remove or repair that history entry,"
                    + " then prune again.", e);
        }
    }

    private void delete(List<String> names) {
        for (int from = 0; from < names.size(); from += 1000) {
            List<ObjectIdentifier> batch = names.subList(from, Math.min(names.size(), from + 1000)).stream()
                    .map(name -> ObjectIdentifier.builder().key(options.target().key(name)).build()).toList();
            DeleteObjectsResponse response;
            try {
                requests.incrementAndGet();
                response = s3.deleteObjects(r -> r.bucket(options.target().bucket())
                        .delete(Delete.builder().objects(batch).quiet(true).build()));
            } catch (SdkException e) {
                throw failures.explain(e, "delete", names.get(from));
            }
            if (!response.errors().isEmpty()) {
                S3Error error = response.errors().get(0);
                throw new EcstaticException("The store did not delete " + response.errors().size() + " of the "
                        + batch.size() + " objects, the first s3://" + options.target().bucket() + "/" + error.key()
                        + " (" + error.code() + ": " + error.message() + "). Check the credentials' s3:DeleteObject"
                        + " permission, then prune again.");
            }
        }
    }

    /** Returns the file of {@code name}, a plain name, under the output directory; it must be a regular file there. */
    private Path localFile(String name) {
        String problem = Names.problem(name);
        if (problem != null) {
            throw new EcstaticException("The manifest " + options.manifest() + " names \"" + name + "\", which " + problem
                    + ". Run collect again to write a sound manifest.");
        }
        Path file = output.resolve(name);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(file)) {
                throw new EcstaticException("The file " + file + " is a symbolic link; publish reads only files inside "
                        + options.output() + ". Run collect again.");
            }
            throw new EcstaticException("The file " + file + ", which the manifest " + options.manifest()
                    + " names, is missing: it was deleted after collect. Run collect again, then publish.");
        }
        try {
            if (!file.toRealPath().startsWith(output)) {
                throw new EcstaticException("The file " + file + " lies outside " + options.output() + " through a"
                        + " symbolic link; publish reads only files inside it. Run collect again.");
            }
        } catch (IOException e) {
            throw new EcstaticException("The file " + file + " could not be read: " + e + ". Run collect again.", e);
        }
        return file;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileDigests digests(Path file) {
        try {
            return FileDigests.of(file);
        } catch (IOException e) {
            throw new EcstaticException("The file " + file + " could not be read: " + e
                    + ". Check its permissions, or run collect again.", e);
        }
    }

    private static Path realOutput(Path output) {
        try {
            return output.toRealPath();
        } catch (IOException e) {
            throw new EcstaticException("The output directory " + output + " does not exist. Run collect first, "
                    + "or check the output directory.", e);
        }
    }
}
