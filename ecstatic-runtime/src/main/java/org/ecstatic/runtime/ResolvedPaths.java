package org.ecstatic.runtime;

import java.nio.charset.StandardCharsets;

/**
 * A name spelled as a browser spells the path of a URL it resolves ({@code new URL('./a(1).js', base)}):
 * only what the URL standard's path percent-encode set holds is encoded (controls, space,
 * {@code " # < > ? `} {@code { }} and every non-ASCII character, as UTF-8). {@code UrlPaths} encodes
 * more ({@code ( ) ' ; [ ] ^ |}), and a browser does not decode those before comparing a resolved
 * URL with an import map's keys, so a module with such a name needs its key in this spelling too.
 */
final class ResolvedPaths {
    private static final String ENCODED = " \"#<>?`{}";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ResolvedPaths() {
    }

    /** Returns {@code name} as a browser writes it in a resolved URL's path; the same string when nothing needs it. */
    static String encode(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean encoded = c < 0x20 || c >= 0x7f || ENCODED.indexOf(c) >= 0;
            if (encoded && out == null) {
                out = new StringBuilder(name.length() + 16).append(name, 0, i);
            }
            if (!encoded) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < name.length() ? i + 2 : i + 1;
            for (byte b : name.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
            }
            i = end - 1;
        }
        return out == null ? name : out.toString();
    }
}
