package org.ecstatic.taglib;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.tagext.JspFragment;
import jakarta.servlet.jsp.tagext.SimpleTagSupport;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.ImportMap;

import java.io.IOException;
import java.io.StringWriter;

/**
 * {@code <static:importmap/>} writes {@code <script type="importmap">{"imports": {...}, "integrity": {...}}</script>}:
 * every module of the manifest and every configured bare specifier mapped to its hashed URL
 * ({@link ImportMap}). {@code include} (globs) and {@code paths} (entry modules) restrict the modules
 * listed; nested {@code <static:module name="lit" path="vendor/lit/index.js"/>} tags add bare
 * specifiers; {@code nonce}, or the request attribute {@value ImportMap#NONCE_ATTRIBUTE}, gives the
 * element its Content-Security-Policy nonce. The JSON is built once per manifest and options.
 */
public final class ImportMapTag extends SimpleTagSupport {
    private ImportMap.Options options = ImportMap.Options.all();
    private String include;
    private String paths;
    private String nonce;

    /** Restricts the modules listed to the logical names that match one of these comma-separated globs ({@code js/**}). */
    public void setInclude(String include) {
        this.include = include;
    }

    /** Restricts the modules listed to these comma-separated entry modules and what they import statically. */
    public void setPaths(String paths) {
        this.paths = paths;
    }

    /** Sets the {@code nonce} attribute of the element. */
    public void setNonce(String nonce) {
        this.nonce = nonce;
    }

    /**
     * Adds a bare specifier, from a nested {@code <static:module>}.
     *
     * @throws EcstaticException when the pair is not valid
     */
    void addModule(String name, String path) {
        options = options.module(name, path);
    }

    @Override
    public void doTag() throws JspException, IOException {
        runBody();
        ServletRequest request = Pages.request(getJspContext());
        ImportMap importMap;
        try {
            importMap = Lookup.on(usage(), request).importMap(options.including(include).entries(paths));
        } catch (EcstaticException e) {
            throw Lookup.asJspException(e);
        }
        getJspContext().getOut().write(HtmlElement.start("script").attribute("type", "importmap")
                .attribute("nonce", Nonces.of(nonce, request)).enclosing(importMap.json(), "script"));
    }

    /** Runs the nested {@code <static:module>} tags; any other text in the body is refused. */
    private void runBody() throws JspException, IOException {
        JspFragment body = getJspBody();
        if (body == null) {
            return;
        }
        StringWriter text = new StringWriter();
        body.invoke(text);
        if (!text.toString().isBlank()) {
            throw new JspException(usage() + " in " + JspLocation.of(Pages.request(getJspContext()))
                    + " holds text: '" + text.toString().strip() + "'. Its body holds <static:module> tags only.");
        }
    }

    /** Returns the tag as the author wrote it, for messages. */
    private String usage() {
        return "<static:importmap" + (include == null ? "" : " include=\"" + include + "\"")
                + (paths == null ? "" : " paths=\"" + paths + "\"") + ">";
    }
}
