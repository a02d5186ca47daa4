package org.ecstatic.runtime.manifest;

import java.util.Optional;

/**
 * Where the content hash sits in a file name: {@code css/site.css} becomes
 * {@code css/site.3f2a1b9c0d4e.css}. Only the last extension moves ({@code app.min.js} becomes
 * {@code app.min.<h>.js}); a name without an extension gets the hash at its end ({@code LICENSE}
 * becomes {@code LICENSE.<h>}); a name that already carries {@code .<12 hex>} before its extension
 * has it replaced, never doubled. How the hash is computed is {@link Digest}'s business.
 *
 * <pre>{@code
 * HashedName.format("css/site.css", "3f2a1b9c0d4e");   // "css/site.3f2a1b9c0d4e.css"
 * HashedName.parse("css/site.3f2a1b9c0d4e.css")        // Optional[css/site.css, 3f2a1b9c0d4e]
 * }</pre>
 *
 * @param unhashed the name without the hash, e.g. {@code css/site.css}
 * @param hash     the 12 lowercase hex digits, e.g. {@code 3f2a1b9c0d4e}
 */
public record HashedName(String unhashed, String hash) {

    public HashedName {
        if (unhashed == null || unhashed.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (!isHash(hash)) {
            throw new IllegalArgumentException(
                    "hash must be " + Digest.SHORT_HEX_LENGTH + " lowercase hex digits, not '" + hash + "'");
        }
    }

    /** Returns the hashed form, e.g. {@code css/site.3f2a1b9c0d4e.css}. */
    public String hashed() {
        return format(unhashed, hash);
    }

    /**
     * Returns {@code name} with {@code hash} placed before its last extension, replacing a hash that
     * is already there. Directories in {@code name} are kept as they are.
     *
     * @throws IllegalArgumentException when {@code hash} is not 12 lowercase hex digits or
     *                                  {@code name} ends in {@code /}
     */
    public static String format(String name, String hash) {
        if (!isHash(hash)) {
            throw new IllegalArgumentException(
                    "hash must be " + Digest.SHORT_HEX_LENGTH + " lowercase hex digits, not '" + hash + "'");
        }
        long span = hashSpan(name);
        int cut = (int) (span >>> 32);
        int resume = (int) span;
        return new StringBuilder(cut + 1 + hash.length() + name.length() - resume)
                .append(name, 0, cut).append('.').append(hash).append(name, resume, name.length()).toString();
    }

    /**
     * Returns where {@link #format} puts the hash in {@code name}: the hashed name is the one for any
     * hash with the 12 characters from this index replaced. For writing a file under its hashed name
     * before its hash is known to the caller.
     *
     * @throws IllegalArgumentException when {@code name} ends in {@code /}
     */
    public static int hashIndex(String name) {
        return (int) (hashSpan(name) >>> 32) + 1;
    }

    /**
     * Where the hash goes in {@code name}, worked out on its characters (a collect formats a name for
     * every file and every reference): {@code name[0, cut) + "." + hash + name[resume, end)} is what
     * {@link #format} returns, with the two packed as {@code cut << 32 | resume}. The split is that of
     * {@link Parts}: the stem, a hash already there, the last extension.
     */
    private static long hashSpan(String name) {
        int file = name.lastIndexOf('/') + 1;
        int end = name.length();
        if (file == end) {
            throw new IllegalArgumentException("'" + name + "' names a directory, not a file");
        }
        int dot = name.lastIndexOf('.');
        if (dot <= file) {
            // no extension (a leading dot does not start one)
            return (long) end << 32 | end;
        }
        if (isHash(name, dot + 1, end)) {
            // "LICENSE.<hash>": the last segment is itself the hash and there is no extension
            return (long) dot << 32 | end;
        }
        int hashDot = name.lastIndexOf('.', dot - 1);
        if (hashDot > file && isHash(name, hashDot + 1, dot)) {
            return (long) hashDot << 32 | dot;
        }
        return (long) dot << 32 | dot;
    }

    /**
     * Parses a name that carries a hash before its last extension (or at its end when it has none).
     *
     * @return the name split into its unhashed form and hash, or empty when {@code name} carries no
     *         well-formed hash
     */
    public static Optional<HashedName> parse(String name) {
        int slash = name.lastIndexOf('/');
        String dir = name.substring(0, slash + 1);
        String file = name.substring(slash + 1);
        Parts parts = Parts.of(file);
        if (parts.hash == null) {
            return Optional.empty();
        }
        return Optional.of(new HashedName(dir + parts.stem + parts.extension, parts.hash));
    }

    /** Returns the name with its hash taken out, or {@code name} itself when it carries none. */
    public static String strip(String name) {
        return parse(name).map(HashedName::unhashed).orElse(name);
    }

    /** Returns whether {@code s} is exactly 12 lowercase hex digits. */
    public static boolean isHash(String s) {
        return s != null && isHash(s, 0, s.length());
    }

    /** Whether {@code s[start, end)} is a hash as {@link #isHash(String)} takes one. */
    private static boolean isHash(String s, int start, int end) {
        if (end - start != Digest.SHORT_HEX_LENGTH) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return hashed();
    }

    /** A file name split as {@code stem[.hash]extension}; a leading dot does not start an extension. */
    private record Parts(String stem, String hash, String extension) {
        static Parts of(String file) {
            int dot = file.lastIndexOf('.');
            String stem = dot > 0 ? file.substring(0, dot) : file;
            String extension = dot > 0 ? file.substring(dot) : "";
            // "LICENSE.<hash>": the last segment is itself the hash and there is no extension.
            if (dot > 0 && isHash(extension.substring(1))) {
                return new Parts(stem, extension.substring(1), "");
            }
            int hashDot = stem.lastIndexOf('.');
            if (hashDot > 0 && isHash(stem.substring(hashDot + 1))) {
                return new Parts(stem.substring(0, hashDot), stem.substring(hashDot + 1), extension);
            }
            return new Parts(stem, null, extension);
        }
    }
}
