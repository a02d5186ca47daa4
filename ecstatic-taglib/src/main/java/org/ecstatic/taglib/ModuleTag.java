package org.ecstatic.taglib;

import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.tagext.SimpleTagSupport;
import org.ecstatic.runtime.EcstaticException;

/**
 * {@code <static:module name="lit" path="vendor/lit/index.js"/>}, inside {@code <static:importmap>}:
 * maps the bare specifier {@code lit} to the hashed URL of {@code vendor/lit/index.js}, or a prefix
 * {@code lit/} to every module under {@code vendor/lit/}. Writes nothing itself.
 */
public final class ModuleTag extends SimpleTagSupport {
    private String name;
    private String path;

    /** Sets the bare specifier, e.g. {@code lit}. */
    public void setName(String name) {
        this.name = name;
    }

    /** Sets the logical name of the module, e.g. {@code vendor/lit/index.js}. */
    public void setPath(String path) {
        this.path = path;
    }

    @Override
    public void doTag() throws JspException {
        String usage = "<static:module name=\"" + name + "\" path=\"" + path + "\"/> in "
                + JspLocation.of(Pages.request(getJspContext()));
        if (!(findAncestorWithClass(this, ImportMapTag.class) instanceof ImportMapTag importMap)) {
            throw new JspException(usage + " is outside <static:importmap>; move it into the <static:importmap> "
                    + "element whose map it adds to.");
        }
        try {
            importMap.addModule(name, path);
        } catch (EcstaticException e) {
            throw new JspException(usage + ": " + e.getMessage(), e);
        }
    }
}
