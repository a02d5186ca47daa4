package org.ecstatic.publish;

import org.ecstatic.runtime.EcstaticException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Uploads objects, at most {@code concurrency} at once. Each carries the checksum of the bytes read just
 * before, which the store verifies. The first failure stops the uploads not yet started; the ones under
 * way finish, and the failure is thrown once all have stopped.
 */
final class Uploader implements AutoCloseable {
    private final S3Client s3;
    private final PublishOptions options;
    private final S3Failures failures;
    private final Publisher.Progress progress;
    private final AtomicInteger requests;
    private final ExecutorService pool;

    Uploader(S3Client s3, PublishOptions options, S3Failures failures, Publisher.Progress progress, AtomicInteger requests) {
        this.s3 = s3;
        this.options = options;
        this.failures = failures;
        this.progress = progress;
        this.requests = requests;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(options.concurrency(), task -> {
            Thread thread = new Thread(task, "ecstatic-publish-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Uploads all of {@code uploads}, showing {@code phase} as progress.
     *
     * @return the number of bytes sent
     * @throws EcstaticException for the first upload that failed
     */
    long uploadAll(String phase, List<Upload> uploads) {
        AtomicLong bytes = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Future<?>> futures = uploads.stream().<Future<?>>map(upload -> pool.submit(() -> {
            if (failure.get() != null) {
                return;
            }
            try {
                bytes.addAndGet(put(upload));
                progress.update(phase, done.incrementAndGet(), uploads.size());
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        })).toList();
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new EcstaticException("Publishing was interrupted; run it again to upload the rest.", e);
            } catch (java.util.concurrent.ExecutionException e) {
                failure.compareAndSet(null, new EcstaticException(String.valueOf(e.getCause()), e.getCause()));
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return bytes.get();
    }

    /** Uploads one object; returns its size. */
    long put(Upload upload) {
        FileDigests digests = digests(upload);
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(options.target().bucket())
                .key(options.target().key(upload.name())).contentType(upload.contentType())
                .cacheControl(upload.cacheControl()).contentLength(digests.size());
        if (upload.contentEncoding() != null) {
            request.contentEncoding(upload.contentEncoding());
        }
        if (options.checksum() == PublishOptions.Checksum.SHA256) {
            request.checksumSHA256(digests.sha256());
        } else {
            request.contentMD5(digests.md5());
        }
        RequestBody body = upload.file() != null ? RequestBody.fromFile(upload.file()) : RequestBody.fromBytes(upload.bytes());
        try {
            requests.incrementAndGet();
            s3.putObject(request.build(), body);
        } catch (EcstaticException e) {
            throw e;
        } catch (RuntimeException e) { // the SDK's, or one an interceptor threw
            if (upload.file() != null && !Files.exists(upload.file())) {
                throw missing(upload);
            }
            throw failures.explain(e, "upload", upload.name());
        }
        return digests.size();
    }

    private FileDigests digests(Upload upload) {
        if (upload.file() == null) {
            return FileDigests.of(upload.bytes());
        }
        FileDigests digests;
        try {
            digests = FileDigests.of(upload.file());
        } catch (NoSuchFileException e) {
            throw missing(upload);
        } catch (IOException e) {
            throw new EcstaticException("The file " + upload.file() + " could not be read: " + e
                    + ". Check its permissions, or run collect again.", e);
        }
        if (digests.size() != upload.size() || upload.integrity() != null && !upload.integrity().equals(digests.integrity())) {
            throw new EcstaticException("The file " + upload.file() + " is not the one the manifest " + options.manifest()
                    + " describes (" + (digests.size() != upload.size() ? digests.size() + " bytes, not " + upload.size()
                    : "another SHA-256") + "): it changed after collect. Run collect again, then publish.");
        }
        return digests;
    }

    private EcstaticException missing(Upload upload) {
        return new EcstaticException("The file " + upload.file() + ", which the manifest " + options.manifest()
                + " names, is missing: it was deleted after collect. Run collect again, then publish.");
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
