package org.ecstatic.tools.rewrite;

/**
 * Something a scan noticed in a file that is not a reference it rewrites, told to the user with the
 * file and line: a bare module specifier, an import whose target is not written out, a construct left
 * open.
 *
 * @param kind what was noticed
 * @param line the 1-based line where it starts
 * @param text for {@link Kind#BARE_SPECIFIER} the specifier ({@code lit}); for
 *             {@link Kind#DYNAMIC_IMPORT} the source of the import up to 60 characters
 *             ({@code import(name)}); for {@link Kind#UNTERMINATED} what is left open
 *             ({@code a string})
 */
public record ScanNote(Kind kind, int line, String text) {

    /** What a scan can notice. */
    public enum Kind {
        /** A module specifier that is neither relative nor a URL ({@code 'lit'}): left to an import map. */
        BARE_SPECIFIER,
        /** An {@code import()} of something other than a string literal: not rewritten, it loads by its plain name. */
        DYNAMIC_IMPORT,
        /** A string, template literal or comment left open: the scan may have missed what follows it. */
        UNTERMINATED
    }

    public ScanNote {
        if (kind == null || text == null) {
            throw new IllegalArgumentException("kind and text must not be null");
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, not " + line);
        }
    }
}
