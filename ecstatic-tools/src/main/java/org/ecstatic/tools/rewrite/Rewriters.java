package org.ecstatic.tools.rewrite;

import java.util.Locale;

/**
 * Chooses the {@link Rewriter} for a file by the extension of its name.
 *
 * <pre>{@code
 * Rewriter rewriter = Rewriters.forFileName("css/site.css");   // a CssRewriter
 * List<Reference> found = rewriter == null ? List.of() : rewriter.references(text);
 * }</pre>
 */
public final class Rewriters {

    private static final Rewriter CSS = new CssRewriter();
    private static final Rewriter SOURCE_MAP = new SourceMapRewriter();

    private Rewriters() {
    }

    /**
     * Returns the rewriter for a file name or path, the extension compared without regard to case:
     * {@link CssRewriter} for {@code .css}, {@link SourceMapRewriter} for {@code .js} and {@code .mjs};
     * null for every other name (such files hold no references that are rewritten).
     */
    public static Rewriter forFileName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".css")) {
            return CSS;
        }
        if (lower.endsWith(".js") || lower.endsWith(".mjs")) {
            return SOURCE_MAP;
        }
        return null;
    }
}
