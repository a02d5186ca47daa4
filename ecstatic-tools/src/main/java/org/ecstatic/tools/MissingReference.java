package org.ecstatic.tools;

/**
 * A reference to a file that does not exist under the static roots; it is kept as written.
 *
 * @param file      the logical path of the file that holds the reference, e.g. {@code css/site.css}
 * @param line      the 1-based line of the reference
 * @param reference the reference exactly as written, e.g. {@code ../img/logo.png?v=3}
 */
public record MissingReference(String file, int line, String reference) {

    /** Returns {@code css/site.css (line 12) references img/logo.png}. */
    public String describe() {
        return file + " (line " + line + ") references " + reference;
    }
}
