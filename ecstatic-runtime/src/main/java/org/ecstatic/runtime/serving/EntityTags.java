package org.ecstatic.runtime.serving;

/**
 * Matching of an entity-tag against the lists sent in {@code If-Match}, {@code If-None-Match} and
 * {@code If-Range}: {@code *}, or comma-separated {@code "tag"} / {@code W/"tag"}. Works on the
 * header string as it is, without splitting it.
 */
final class EntityTags {
    private EntityTags() {
    }

    /**
     * Returns whether {@code header} lists {@code etag} (a quoted strong tag such as {@code "3f2a1b9c0d4e"})
     * or is {@code *}.
     *
     * @param weak true for the weak comparison ({@code W/} prefixes ignored, If-None-Match), false for the
     *             strong one (weak tags never match, If-Match and If-Range)
     */
    static boolean matches(String header, String etag, boolean weak) {
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            if (c == '*') {
                return true;
            }
            boolean isWeak = c == 'W' && i + 1 < n && header.charAt(i + 1) == '/';
            int open = isWeak ? i + 2 : i;
            if (open >= n || header.charAt(open) != '"') {
                return false;
            }
            int close = header.indexOf('"', open + 1);
            if (close == -1) {
                return false;
            }
            if ((weak || !isWeak) && close + 1 - open == etag.length()
                    && header.regionMatches(open, etag, 0, etag.length())) {
                return true;
            }
            i = close + 1;
        }
        return false;
    }
}
