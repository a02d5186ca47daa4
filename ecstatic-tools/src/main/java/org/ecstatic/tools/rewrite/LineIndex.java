package org.ecstatic.tools.rewrite;

/**
 * Turns character indexes of one text into 1-based line numbers, counting line ends only as far as
 * the references found need: most files have few references, often near the end, and a text without
 * any is never counted at all. Asked in increasing order (as a scanner finds references), the whole
 * text is counted at most once; an earlier index starts the count again.
 */
final class LineIndex {

    private final CharSequence text;
    /** Lines ending before {@link #counted} are counted; {@link #line} is the line {@code counted} is on. */
    private int counted;
    private int line = 1;

    private LineIndex(CharSequence text) {
        this.text = text;
    }

    /** Returns an index of {@code text}; CR LF, LF and a lone CR each end a line. */
    static LineIndex of(CharSequence text) {
        return new LineIndex(text);
    }

    /** Returns the 1-based line that holds the character at {@code index}. */
    int lineOf(int index) {
        if (index < counted) {
            counted = 0;
            line = 1;
        }
        for (int i = counted; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        counted = index;
        return line;
    }

    /** Returns a reference to {@code text[start, end)} of the indexed text, on its line. */
    Reference reference(String text, int start, int end) {
        return new Reference(start, end, lineOf(start), text.substring(start, end));
    }
}
