package org.ecstatic.publish;

import org.ecstatic.runtime.manifest.Names;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the bucket holds under the prefix, learned from ListObjectsV2 (one request per 1,000 objects),
 * never from a request per file. Keys whose name below the prefix is not a plain name ({@link Names})
 * are set aside: publish never reads, overwrites or deletes them.
 */
final class BucketListing {
    /** One listed object: its size and its ETag without quotes, lowercase. */
    record Listed(long size, String eTag) {
    }

    private final SortedMap<String, Listed> objects;
    private final List<String> notPlain;
    private final int requests;

    private BucketListing(SortedMap<String, Listed> objects, List<String> notPlain, int requests) {
        this.objects = Collections.unmodifiableSortedMap(objects);
        this.notPlain = List.copyOf(notPlain);
        this.requests = requests;
    }

    /** Lists every object under the target's prefix, 1,000 a request; the SDK's exceptions are passed on. */
    static BucketListing list(S3Client s3, S3Target target) {
        return list(s3, target, 1000);
    }

    /** Lists every object under the target's prefix, at most {@code pageSize} a request. */
    static BucketListing list(S3Client s3, S3Target target, int pageSize) {
        SortedMap<String, Listed> objects = new TreeMap<>();
        List<String> notPlain = new ArrayList<>();
        int requests = 0;
        String token = null;
        do {
            ListObjectsV2Request.Builder request = ListObjectsV2Request.builder().bucket(target.bucket())
                    .prefix(target.prefix()).maxKeys(pageSize);
            if (token != null) {
                request.continuationToken(token);
            }
            ListObjectsV2Response page = s3.listObjectsV2(request.build());
            requests++;
            for (S3Object object : page.contents()) {
                String name = target.nameOf(object.key());
                if (name == null || !Names.isPlain(name)) {
                    notPlain.add(object.key());
                } else {
                    objects.put(name, new Listed(object.size() == null ? -1 : object.size(), eTag(object.eTag())));
                }
            }
            token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
        } while (token != null);
        return new BucketListing(objects, notPlain, requests);
    }

    /** Returns the object called {@code name} below the prefix, or null when there is none. */
    Listed get(String name) {
        return objects.get(name);
    }

    /** Returns every plain name below the prefix, sorted, with what was listed of it. */
    SortedMap<String, Listed> objects() {
        return objects;
    }

    /** Returns the keys that were left alone because their names are not plain. */
    List<String> notPlain() {
        return notPlain;
    }

    /** Returns how many ListObjectsV2 requests the listing took. */
    int requests() {
        return requests;
    }

    private static String eTag(String eTag) {
        if (eTag == null) {
            return "";
        }
        String bare = eTag.startsWith("\"") && eTag.endsWith("\"") && eTag.length() >= 2
                ? eTag.substring(1, eTag.length() - 1) : eTag;
        return bare.toLowerCase(Locale.ROOT);
    }
}
