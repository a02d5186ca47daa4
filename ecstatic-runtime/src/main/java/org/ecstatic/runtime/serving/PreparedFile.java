package org.ecstatic.runtime.serving;

/**
 * A servable static file with all its response metadata prepared once: Content-Type, Cache-Control,
 * Last-Modified, whether it varies by Accept-Encoding, and its representations (as it is, and the
 * precompressed brotli and gzip siblings when they exist). A request only selects among them.
 *
 * @param contentType      the Content-Type header value
 * @param cacheControl     the Cache-Control header value
 * @param modified         the last modification in milliseconds since the epoch, as the context reports it
 * @param lastModifiedDate the Last-Modified header value
 * @param identity         the file as it is
 * @param br               the brotli sibling, or null
 * @param gzip             the gzip sibling, or null
 */
record PreparedFile(String contentType, String cacheControl, long modified, String lastModifiedDate,
                  Representation identity, Representation br, Representation gzip) {

    /** {@code Cache-Control} of a file whose name carries its content hash. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** {@code Cache-Control} of a file whose name does not change with its content. */
    static final String REVALIDATE = "no-cache";

    /** Returns whether the file's name carries its content hash, so that it never changes. */
    boolean isImmutable() {
        return IMMUTABLE.equals(cacheControl);
    }

    /** Returns the last modification in whole seconds since the epoch, as Last-Modified shows it. */
    long lastModified() {
        return Math.floorDiv(modified, 1000);
    }

    /** Returns whether the response depends on Accept-Encoding ({@code Vary: Accept-Encoding}). */
    boolean hasVariants() {
        return br != null || gzip != null;
    }

    /** Returns the representation the Accept-Encoding header (null when absent) prefers. */
    Representation select(String acceptEncoding) {
        if (!hasVariants()) {
            return identity;
        }
        String encoding = AcceptEncoding.choose(acceptEncoding, br != null, gzip != null);
        if (encoding == null) {
            return identity;
        }
        return encoding.equals(AcceptEncoding.BR) ? br : gzip;
    }

    /** Returns the number of bytes this file holds in memory, all representations together. */
    long memory() {
        return identity.memory() + (br == null ? 0 : br.memory()) + (gzip == null ? 0 : gzip.memory());
    }
}
