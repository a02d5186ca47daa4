package org.ecstatic.taglib;

import org.ecstatic.runtime.Origin;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.tagext.DynamicAttributes;
import jakarta.servlet.jsp.tagext.SimpleTagSupport;
import org.ecstatic.runtime.EcstaticException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A tag that writes a whole element loading a static file: its hashed URL, {@code integrity} from
 * the manifest, {@code crossorigin="anonymous"} when the URL is on another origin (a CDN), and
 * every other attribute the page author gave, escaped, in the order given.
 * The base of {@link StylesheetTag} and {@link ScriptTag}.
 */
public abstract class ElementTag extends SimpleTagSupport implements DynamicAttributes {
    private final Map<String, Object> passedThrough = new LinkedHashMap<>();
    private String path;

    /** Sets the logical name of the file, e.g. {@code css/site.css}. */
    public void setPath(String path) {
        this.path = path;
    }

    @Override
    public void setDynamicAttribute(String uri, String localName, Object value) throws JspException {
        // HTML attribute names are not case-sensitive: HREF is href, crossOrigin is crossorigin
        String name = localName.toLowerCase(Locale.ROOT);
        if (reservedAttributes().contains(name)) {
            throw new JspException(usage() + " writes the " + name + " attribute itself; remove "
                    + localName + "=\"" + value + "\"");
        }
        passedThrough.put(localName, value);
    }

    @Override
    public void doTag() throws JspException, IOException {
        ServletRequest request = Pages.request(getJspContext());
        String url;
        String integrity;
        try {
            Lookup lookup = Lookup.on(usage(), request);
            url = lookup.url(path);
            integrity = lookup.integrity(path);
        } catch (EcstaticException e) {
            throw Lookup.asJspException(e);
        }
        HtmlElement element = start(url).attribute("integrity", integrity);
        if (Origin.isCross(url, request) && passedThrough.keySet().stream()
                .noneMatch(name -> name.equalsIgnoreCase("crossorigin"))) {
            element.attribute("crossorigin", "anonymous");
        }
        for (Map.Entry<String, Object> attribute : passedThrough.entrySet()) {
            element.passedThrough(attribute.getKey(), attribute.getValue());
        }
        getJspContext().getOut().write(finish(element));
    }

    /** Returns the tag as the author wrote it, for messages: {@code <static:script path="js/app.js"/>}. */
    final String usage() {
        return "<static:" + tagName() + " path=\"" + path + "\"/>";
    }

    /** Returns the tag's name in the library: {@code script}. */
    abstract String tagName();

    /** Returns the names the tag writes itself, which an author may not pass. */
    abstract Set<String> reservedAttributes();

    /** Returns the element started with the attributes that come before integrity. */
    abstract HtmlElement start(String url);

    /** Returns the complete element. */
    abstract String finish(HtmlElement element);
}
