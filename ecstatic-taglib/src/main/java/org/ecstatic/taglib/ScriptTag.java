package org.ecstatic.taglib;

import java.util.Set;

/**
 * {@code <static:script path="js/app.js" type="module" defer="true"/>} writes
 * {@code <script src="/static/js/app.3f2a1b9c0d4e.js" type="module" defer integrity="sha256-..."></script>}.
 */
public final class ScriptTag extends ElementTag {
    private static final Set<String> RESERVED = Set.of("src", "integrity");

    private String type;
    private boolean defer;
    private boolean async;

    /** Sets the script's type, e.g. {@code module}; none by default. */
    public void setType(String type) {
        this.type = type;
    }

    /** Writes {@code defer} when true. */
    public void setDefer(boolean defer) {
        this.defer = defer;
    }

    /** Writes {@code async} when true. */
    public void setAsync(boolean async) {
        this.async = async;
    }

    @Override
    String tagName() {
        return "script";
    }

    @Override
    Set<String> reservedAttributes() {
        return RESERVED;
    }

    @Override
    HtmlElement start(String url) {
        return HtmlElement.start("script").attribute("src", url).attribute("type", type)
                .flag("defer", defer).flag("async", async);
    }

    @Override
    String finish(HtmlElement element) {
        return element.withEndTag("script");
    }
}
