package org.ecstatic.runtime.serving;

import org.ecstatic.runtime.dev.WebAppFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One encoding of a static file (as it is, brotli or gzip), with everything a response needs worked
 * out in advance: its strong ETag, its length, the Content-Range of a 416, and either its bytes held
 * in memory or the name it is streamed from.
 *
 * @param contentEncoding {@code br}, {@code gzip}, or null for the file as it is
 * @param etag            the strong ETag, quoted, e.g. {@code "3f2a1b9c0d4e-br"}
 * @param length          the number of bytes
 * @param bytes           the bytes when held in memory, else null
 * @param name            the name under the static prefix the bytes are read from
 */
record Representation(String contentEncoding, String etag, long length, byte[] bytes, String name) {

    /** Returns the Content-Range of a 416 response, {@code bytes *}{@code /<length>}. */
    String unsatisfiedRange() {
        return "bytes */" + length;
    }

    /** Returns the Content-Range of a part, {@code bytes <first>-<last>/<length>}. */
    String contentRange(ByteRange range) {
        return "bytes " + range.first() + "-" + range.last() + "/" + length;
    }

    /** Returns the number of bytes this representation holds in memory. */
    long memory() {
        return bytes == null ? 0 : bytes.length;
    }

    /** Writes {@code count} bytes from {@code first} to {@code out}, from memory or streamed from {@code files}. */
    void write(OutputStream out, WebAppFiles files, long first, long count) throws IOException {
        if (bytes != null) {
            out.write(bytes, (int) first, (int) count);
            return;
        }
        try (InputStream in = files.open(name)) {
            in.skipNBytes(first);
            byte[] buffer = new byte[(int) Math.min(count, 64 * 1024)];
            for (long left = count; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("The static file " + name + " became shorter after it was indexed");
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }
}
