package org.ecstatic.taglib;

import org.ecstatic.runtime.Origin;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.tagext.SimpleTagSupport;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.ModulePreload;

import java.io.IOException;
import java.util.List;

/**
 * {@code <static:modulepreload path="js/app.js"/>} writes
 * {@code <link rel="modulepreload" href="/static/js/app.3f2a1b9c0d4e.js" integrity="sha256-..."/>} for the
 * entry module and for every module it imports statically, directly or not, as the manifest's
 * {@code imports} record them (breadth first, each once), so that the browser fetches the whole graph
 * at once instead of one level of imports at a time. In dev mode only the entry is written.
 */
public final class ModulePreloadTag extends SimpleTagSupport {
    private String path;
    private String crossorigin;
    private String nonce;

    /** Sets the logical name of the entry module, e.g. {@code js/app.js}. */
    public void setPath(String path) {
        this.path = path;
    }

    /** Sets the {@code crossorigin} attribute; by default {@code anonymous} for a URL on another origin, else none. */
    public void setCrossorigin(String crossorigin) {
        this.crossorigin = crossorigin;
    }

    /** Sets the {@code nonce} attribute of each element. */
    public void setNonce(String nonce) {
        this.nonce = nonce;
    }

    @Override
    public void doTag() throws JspException, IOException {
        ServletRequest request = Pages.request(getJspContext());
        List<ModulePreload> preloads;
        try {
            preloads = Lookup.on("<static:modulepreload path=\"" + path + "\"/>", request).modulePreloads(path);
        } catch (EcstaticException e) {
            throw Lookup.asJspException(e);
        }
        String nonceValue = Nonces.of(nonce, request);
        StringBuilder html = new StringBuilder(preloads.size() * 160);
        for (ModulePreload preload : preloads) {
            String cors = crossorigin != null ? crossorigin : Origin.isCross(preload.url(), request) ? "anonymous" : null;
            html.append(HtmlElement.start("link").attribute("rel", "modulepreload").attribute("href", preload.url())
                    .attribute("integrity", preload.integrity()).attribute("crossorigin", cors)
                    .attribute("nonce", nonceValue).selfClosed());
        }
        getJspContext().getOut().write(html.toString());
    }
}
