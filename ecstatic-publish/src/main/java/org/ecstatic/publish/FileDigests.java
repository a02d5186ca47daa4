package org.ecstatic.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The SHA-256 and MD5 of a file's bytes, from one read: the SHA-256 goes into
 * {@code x-amz-checksum-sha256} and is compared with the manifest's integrity, the MD5 into
 * {@code Content-MD5} and is compared with a listed ETag.
 *
 * @param sha256 the SHA-256, base64
 * @param md5    the MD5, base64
 * @param md5Hex the MD5, lowercase hex (what S3 gives as the ETag of an object uploaded in one part)
 * @param size   the number of bytes read
 */
record FileDigests(String sha256, String md5, String md5Hex, long size) {

    /** Reads {@code file} once; the IOException is the caller's to explain. */
    static FileDigests of(Path file) throws IOException {
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest md5 = digest("MD5");
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
                md5.update(buffer, 0, n);
                size += n;
            }
        }
        return of(sha256.digest(), md5.digest(), size);
    }

    /** Returns the digests of bytes held in memory. */
    static FileDigests of(byte[] bytes) {
        return of(digest("SHA-256").digest(bytes), digest("MD5").digest(bytes), bytes.length);
    }

    /** Returns the Subresource Integrity form of the SHA-256: {@code sha256-<base64>}. */
    String integrity() {
        return "sha256-" + sha256;
    }

    private static FileDigests of(byte[] sha256, byte[] md5, long size) {
        Base64.Encoder base64 = Base64.getEncoder();
        return new FileDigests(base64.encodeToString(sha256), base64.encodeToString(md5), HexFormat.of().formatHex(md5), size);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java", e);
        }
    }
}
