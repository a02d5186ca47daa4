package org.ecstatic.runtime.manifest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a name becomes the path of a URL: each segment percent-encoded as UTF-8, the slashes between
 * them kept. Letters, digits, {@code - . _ ~} and {@code ! $ & * + , = : @} stay as they are; every
 * other character is encoded, {@code % # ? ;} and space among them, so that a file named
 * {@code img/a#b.png} is asked for as {@code img/a%23b.png}, not as {@code img/a}. The serving filter
 * decodes a request path once, so the two agree.
 *
 * <pre>{@code
 * UrlPaths.encode("img/caf\u00e9 #1.png");   // "img/caf%C3%A9%20%231.png"
 * }</pre>
 */
public final class UrlPaths {
    private static final boolean[] RAW = new boolean[128];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            RAW[c] = true;
            RAW[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            RAW[c] = true;
        }
        for (char c : "-._~!$&*+,=:@/".toCharArray()) {
            RAW[c] = true;
        }
    }

    private UrlPaths() {
    }

    /** Returns {@code name} with each path segment percent-encoded; the same string when nothing needs it. */
    public static String encode(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) < 128 && RAW[name.charAt(i)]) {
            i++;
        }
        if (i == name.length()) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length() + 16).append(name, 0, i);
        for (byte b : name.substring(i).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && RAW[c]) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    /**
     * Returns {@code path} percent-decoded once as UTF-8 ({@code img/a%23b.png} gives {@code img/a#b.png});
     * the same string when it holds no {@code %}; null when an escape is malformed or the bytes are
     * not UTF-8.
     */
    public static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); ) {
            if (path.charAt(i) == '%') {
                int high = i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(path.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                if (!flush(bytes, out)) {
                    return null;
                }
                int cp = path.codePointAt(i);
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        return flush(bytes, out) ? out.toString() : null;
    }

    /** Appends the collected bytes decoded as UTF-8; false when they are not UTF-8. */
    private static boolean flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() == 0) {
            return true;
        }
        try {
            out.append(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())));
            bytes.reset();
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
