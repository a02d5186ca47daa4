package org.ecstatic.taglib;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.jsp.JspContext;
import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.PageContext;

/** Access to the request behind a tag's JspContext (a PageContext in JSPs and in tag files). */
final class Pages {
    private Pages() {
    }

    /**
     * Returns the request of the page the tag runs in.
     *
     * @throws JspException when the container gave the tag a JspContext that is not a PageContext
     */
    static ServletRequest request(JspContext context) throws JspException {
        if (context instanceof PageContext page) {
            return page.getRequest();
        }
        throw new JspException("The Ecstatic tags run in JSPs and tag files of a servlet container; "
                + "this JspContext is a " + context.getClass().getName());
    }
}
