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
    private static final Rewriter JS = new JsRewriter();

    private Rewriters() {
    }

    /**
     * Returns the rewriter for a file name or path, the extension compared without regard to case:
     * {@link CssRewriter} for {@code .css}, {@link JsRewriter} for {@code .js} and {@code .mjs};
     * null for every other name (such files hold no references that are rewritten).
     */
    public static Rewriter forFileName(String name) {
        return forFileName(name, true);
    }

    /**
     * Returns the rewriter for a file name, as {@link #forFileName(String)} does, but with
     * {@code modules} false a {@link SourceMapRewriter} for {@code .js} and {@code .mjs}: only their
     * source map comments are rewritten, not their module specifiers.
     */
    public static Rewriter forFileName(String name, boolean modules) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".css")) {
            return CSS;
        }
        if (lower.endsWith(".js") || lower.endsWith(".mjs")) {
            return modules ? JS : SOURCE_MAP;
        }
        return null;
    }
}
