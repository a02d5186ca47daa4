package org.ecstatic.tools.rewrite;

import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.UrlPaths;


/**
 * A reference target split into the path of the file it names and the query and/or fragment after
 * it, both exactly as written.
 *
 * <pre>{@code
 * ReferenceTarget t = ReferenceTarget.parse("../img/my%20image.png?#iefix");
 * t.path();                     // "../img/my%20image.png"
 * t.suffix();                   // "?#iefix"
 * t.decodedPath();              // "../img/my image.png"
 * t.withHash("3f2a1b9c0d4e");   // "../img/my%20image.3f2a1b9c0d4e.png?#iefix"
 * }</pre>
 *
 * @param path   everything before the first {@code ?} or {@code #}; may be empty
 * @param suffix the first {@code ?} or {@code #} and everything after it; empty when there is none
 */
public record ReferenceTarget(String path, String suffix) {

    public ReferenceTarget {
        if (path == null || suffix == null) {
            throw new IllegalArgumentException("path and suffix must not be null");
        }
    }

    /** Splits {@code target} at its first {@code ?} or {@code #}. */
    public static ReferenceTarget parse(String target) {
        if (target == null) {
            throw new IllegalArgumentException("target must not be null");
        }
        int cut = 0;
        while (cut < target.length() && target.charAt(cut) != '?' && target.charAt(cut) != '#') {
            cut++;
        }
        return new ReferenceTarget(target.substring(0, cut), target.substring(cut));
    }

    /**
     * Returns whether the target names a local file: a non-empty path without a scheme
     * ({@code data:}, {@code https:}, any other), not protocol-relative ({@code //host/x}) and not a
     * percent-encoded fragment ({@code %23x}). Fragment-only and query-only targets are not local.
     */
    public boolean isLocal() {
        return isLocalPath(path);
    }

    /** Returns what {@code parse(target).isLocal()} returns, without making the parts. */
    public static boolean isLocal(String target) {
        int cut = 0;
        while (cut < target.length() && target.charAt(cut) != '?' && target.charAt(cut) != '#') {
            cut++;
        }
        return isLocalPath(cut == target.length() ? target : target.substring(0, cut));
    }

    private static boolean isLocalPath(String path) {
        return !path.isEmpty()
                && !path.startsWith("//")
                && !path.regionMatches(true, 0, "%23", 0, 3)
                && !hasScheme(path);
    }

    /** Whether {@code path} starts with a scheme and its colon: a letter, then letters, digits, {@code +}, {@code .} or {@code -}. */
    private static boolean hasScheme(String path) {
        if (path.isEmpty() || !isAsciiLetter(path.charAt(0))) {
            return false;
        }
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Returns the path with CSS backslash escapes undone ({@code a\).png}, {@code my\20 image.png}) and
     * then percent-decoded as UTF-8 ({@code my%20image.png} gives {@code my image.png}); null when a
     * percent escape is malformed or the bytes are not UTF-8.
     */
    public String decodedPath() {
        return UrlPaths.decode(CssEscapes.unescape(path));
    }

    /**
     * Returns the target with {@code hash} in the last segment of its path, placed as
     * {@link HashedName#format(String, String)} places it (an existing hash is replaced), the
     * directories, the escapes and the suffix kept exactly as written. Where a CSS escape in the last
     * segment hides the extension ({@code a\2e png}), the path is decoded first and written
     * percent-encoded ({@link UrlPaths}), since the hash cannot be placed inside an escape.
     *
     * @throws IllegalArgumentException when {@code hash} is not 12 lowercase hex digits or the path is
     *                                  empty or ends in {@code /}
     */
    public String withHash(String hash) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("'" + path + suffix + "' names no file to hash");
        }
        String asWritten = HashedName.format(path, hash);
        if (path.indexOf('\\', path.lastIndexOf('/') + 1) >= 0) {
            // the hash went in the right place only if the escapes decode to the name it belongs in
            String unescaped = CssEscapes.unescape(path);
            String decoded = decodedPath();
            if (!CssEscapes.unescape(asWritten).equals(HashedName.format(unescaped, hash))
                    && decoded != null && !decoded.isEmpty() && !decoded.endsWith("/")) {
                return UrlPaths.encode(HashedName.format(decoded, hash)) + suffix;
            }
        }
        return asWritten + suffix;
    }

    @Override
    public String toString() {
        return path + suffix;
    }
}
