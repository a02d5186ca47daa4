package org.ecstatic.tools.rewrite;

import java.util.List;
import java.util.function.Supplier;

/**
 * Finds the references to other local files in the text of one kind of file. Chosen per file name by
 * {@link Rewriters#forFileName(String)}; the found references are replaced with
 * {@link Rewriting#apply(String, java.util.Map)}. Implementations keep no state between calls, so one
 * instance may serve many threads at once.
 */
public interface Rewriter {

    /**
     * Returns the local references in {@code text}, in the order they appear; empty when there are
     * none. Never returned: {@code data:} URIs, targets with any scheme ({@code https:}, {@code blob:}),
     * protocol-relative {@code //host/x}, fragment-only {@code #id}, targets starting with {@code %23},
     * and text inside comments or inside strings that are not reference targets.
     */
    List<Reference> references(String text);

    /**
     * Returns the references in {@code text}, as {@link #references(String)} does, and what else the
     * scan noticed (bare module specifiers, imports of computed names, constructs left open).
     */
    default Scan scan(String text) {
        return new Scan(references(text), List.of());
    }

    /**
     * Returns what {@link #scan(String)} returns for the file's text, given its bytes: a rewriter that
     * can tell from the bytes that there is nothing to find asks {@code text} for nothing, and the file
     * is never decoded.
     *
     * @param bytes the file's bytes
     * @param text  gives the bytes decoded as {@link SourceText#of(byte[])} decodes them
     */
    default Scan scan(byte[] bytes, Supplier<String> text) {
        return scan(text.get());
    }
}
