package org.ecstatic.tools.rewrite;

/**
 * One reference from a text file to another file, exactly as written: {@code url(../img/a.png)} in
 * a style sheet gives {@code target = "../img/a.png"} and the character range of those twelve
 * characters, without the parentheses or quotes around them.
 *
 * @param start  index of the first character of the reference in the text
 * @param end    index just after its last character ({@code text.substring(start, end).equals(target)})
 * @param line   1-based line of {@code start}; CR LF, LF and a lone CR each end a line
 * @param target the reference as written: not decoded, CSS escapes and percent-encoding kept
 */
public record Reference(int start, int end, int line, String target) {

    public Reference {
        if (target == null) {
            throw new IllegalArgumentException("target must not be null");
        }
        if (start < 0 || end - start != target.length()) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") does not fit target '"
                    + target + "' of length " + target.length());
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, not " + line);
        }
    }
}
