package org.ecstatic.runtime.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The SHA-256 of a file's bytes, and the two forms it is shown in: the 12 hex digits that go into a
 * hashed name and the Subresource Integrity value.
 *
 * <pre>{@code
 * Digest d = Digest.of(bytes);
 * d.shortHex();   // "3f2a1b9c0d4e"
 * d.integrity();  // "sha256-P...="
 * }</pre>
 */
public final class Digest {
    /** Number of hex digits of the digest that go into a hashed name. */
    public static final int SHORT_HEX_LENGTH = 12;

    private final byte[] sha256;

    private Digest(byte[] sha256) {
        this.sha256 = sha256;
    }

    /** Returns the digest of {@code bytes}. */
    public static Digest of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    /** Returns the digest of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static Digest of(byte[] bytes, int offset, int length) {
        MessageDigest md = newSha256();
        md.update(bytes, offset, length);
        return new Digest(md.digest());
    }

    /** Returns the digest of everything {@code in} yields; the stream is read to its end, not closed. */
    public static Digest of(InputStream in) {
        MessageDigest md = newSha256();
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                md.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Digest(md.digest());
    }

    /** Returns a new SHA-256 {@link MessageDigest}. */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Wraps a finished SHA-256 digest (32 bytes). */
    public static Digest ofSha256(byte[] sha256) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + sha256.length);
        }
        return new Digest(sha256.clone());
    }

    /** Returns the first 12 lowercase hex digits, the part that goes into a hashed name. */
    public String shortHex() {
        return hex().substring(0, SHORT_HEX_LENGTH);
    }

    /** Returns all 64 lowercase hex digits. */
    public String hex() {
        return HexFormat.of().formatHex(sha256);
    }

    /** Returns the Subresource Integrity value, {@code sha256-<base64>}. */
    public String integrity() {
        return "sha256-" + Base64.getEncoder().encodeToString(sha256);
    }

    /** Returns a copy of the 32 digest bytes. */
    public byte[] bytes() {
        return sha256.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Digest other && Arrays.equals(sha256, other.sha256);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return "sha256:" + hex();
    }
}
