package org.ecstatic.tools.rewrite;

/** Backslash escapes as CSS writes them in strings and unquoted {@code url()}s. */
final class CssEscapes {

    private CssEscapes() {
    }

    /**
     * Returns {@code s} with its escapes undone: {@code \)} gives {@code )}, {@code \20 } (1 to 6 hex
     * digits and one optional white space) gives the code point, a backslash before a line break
     * gives nothing; a backslash at the end stays.
     */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                i++;
            } else {
                i = unescapeOne(s, i + 1, out);
            }
        }
        return out.toString();
    }

    /** Appends what the escape whose body starts at {@code i} stands for; returns the index after it. */
    private static int unescapeOne(String s, int i, StringBuilder out) {
        int hexEnd = i;
        while (hexEnd < s.length() && hexEnd - i < 6 && Character.digit(s.charAt(hexEnd), 16) >= 0) {
            hexEnd++;
        }
        if (hexEnd == i) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                return i + 2;
            }
            if (c != '\n' && c != '\r' && c != '\f') {
                out.append(c);
            }
            return i + 1;
        }
        int cp = Integer.parseInt(s, i, hexEnd, 16);
        out.appendCodePoint(cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)
                ? 0xFFFD : cp);
        if (hexEnd < s.length() && isWhitespace(s.charAt(hexEnd))) {
            return hexEnd + (s.startsWith("\r\n", hexEnd) ? 2 : 1);
        }
        return hexEnd;
    }

    /** Returns whether {@code c} is CSS white space. */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
