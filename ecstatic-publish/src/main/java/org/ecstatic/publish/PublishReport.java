package org.ecstatic.publish;

import org.ecstatic.tools.CollectReport;

import java.util.List;
import java.util.Locale;

/**
 * What one publish did, or would do in a dry run.
 *
 * @param target   where it published
 * @param uploaded how many objects it uploaded (files, their precompressed forms, unhashed names, manifests)
 * @param skipped  how many objects were already in the bucket as they should be
 * @param bytes    how many bytes it uploaded
 * @param deleted  how many objects {@code keep} deleted
 * @param requests how many requests it sent to the store (retries not counted)
 * @param nanos    how long it took
 * @param dryRun   whether it only said what it would do
 * @param actions  in a dry run, one line per object it would upload or delete ({@code upload css/site.3f2a1b9c0d4e.css}); else empty
 */
public record PublishReport(S3Target target, int uploaded, int skipped, long bytes, int deleted, int requests,
                            long nanos, boolean dryRun, List<String> actions) {

    public PublishReport {
        actions = List.copyOf(actions);
    }

    /**
     * Returns the one-line summary, e.g. {@code published to s3://assets/static/: uploaded 14 objects (58.1 kB),
     * skipped 2 already there, deleted 0, 3 requests, in 0.41 s}.
     */
    public String summary() {
        if (dryRun) {
            return String.format(Locale.ROOT, "dry run, nothing changed in %s: would upload %s (%s), skip %d already there,"
                    + " delete %d; %s, in %.2f s", target, objects(uploaded), CollectReport.size(bytes), skipped, deleted,
                    requestCount(), nanos / 1e9);
        }
        return String.format(Locale.ROOT, "published to %s: uploaded %s (%s), skipped %d already there, deleted %d, %s,"
                + " in %.2f s", target, objects(uploaded), CollectReport.size(bytes), skipped, deleted, requestCount(), nanos / 1e9);
    }

    private String requestCount() {
        return requests + (requests == 1 ? " request" : " requests");
    }

    private static String objects(int n) {
        return n + (n == 1 ? " object" : " objects");
    }
}
