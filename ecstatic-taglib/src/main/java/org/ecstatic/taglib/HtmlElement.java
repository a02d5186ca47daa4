package org.ecstatic.taglib;

import jakarta.servlet.jsp.JspException;

/**
 * The start tag of one HTML element, built attribute by attribute with values escaped:
 * {@code <link rel="stylesheet" href="/static/css/site.3f2a1b9c0d4e.css"/>}.
 */
final class HtmlElement {
    private final StringBuilder html = new StringBuilder(160);

    private HtmlElement(String name) {
        html.append('<').append(name);
    }

    /** Returns a start tag {@code <name}. */
    static HtmlElement start(String name) {
        return new HtmlElement(name);
    }

    /** Adds {@code name="value"}, escaped; nothing when value is null. */
    HtmlElement attribute(String name, String value) {
        if (value != null) {
            html.append(' ').append(name).append("=\"").append(Xml.escape(value)).append('"');
        }
        return this;
    }

    /** Adds the boolean attribute {@code name} when {@code present}. */
    HtmlElement flag(String name, boolean present) {
        if (present) {
            html.append(' ').append(name);
        }
        return this;
    }

    /**
     * Adds an attribute the page author passed through: a Boolean is a boolean attribute (present
     * when true), null is left out, anything else is written as text, escaped.
     *
     * @throws JspException when the name could not be an attribute name
     */
    HtmlElement passedThrough(String name, Object value) throws JspException {
        if (!isAttributeName(name)) {
            throw new JspException("'" + name + "' cannot be an HTML attribute name");
        }
        if (value instanceof Boolean present) {
            return flag(name, present);
        }
        return attribute(name, value == null ? null : value.toString());
    }

    /** Returns the start tag closed as an empty element: {@code <link .../>}. */
    String selfClosed() {
        return html + "/>";
    }

    /** Returns the start tag followed by its end tag: {@code <script ...></script>}. */
    String withEndTag(String name) {
        return html + "></" + name + ">";
    }

    /**
     * Returns the start tag, {@code content} as it is (the caller makes it safe inside the element)
     * and the end tag: {@code <script type="importmap">{...}</script>}.
     */
    String enclosing(String content, String name) {
        return html + ">" + content + "</" + name + ">";
    }

    private static boolean isAttributeName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c == '"' || c == '\'' || c == '>' || c == '/' || c == '=' || c == '<' || c == '&') {
                return false;
            }
        }
        return true;
    }
}
