package org.ecstatic.tools.rewrite;

import java.util.List;

/**
 * Finds the source map comment of a JavaScript file ({@code .js}, {@code .mjs}): the
 * {@code //# sourceMappingURL=app.js.map} (or legacy {@code //@ sourceMappingURL=}) line comment on
 * the last line that is not blank. Such text anywhere else, in a string or an earlier comment, is not
 * a reference; neither is a {@code data:} source map or any other non-local target.
 *
 * <pre>{@code
 * new SourceMapRewriter().references("f();\n//# sourceMappingURL=app.js.map\n");
 * // [Reference[start=26, end=36, line=2, target=app.js.map]]
 * }</pre>
 */
public final class SourceMapRewriter implements Rewriter {

    private static final String KEY = "sourceMappingURL=";

    @Override
    public List<Reference> references(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        int lineEnd = lastContentEnd(text);
        int lineStart = lineStart(text, lineEnd);
        int comment = commentStart(text, lineStart, lineEnd);
        if (comment < 0) {
            return List.of();
        }
        int start = comment + 4 + KEY.length();
        int end = start;
        while (end < lineEnd && !CssEscapes.isWhitespace(text.charAt(end))) {
            end++;
        }
        if (end == start || !ReferenceTarget.parse(text.substring(start, end)).isLocal()) {
            return List.of();
        }
        return List.of(LineIndex.of(text).reference(text, start, end));
    }

    /** Returns the index after the last character that is not white space. */
    private static int lastContentEnd(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int lineStart(String text, int lineEnd) {
        int start = lineEnd;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return start;
    }

    /** Returns where {@code //# sourceMappingURL=} starts on the line, or -1 when it is not there. */
    private static int commentStart(String text, int lineStart, int lineEnd) {
        for (int i = lineEnd - KEY.length() - 4; i >= lineStart; i--) {
            if (text.startsWith("//", i) && (text.charAt(i + 2) == '#' || text.charAt(i + 2) == '@')
                    && text.charAt(i + 3) == ' ' && text.startsWith(KEY, i + 4)) {
                return i;
            }
        }
        return -1;
    }
}
