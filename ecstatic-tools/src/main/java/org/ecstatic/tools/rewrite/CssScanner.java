package org.ecstatic.tools.rewrite;

import static org.ecstatic.tools.rewrite.CssEscapes.isWhitespace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One pass over one style sheet, in time linear in its length. Keeps just enough state to know what
 * a string means: whether it follows {@code @import}, and for each open parenthesis whether it
 * belongs to an {@code image-set()}.
 */
final class CssScanner {

    private static final String SOURCE_MAPPING_URL = "sourceMappingURL=";

    private final String text;
    private final LineIndex lines;
    private final List<Reference> found = new ArrayList<>();
    /** One entry per open parenthesis: true when it opened an image-set(). */
    private final Deque<Boolean> parentheses = new ArrayDeque<>();
    private boolean afterImport;
    private int pos;

    CssScanner(String text) {
        this.text = text;
        this.lines = LineIndex.of(text);
    }

    /** Returns the local references of the whole text, in order. */
    List<Reference> scan() {
        pos = text.startsWith("\uFEFF") ? 1 : 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isWhitespace(c)) {
                pos++;
            } else if (c == '/' && at(pos + 1) == '*') {
                comment();
            } else {
                token(c);
            }
        }
        return List.copyOf(found);
    }

    /** Reads the token that starts with {@code c}; white space and comments are not tokens. */
    private void token(char c) {
        boolean importTarget = afterImport;
        afterImport = false;
        if (c == '"' || c == '\'') {
            string(importTarget || Boolean.TRUE.equals(parentheses.peek()));
        } else if (c == '@') {
            pos++;
            afterImport = nameIs(name(), "import");
        } else if (c == '\\') {
            pos = Math.min(pos + 2, text.length());
        } else if (isNameChar(c)) {
            function(name());
        } else {
            punctuation(c);
        }
    }

    private void punctuation(char c) {
        if (c == '(') {
            parentheses.push(false);
        } else if (c == ')') {
            parentheses.poll();
        } else if (c == ';' || c == '{' || c == '}') {
            parentheses.clear();
        }
        pos++;
    }

    /** After the name that starts at {@code start}: when a parenthesis follows, the name is a function's. */
    private void function(int start) {
        if (at(pos) != '(') {
            return;
        }
        if (nameIs(start, "url")) {
            url();
        } else {
            int length = pos - start;
            parentheses.push(length >= 9 && text.regionMatches(true, pos - 9, "image-set", 0, 9));
            pos++;
        }
    }

    /** Returns whether the name from {@code start} to {@code pos} is {@code expected}, in any case. */
    private boolean nameIs(int start, String expected) {
        return pos - start == expected.length() && text.regionMatches(true, start, expected, 0, expected.length());
    }

    /** At the parenthesis of {@code url(}: a quoted target is a string, anything else is raw text. */
    private void url() {
        int start = skipWhitespace(pos + 1);
        char c = at(start);
        if (c == '"' || c == '\'') {
            parentheses.push(false);
            pos = start;
            string(true);
        } else {
            unquotedUrl(start);
        }
    }

    /** The raw text of {@code url(a.png)}: ends at white space or {@code )}; a quote or {@code (} spoils it. */
    private void unquotedUrl(int start) {
        int end = start;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == ')' || isWhitespace(c)) {
                break;
            }
            if (c == '"' || c == '\'' || c == '(') {
                pos = skipBalanced(end);
                return;
            }
            end += c == '\\' ? 2 : 1;
        }
        end = Math.min(end, text.length());
        int close = skipWhitespace(end);
        if (at(close) != ')') {
            pos = close < text.length() ? skipBalanced(close) : close;
            return;
        }
        if (end > start) {
            record(start, end);
        }
        pos = close + 1;
    }

    /** Returns the index after the {@code )} that closes the url( we are in, nested parentheses counted. */
    private int skipBalanced(int from) {
        int depth = 1;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    /**
     * At a quote: reads the string up to its closing quote, records its content when
     * {@code isTarget}. A line break or the end of the text leaves it open: nothing recorded.
     */
    private void string(boolean isTarget) {
        char quote = text.charAt(pos);
        int start = pos + 1;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == quote) {
                if (isTarget) {
                    recordTrimmed(start, i);
                }
                pos = i + 1;
                return;
            }
            if (c == '\n' || c == '\r' || c == '\f') {
                break;
            }
            i += c == '\\' ? escapeLength(i) : 1;
        }
        pos = Math.min(i, text.length());
    }

    /** Returns the length of the escape at the backslash at {@code i}: CR LF after it is one line break, kept together. */
    private int escapeLength(int i) {
        return at(i + 1) == '\r' && at(i + 2) == '\n' ? 3 : 2;
    }

    /** At {@code /*}: skips the comment; a {@code /*# sourceMappingURL=...} comment names a reference. */
    private void comment() {
        int close = text.indexOf("*/", pos + 2);
        if (close < 0) {
            pos = text.length();
            return;
        }
        sourceMappingUrl(pos + 2, close);
        pos = close + 2;
    }

    private void sourceMappingUrl(int bodyStart, int bodyEnd) {
        char mark = at(bodyStart);
        if (mark != '#' && mark != '@') {
            return;
        }
        int key = skipWhitespace(bodyStart + 1);
        if (key == bodyStart + 1 || !text.startsWith(SOURCE_MAPPING_URL, key)) {
            return;
        }
        int start = key + SOURCE_MAPPING_URL.length();
        int end = start;
        while (end < bodyEnd && !isWhitespace(text.charAt(end))) {
            end++;
        }
        if (end > start) {
            record(start, end);
        }
    }

    /** Reads a name (identifier characters, maybe none) at {@code pos}; returns where it started. */
    private int name() {
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        return start;
    }

    /** Records {@code [start, end)} without the white space at its ends, which URL parsing drops too. */
    private void recordTrimmed(int start, int end) {
        int from = skipWhitespace(start);
        int to = end;
        while (to > from && isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        record(from, to);
    }

    private void record(int start, int end) {
        if (ReferenceTarget.parse(text.substring(start, end)).isLocal()) {
            found.add(lines.reference(text, start, end));
        }
    }

    private int skipWhitespace(int i) {
        while (i < text.length() && isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Returns the character at {@code i}, or NUL past the end. */
    private char at(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c >= 0x80;
    }
}
