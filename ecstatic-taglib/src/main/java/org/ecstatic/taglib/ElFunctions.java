package org.ecstatic.taglib;

import jakarta.servlet.ServletRequest;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.ImportMap;

/**
 * The EL functions of the tag library:
 * <pre>{@code
 * <%@ taglib prefix="static" uri="https://ecstatic.org/tags" %>
 * <img src="${static:url('img/logo.png')}" alt="">
 * }</pre>
 * They find the web application through the request the thread is serving ({@link CurrentRequest}).
 */
public final class ElFunctions {
    private ElFunctions() {
    }

    /**
     * Returns the hashed URL of {@code path}, not escaped.
     *
     * @throws EcstaticException naming the call and the JSP in strict mode when the manifest does not list
     *                           the path, or when called outside a request
     */
    public static String url(String path) {
        String usage = "${static:url('" + path + "')}";
        return Lookup.on(usage, request(usage)).url(path);
    }

    /**
     * Returns the Subresource Integrity value of {@code path} ({@code sha256-...}), or an empty string
     * when it is not known (so that {@code integrity="${...}"} never prints {@code null}).
     *
     * @throws EcstaticException when called outside a request
     */
    public static String integrity(String path) {
        String usage = "${static:integrity('" + path + "')}";
        String integrity = Lookup.on(usage, request(usage)).integrity(path);
        return integrity == null ? "" : integrity;
    }

    /**
     * Returns the import map of every module and configured bare specifier as JSON (see
     * {@code <static:importmap>}), safe to write between {@code <script type="importmap">} and
     * {@code </script>} as it is.
     *
     * @throws EcstaticException naming the call and the JSP in strict mode when a bare specifier's module
     *                           is unknown, or when called outside a request
     */
    public static String importmap() {
        String usage = "${static:importmap()}";
        return Lookup.on(usage, request(usage)).importMap(ImportMap.Options.all()).json();
    }

    private static ServletRequest request(String usage) {
        ServletRequest request = CurrentRequest.get();
        if (request == null) {
            throw new EcstaticException(usage + " was called outside a request. The EL functions work in "
                    + "JSPs of a web application that has ecstatic-taglib in WEB-INF/lib.");
        }
        return request;
    }
}
