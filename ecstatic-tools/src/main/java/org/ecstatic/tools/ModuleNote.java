package org.ecstatic.tools;

/**
 * What the collector tells about the module specifiers of one JavaScript file, beside the missing
 * references: each is reported with the file and line, as a missing reference is.
 *
 * @param file the logical path of the module, e.g. {@code js/app.js}
 * @param line the 1-based line
 * @param kind what was found
 * @param text the specifier as written ({@link Kind#NO_EXTENSION}, {@link Kind#BARE_SPECIFIER}), the
 *             import as written ({@link Kind#DYNAMIC_IMPORT}) or what is left open ({@link Kind#UNTERMINATED})
 * @param hint for {@link Kind#NO_EXTENSION}, the specifier with the extension of the file that exists
 *             ({@code ./util.js}); null when there is none
 */
public record ModuleNote(String file, int line, Kind kind, String text, String hint) {

    /** What was found. */
    public enum Kind {
        /**
         * A relative specifier without an extension ({@code ./util}) that names no file: a browser
         * asks for exactly that URL, only a bundler tries {@code ./util.js}. Fails a strict run.
         */
        NO_EXTENSION,
        /** A bare specifier ({@code 'lit'}): left as written for an import map to resolve. */
        BARE_SPECIFIER,
        /** An {@code import()} of a name computed at run time: not rewritten. */
        DYNAMIC_IMPORT,
        /** A string, template literal or comment left open: specifiers near it may have been missed. */
        UNTERMINATED
    }

    /** Returns the warning for this note, naming the file and the line; null for a bare specifier (they are counted). */
    public String describe() {
        String at = file + " (line " + line + ")";
        return switch (kind) {
            case NO_EXTENSION -> at + " imports " + text + ", which has no extension: a browser asks for exactly "
                    + "that URL (only a bundler tries extensions); " + (hint != null ? "write " + hint
                    : "write the file name with its extension");
            case DYNAMIC_IMPORT -> at + ": " + text + " imports a name computed at run time, which is not "
                    + "rewritten: that module loads by its plain name, not its hashed one";
            case UNTERMINATED -> at + ": " + text + " is left open, so this may not be JavaScript; module "
                    + "specifiers after it may have been missed";
            case BARE_SPECIFIER -> null;
        };
    }
}
