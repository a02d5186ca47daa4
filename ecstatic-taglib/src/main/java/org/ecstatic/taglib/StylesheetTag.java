package org.ecstatic.taglib;

import java.util.Set;

/**
 * {@code <static:stylesheet path="css/site.css" media="screen"/>} writes
 * {@code <link rel="stylesheet" href="/static/css/site.3f2a1b9c0d4e.css" integrity="sha256-..." media="screen"/>}.
 */
public final class StylesheetTag extends ElementTag {
    private static final Set<String> RESERVED = Set.of("rel", "href", "integrity");

    @Override
    String tagName() {
        return "stylesheet";
    }

    @Override
    Set<String> reservedAttributes() {
        return RESERVED;
    }

    @Override
    HtmlElement start(String url) {
        return HtmlElement.start("link").attribute("rel", "stylesheet").attribute("href", url);
    }

    @Override
    String finish(HtmlElement element) {
        return element.selfClosed();
    }
}
