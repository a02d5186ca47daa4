package org.ecstatic.tools.rewrite;

import java.util.ArrayList;
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
            out.append(ref.kind() == Reference.Kind.LINK ? fitted(text, ref.start(), replacement) : replacement);
            copied = ref.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static void check(String text, Reference ref, int copied, String replacement) {
        if (ref.end() > text.length() || !text.startsWith(ref.target(), ref.start())) {
            throw new IllegalArgumentException("reference '" + ref.target() + "' (line " + ref.line()
                    + ") is not at [" + ref.start() + ", " + ref.end() + ") of this text; was it found in another one?");
        }
        if (ref.start() < copied) {
            throw new IllegalArgumentException("reference '" + ref.target() + "' (line " + ref.line()
                    + ") overlaps the one before it");
        }
        if (replacement == null) {
            throw new IllegalArgumentException("replacement for reference '" + ref.target() + "' (line "
                    + ref.line() + ") must not be null");
        }
    }

    /** Returns {@code replacement} escaped for where it lands: after a quote, after url( or elsewhere. */
    private static String fitted(String text, int start, String replacement) {
        char before = opening(text, start);
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
