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
 * @param kind   what names the target: a link ({@code url()}, {@code @import}, a source map) or, in a
 *               JavaScript module, a static import, a dynamic import or a {@code new URL(…, import.meta.url)}
 */
public record Reference(int start, int end, int line, String target, Kind kind) {

    /** What names the target; only {@link #STATIC_IMPORT}s are listed as a module's imports in the manifest. */
    public enum Kind {
        /** {@code url()}, {@code @import} in a style sheet, a source map comment. */
        LINK,
        /** {@code import … from '…'}, {@code import '…'}, {@code export … from '…'}. */
        STATIC_IMPORT,
        /** {@code import('…')}. */
        DYNAMIC_IMPORT,
        /** {@code new URL('…', import.meta.url)}. */
        MODULE_URL;

        /** Returns whether the target is a module specifier, which a browser never completes with an extension. */
        public boolean isModule() {
            return this == STATIC_IMPORT || this == DYNAMIC_IMPORT;
        }
    }

    /** Returns a {@link Kind#LINK} reference. */
    public Reference(int start, int end, int line, String target) {
        this(start, end, line, target, Kind.LINK);
    }

    public Reference {
        if (target == null) {
            throw new IllegalArgumentException("target must not be null");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
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
