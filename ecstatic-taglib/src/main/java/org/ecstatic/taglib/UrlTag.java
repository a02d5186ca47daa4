package org.ecstatic.taglib;

import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.PageContext;
import jakarta.servlet.jsp.tagext.SimpleTagSupport;
import org.ecstatic.runtime.EcstaticException;

import java.io.IOException;

/**
 * {@code <static:url path="css/site.css"/>}: writes the hashed URL of a static file, XML-escaped;
 * with {@code var} (and optionally {@code scope}) stores the unescaped URL instead, like JSTL's
 * {@code <c:url>}.
 */
public final class UrlTag extends SimpleTagSupport {
    private String path;
    private String var;
    private int scope = PageContext.PAGE_SCOPE;

    /** Sets the logical name of the file, e.g. {@code css/site.css}. */
    public void setPath(String path) {
        this.path = path;
    }

    /** Sets the name of the scoped variable that receives the URL instead of writing it. */
    public void setVar(String var) {
        this.var = var;
    }

    /**
     * Sets the scope of {@code var}: {@code page}, {@code request}, {@code session} or {@code application}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public void setScope(String scope) {
        this.scope = Scope.parse(scope);
    }

    @Override
    public void doTag() throws JspException, IOException {
        String url = resolve();
        if (var != null) {
            getJspContext().setAttribute(var, url, scope);
        } else {
            getJspContext().getOut().write(Xml.escape(url));
        }
    }

    private String resolve() throws JspException {
        String usage = "<static:url path=\"" + path + "\"/>";
        try {
            return Lookup.on(usage, Pages.request(getJspContext())).url(path);
        } catch (EcstaticException e) {
            throw Lookup.asJspException(e);
        }
    }
}
