package org.ecstatic.tools.rewrite;

import java.util.Arrays;

/** The start of every line of a text, to turn a character index into a 1-based line number. */
final class LineIndex {

    private final int[] starts;

    private LineIndex(int[] starts) {
        this.starts = starts;
    }

    /** Indexes {@code text}; CR LF, LF and a lone CR each end a line. */
    static LineIndex of(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count));
    }

    /** Returns the 1-based line that holds the character at {@code index}. */
    int lineOf(int index) {
        int found = Arrays.binarySearch(starts, index);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Returns a reference to {@code text[start, end)} of the indexed text, on its line. */
    Reference reference(String text, int start, int end) {
        return new Reference(start, end, lineOf(start), text.substring(start, end));
    }
}
