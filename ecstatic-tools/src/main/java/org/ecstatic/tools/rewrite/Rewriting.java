package org.ecstatic.tools.rewrite;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Replaces references in a text, leaving every other character as it was.
 *
 * <pre>{@code
 * String css = "a { background: url(img/a.png) }";
 * Reference ref = new CssRewriter().references(css).get(0);
 * Rewriting.apply(css, Map.of(ref, ReferenceTarget.parse(ref.target()).withHash("3f2a1b9c0d4e")));
 * // "a { background: url(img/a.3f2a1b9c0d4e.png) }"
 * }</pre>
 *
 * <p>A replacement is written so that it reads back as itself where it lands: inside quotes the quote
 * character and line breaks are escaped; in an unquoted {@code url()} white space, quotes and
 * parentheses are escaped with a backslash ({@code url(my\ image.png)}); in a source map comment
 * white space is percent-encoded. Backslash escapes already in the replacement are kept. A JavaScript
 * module specifier (a reference of any kind but {@link Reference.Kind#LINK}) is written as it is given.
 */
public final class Rewriting {

    private Rewriting() {
    }

    /**
     * Returns {@code text} with the range of each reference in {@code replacements} replaced by its
     * value; references not in the map and all text between them are kept byte for byte. Returns
     * {@code text} itself when the map is empty.
     *
     * @throws IllegalArgumentException when a reference does not match the text at its range (it was
     *                                  found in another text) or two references overlap
     */
    public static String apply(String text, Map<Reference, String> replacements) {
        if (text == null || replacements == null) {
            throw new IllegalArgumentException("text and replacements must not be null");
        }
        if (replacements.isEmpty()) {
            return text;
        }
        List<Map.Entry<Reference, String>> ordered = new ArrayList<>(replacements.entrySet());
        ordered.sort(Comparator.comparingInt(e -> e.getKey().start()));
        StringBuilder out = new StringBuilder(text.length() + 16 * ordered.size());
        int copied = 0;
        for (Map.Entry<Reference, String> entry : ordered) {
            Reference ref = entry.getKey();
            check(text, ref, copied, entry.getValue());
            out.append(text, copied, ref.start());
            // a module specifier is written back as it came: it held nothing that needs escaping, and the
            // hash adds nothing that does (CSS escapes would change a JavaScript string)
            String replacement = entry.getValue();
            out.append(ref.kind() == Reference.Kind.LINK ? fitted(opening(text, ref.start()), replacement) : replacement);
            copied = ref.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Returns what {@link #apply(String, Map)} gives for the text of {@code bytes} in {@code charset},
     * encoded in it again, without decoding and encoding the whole text: the bytes between the
     * references are copied as they are. {@code charset} is the one {@link SourceText} read them in:
     * UTF-8 for well-formed UTF-8 (decoded and encoded again, such bytes come back the same), else
     * ISO-8859-1. The ranges of the references count UTF-16 units of the decoded text, as everywhere;
     * {@code units} is its length, which tells whether each byte is a unit of its own (ASCII), or -1
     * when not known.
     *
     * @throws IllegalArgumentException as {@link #apply(String, Map)} does, and when {@code charset} is
     *                                  neither of the two
     */
    public static byte[] apply(byte[] bytes, Charset charset, int units, Map<Reference, String> replacements) {
        if (bytes == null || charset == null || replacements == null) {
            throw new IllegalArgumentException("bytes, charset and replacements must not be null");
        }
        boolean utf8 = isUtf8(charset);
        if (replacements.isEmpty()) {
            return bytes;
        }
        List<Map.Entry<Reference, String>> ordered = new ArrayList<>(replacements.entrySet());
        ordered.sort(Comparator.comparingInt(e -> e.getKey().start()));
        return apply(bytes, charset, utf8, units, ordered.stream().map(Map.Entry::getKey).toList(),
                ordered.stream().map(Map.Entry::getValue).toList());
    }

    /**
     * Returns what {@link #apply(byte[], Charset, int, Map)} gives for the references of
     * {@code references} whose replacement, at the same index of {@code replacements}, is not null; the
     * others are kept as written. The references are those of a scan, in the order of the text.
     *
     * @throws IllegalArgumentException as {@link #apply(byte[], Charset, int, Map)} does, and when the
     *                                  two lists differ in length
     */
    public static byte[] apply(byte[] bytes, Charset charset, int units, List<Reference> references,
                               List<String> replacements) {
        if (bytes == null || charset == null || references == null || replacements == null) {
            throw new IllegalArgumentException("bytes, charset, references and replacements must not be null");
        }
        if (references.size() != replacements.size()) {
            throw new IllegalArgumentException(references.size() + " references but " + replacements.size()
                    + " replacements");
        }
        boolean utf8 = isUtf8(charset);
        // the indexes of the references that are replaced, in the order of the text
        List<Integer> replaced = new ArrayList<>(references.size());
        for (int i = 0; i < references.size(); i++) {
            if (replacements.get(i) != null) {
                replaced.add(i);
            }
        }
        if (replaced.isEmpty()) {
            return bytes;
        }
        replaced.sort(Comparator.comparingInt(i -> references.get(i).start())); // stable: a scan's order stays
        return apply(bytes, charset, utf8, units, replaced.stream().map(references::get).toList(),
                replaced.stream().map(replacements::get).toList());
    }

    /** Whether text in {@code charset} is UTF-8; refuses a charset other than UTF-8 and ISO-8859-1. */
    private static boolean isUtf8(Charset charset) {
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        if (!utf8 && !charset.equals(StandardCharsets.ISO_8859_1)) {
            throw new IllegalArgumentException("text is read as UTF-8 or ISO-8859-1, not " + charset);
        }
        return utf8;
    }

    /** The rewriting of the two methods above, for references in the order of the text. */
    private static byte[] apply(byte[] bytes, Charset charset, boolean utf8, int units, List<Reference> ordered,
                                List<String> replacements) {
        Offsets offsets = new Offsets(bytes, utf8 && units != bytes.length);
        // first where each goes and its bytes, then the output at its exact size
        int count = ordered.size();
        int[] starts = new int[count];
        int[] ends = new int[count];
        byte[][] written = new byte[count][];
        int size = bytes.length;
        int copiedUnits = 0;
        for (int i = 0; i < count; i++) {
            Reference ref = ordered.get(i);
            int start = offsets.byteAt(ref.start());
            int end = start < 0 ? -1 : offsets.byteAt(ref.end());
            byte[] target = ref.target().getBytes(charset);
            if (end < 0 || start + target.length > bytes.length
                    || !Arrays.equals(bytes, start, start + target.length, target, 0, target.length)) {
                throw notAt(ref);
            }
            if (ref.start() < copiedUnits) {
                throw overlapping(ref);
            }
            String replacement = replacements.get(i);
            if (replacement == null) {
                throw noReplacement(ref);
            }
            starts[i] = start;
            ends[i] = end;
            written[i] = (ref.kind() == Reference.Kind.LINK ? fitted(opening(bytes, start), replacement) : replacement)
                    .getBytes(charset);
            size += written[i].length - (end - start);
            copiedUnits = ref.end();
        }
        byte[] out = new byte[size];
        int copied = 0; // in bytes of the source
        int at = 0;
        for (int i = 0; i < count; i++) {
            System.arraycopy(bytes, copied, out, at, starts[i] - copied);
            at += starts[i] - copied;
            System.arraycopy(written[i], 0, out, at, written[i].length);
            at += written[i].length;
            copied = ends[i];
        }
        System.arraycopy(bytes, copied, out, at, bytes.length - copied);
        return out;
    }

    /**
     * Byte offsets of UTF-16 indexes of the text of some bytes, asked for in increasing order: walks the
     * bytes once, from where the last question left it, where some character takes more than one byte.
     */
    private static final class Offsets {
        private final byte[] bytes;
        /** Whether the bytes are UTF-8 in which a character may take more than one byte. */
        private final boolean utf8;
        private int unit;
        private int at;

        Offsets(byte[] bytes, boolean utf8) {
            this.bytes = bytes;
            this.utf8 = utf8;
        }

        /** Returns the offset of the character at UTF-16 index {@code index}; -1 past the end or inside a character. */
        int byteAt(int index) {
            if (!utf8) {
                return index <= bytes.length ? index : -1;
            }
            if (index < unit) { // asked again for an earlier place: start over
                unit = 0;
                at = 0;
            }
            while (unit < index && at < bytes.length) {
                int b = bytes[at];
                if (b >= 0) {
                    at++;
                    unit++;
                } else if ((b & 0xE0) == 0xC0) {
                    at += 2;
                    unit++;
                } else if ((b & 0xF0) == 0xE0) {
                    at += 3;
                    unit++;
                } else {
                    at += 4;
                    unit += 2; // a surrogate pair
                }
            }
            return unit == index && at <= bytes.length ? at : -1;
        }
    }

    private static void check(String text, Reference ref, int copied, String replacement) {
        if (ref.end() > text.length() || !text.startsWith(ref.target(), ref.start())) {
            throw notAt(ref);
        }
        if (ref.start() < copied) {
            throw overlapping(ref);
        }
        if (replacement == null) {
            throw noReplacement(ref);
        }
    }

    private static IllegalArgumentException notAt(Reference ref) {
        return new IllegalArgumentException("reference '" + ref.target() + "' (line " + ref.line()
                + ") is not at [" + ref.start() + ", " + ref.end() + ") of this text; was it found in another one?");
    }

    private static IllegalArgumentException overlapping(Reference ref) {
        return new IllegalArgumentException("reference '" + ref.target() + "' (line " + ref.line()
                + ") overlaps the one before it");
    }

    private static IllegalArgumentException noReplacement(Reference ref) {
        return new IllegalArgumentException("replacement for reference '" + ref.target() + "' (line "
                + ref.line() + ") must not be null");
    }

    /**
     * Returns {@code replacement} escaped for where it lands: after a quote, after url( or elsewhere;
     * {@code before} is the last character before it that is not white space.
     */
    private static String fitted(char before, String replacement) {
        if (before == '"' || before == '\'') {
            return escaped(replacement, ch -> ch == before || ch == '\n' || ch == '\r' || ch == '\f');
        }
        if (before == '(') {
            return escaped(replacement, ch -> CssEscapes.isWhitespace((char) ch) || ch == '"' || ch == '\''
                    || ch == '(' || ch == ')');
        }
        return replacement.replace(" ", "%20").replace("\t", "%09");
    }

    /** Returns the last character before {@code start} that is not white space; NUL when there is none. */
    private static char opening(String text, int start) {
        int i = start - 1;
        while (i >= 0 && CssEscapes.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 ? text.charAt(i) : '\0';
    }

    /**
     * Returns what {@link #opening(String, int)} returns for the text of {@code bytes}: white space is
     * ASCII, and a byte of a character outside ASCII stands for a character that is neither white space
     * nor a quote nor a parenthesis, as the character does.
     */
    private static char opening(byte[] bytes, int start) {
        int i = start - 1;
        while (i >= 0 && CssEscapes.isWhitespace((char) (bytes[i] & 0xFF))) {
            i--;
        }
        return i >= 0 ? (char) (bytes[i] & 0xFF) : '\0';
    }

    /**
     * Escapes each character that {@code needsEscape} with a backslash, line breaks and other controls
     * as hex escapes; an existing escape (a backslash and the character after it, or the CR LF after
     * it, which is one line break) is copied as it is.
     */
    private static String escaped(String s, IntPredicate needsEscape) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.startsWith("\r\n", i + 1)) {
                out.append(s, i, i + 3);
                i += 2;
            } else if (c == '\\' && i + 1 < s.length()) {
                out.append(c).append(s.charAt(++i));
            } else if (!needsEscape.test(c)) {
                out.append(c);
            } else if (c == ' ' || c == '"' || c == '\'' || c == '(' || c == ')') {
                out.append('\\').append(c);
            } else {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        }
        return out.toString();
    }
}
