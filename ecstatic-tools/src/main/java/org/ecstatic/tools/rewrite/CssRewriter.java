package org.ecstatic.tools.rewrite;

import java.util.List;

/**
 * Finds the references in a style sheet with a small tokenizer that knows CSS comments, strings,
 * escapes and functions, so that text inside comments and ordinary strings is never taken for a
 * reference.
 *
 * <p>Recognised: {@code url(a.png)} unquoted, quoted and with white space inside the parentheses, in
 * any case ({@code URL(}); {@code @import "x.css"} and {@code @import url(x.css)}; the strings and
 * {@code url()}s of {@code image-set()} and {@code -webkit-image-set()}; every {@code url()} of a
 * {@code src:} list; {@code /*# sourceMappingURL=x.css.map *}{@code /}. Only local targets are
 * returned (see {@link Rewriter#references(String)}); {@code url(var(--x))} and an empty
 * {@code url()} are skipped, and so is a string, {@code url()} or comment left open at the end of the
 * text.
 *
 * <pre>{@code
 * List<Reference> refs = new CssRewriter().references("a { background: url('../img/a.png') }");
 * // [Reference[start=21, end=33, line=1, target=../img/a.png]]
 * }</pre>
 */
public final class CssRewriter implements Rewriter {

    @Override
    public List<Reference> references(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        return new CssScanner(text).scan();
    }
}
