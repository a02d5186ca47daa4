package org.ecstatic.taglib;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.jsp.JspException;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.ImportMap;
import org.ecstatic.runtime.ModulePreload;
import org.ecstatic.runtime.StaticUrls;

import java.util.List;

/**
 * One use of a logical name on a page, as the author wrote it ({@code <static:url path="css/site.css"/>}),
 * resolved through the web application's {@link StaticUrls}. A failure becomes an error that names
 * the usage, the path and the JSP.
 */
final class Lookup {
    private final String usage;
    private final ServletRequest request;
    private final StaticUrls urls;

    private Lookup(String usage, ServletRequest request, StaticUrls urls) {
        this.usage = usage;
        this.request = request;
        this.urls = urls;
    }

    /**
     * Returns the lookup for {@code usage} on the page serving {@code request}.
     *
     * @throws EcstaticException naming the usage and the JSP when Ecstatic is not started
     */
    static Lookup on(String usage, ServletRequest request) {
        try {
            return new Lookup(usage, request, StaticUrls.get(request.getServletContext()));
        } catch (EcstaticException e) {
            throw failure(usage, request, e);
        }
    }

    /**
     * Returns the URL of {@code path}.
     *
     * @throws EcstaticException naming the usage and the JSP when the lookup fails (strict mode)
     */
    String url(String path) {
        try {
            return urls.url(path, this);
        } catch (EcstaticException e) {
            throw failure(usage, request, e);
        }
    }

    /**
     * Returns the import map that {@code options} ask for.
     *
     * @throws EcstaticException naming the usage and the JSP when a module is unknown (strict mode)
     */
    ImportMap importMap(ImportMap.Options options) {
        try {
            return urls.importMap(options, this);
        } catch (EcstaticException e) {
            throw failure(usage, request, e);
        }
    }

    /**
     * Returns the entry module {@code path} and the modules it imports statically.
     *
     * @throws EcstaticException naming the usage and the JSP when the entry is unknown (strict mode)
     */
    List<ModulePreload> modulePreloads(String path) {
        try {
            return urls.modulePreloads(path, this);
        } catch (EcstaticException e) {
            throw failure(usage, request, e);
        }
    }

    /** Returns the integrity value of {@code path}, or null when it is not known. */
    String integrity(String path) {
        return urls.integrity(path);
    }

    /** Returns the usage and the page, as a warning about a name without a hash names them. */
    @Override
    public String toString() {
        return usage + " in " + JspLocation.of(request);
    }

    /** Returns {@code e} as a JspException for a tag handler. */
    static JspException asJspException(EcstaticException e) {
        return new JspException(e.getMessage(), e);
    }

    private static EcstaticException failure(String usage, ServletRequest request, EcstaticException cause) {
        return new EcstaticException(usage + " in " + JspLocation.of(request) + ": " + cause.getMessage(), cause);
    }
}
