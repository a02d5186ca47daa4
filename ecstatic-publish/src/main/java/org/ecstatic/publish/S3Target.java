package org.ecstatic.publish;

import org.ecstatic.runtime.manifest.Names;

/**
 * Where files are published: a bucket and a key prefix, written {@code s3://BUCKET/PREFIX}. Every
 * object publish writes, reads or deletes has a key that starts with the prefix.
 *
 * <pre>{@code
 * S3Target t = S3Target.parse("s3://assets.example.com/static");
 * t.bucket();                  // "assets.example.com"
 * t.prefix();                  // "static/"
 * t.key("css/site.css");       // "static/css/site.css"
 * }</pre>
 *
 * @param bucket the bucket name
 * @param prefix the key prefix: empty, or plain path segments ending in {@code /}
 */
public record S3Target(String bucket, String prefix) {

    /**
     * Parses {@code s3://BUCKET}, {@code s3://BUCKET/} or {@code s3://BUCKET/PREFIX}; a trailing slash
     * of the prefix is optional.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code url}
     */
    public static S3Target parse(String url) {
        if (url == null || !url.startsWith("s3://")) {
            throw new IllegalArgumentException("'" + url + "' is not of the form s3://BUCKET/PREFIX");
        }
        String rest = url.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        String bucketProblem = bucketProblem(bucket);
        if (bucketProblem != null) {
            throw new IllegalArgumentException("the bucket name '" + bucket + "' in " + url + " " + bucketProblem);
        }
        if (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (!prefix.isEmpty()) {
            String problem = Names.problem(prefix);
            if (problem != null) {
                throw new IllegalArgumentException("the prefix '" + prefix + "' in " + url + " " + problem);
            }
            prefix = prefix + "/";
        }
        return new S3Target(bucket, prefix);
    }

    /** Returns the key of {@code name}, a plain name relative to the prefix. */
    public String key(String name) {
        return prefix + name;
    }

    /** Returns the name of {@code key} relative to the prefix, or null when the key is outside it. */
    String nameOf(String key) {
        return key.startsWith(prefix) && key.length() > prefix.length() ? key.substring(prefix.length()) : null;
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + prefix;
    }

    /** S3's rules for bucket names, which MinIO, R2 and Ceph follow too. */
    private static String bucketProblem(String bucket) {
        if (bucket.length() < 3 || bucket.length() > 63) {
            return "must have 3 to 63 characters";
        }
        for (int i = 0; i < bucket.length(); i++) {
            char c = bucket.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return "may hold only lowercase letters, digits, '-' and '.'";
            }
        }
        char first = bucket.charAt(0);
        char last = bucket.charAt(bucket.length() - 1);
        if (first == '-' || first == '.' || last == '-' || last == '.' || bucket.contains("..")) {
            return "must start and end with a letter or digit, with no '..'";
        }
        return null;
    }
}
