package org.ecstatic.publish;

import java.nio.file.Path;

/**
 * One object to upload: its name below the prefix, where its bytes come from (a file under the output
 * directory, or bytes in memory for the manifest) and the headers it gets.
 *
 * @param name            the name below the prefix, already checked to be plain
 * @param file            the file to send, or null when {@code bytes} are sent
 * @param bytes           the bytes to send, or null when {@code file} is sent
 * @param size            the number of bytes
 * @param contentType     the Content-Type
 * @param contentEncoding the Content-Encoding ({@code br}, {@code gzip}), or null
 * @param cacheControl    the Cache-Control
 * @param integrity       the {@code sha256-<base64>} the manifest records for the file, or null; the file
 *                        must still hold exactly these bytes
 */
record Upload(String name, Path file, byte[] bytes, long size, String contentType, String contentEncoding,
              String cacheControl, String integrity) {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String NO_CACHE = "no-cache";

    /** Returns the upload of a file. */
    static Upload ofFile(String name, Path file, long size, String contentType, String contentEncoding,
                         String cacheControl, String integrity) {
        return new Upload(name, file, null, size, contentType, contentEncoding, cacheControl, integrity);
    }

    /** Returns the upload of bytes held in memory. */
    static Upload ofBytes(String name, byte[] bytes, String contentType, String cacheControl) {
        return new Upload(name, null, bytes, bytes.length, contentType, null, cacheControl, null);
    }
}
