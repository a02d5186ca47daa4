package org.ecstatic.runtime;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.MappingMatch;
import org.ecstatic.runtime.manifest.UrlPaths;

import java.io.IOException;

/**
 * Makes {@code response.encodeURL} (and so JSTL's {@code <c:url value="/static/css/site.css"/>})
 * return hashed URLs: {@code <contextPath><prefix>css/site.css?v#f} becomes the URL that
 * {@link StaticUrls#url} gives for {@code css/site.css?v#f}, which then goes through the container's
 * own {@code encodeURL}. A request for the container's own default servlet (a plain file) is passed on
 * unwrapped. The path is a URL, so it is percent-decoded once into the logical name:
 * {@code <c:url value="/static/img/a%23b.png"/>} names the file {@code img/a#b.png}. Any other URL costs one {@code startsWith} and goes to the container as it is.
 * Mapped to {@code /*}.
 *
 * <pre>{@code
 * <filter><filter-name>ecstatic-url-encoding</filter-name>
 *   <filter-class>org.ecstatic.runtime.StaticUrlEncodingFilter</filter-class></filter>
 * <filter-mapping><filter-name>ecstatic-url-encoding</filter-name><url-pattern>/*</url-pattern></filter-mapping>
 * }</pre>
 */
public class StaticUrlEncodingFilter implements Filter {
    private StaticUrls urls;
    private ServletContext context;
    private String prefix;
    /** Whether each servlet (by name) is the container's own file servlet, looked up once per name. */
    private final java.util.concurrent.ConcurrentMap<String, Boolean> containersFileServlets =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The static root as this library writes it: the context path percent-encoded, then the prefix. */
    private String encodedRoot;

    /**
     * Takes the web application's {@link StaticUrls}.
     *
     * @throws EcstaticException when Ecstatic was not started for this web application
     */
    @Override
    public void init(FilterConfig filterConfig) {
        context = filterConfig.getServletContext();
        urls = StaticUrls.get(context);
        prefix = urls.config().prefix();
        encodedRoot = StaticUrls.encodedContextPath(context.getContextPath()) + prefix;
    }

    /** Passes the request on with a response whose {@code encodeURL} knows the hashed URLs. */
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest httpRequest && response instanceof HttpServletResponse http
                && !isWrapped(response) && !servedByTheContainersFileServlet(httpRequest)) {
            // the URLs a page passes to encodeURL start with the context path as the request gives it
            chain.doFilter(request, new HashingResponse(http, httpRequest.getContextPath() + prefix, encodedRoot, urls));
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Whether the request goes to the container's own default servlet, which sends a file and calls no
     * {@code encodeURL}: its response is left unwrapped, so that the container's own optimisations
     * (Tomcat's sendfile needs its own response object) stay on. An application servlet mapped to
     * {@code /} (Spring's DispatcherServlet) is not the container's and gets the hashing response.
     */
    private boolean servedByTheContainersFileServlet(HttpServletRequest request) {
        HttpServletMapping mapping = request.getHttpServletMapping();
        if (mapping == null || mapping.getMappingMatch() != MappingMatch.DEFAULT) {
            return false;
        }
        return containersFileServlets.computeIfAbsent(mapping.getServletName(), name -> {
            ServletRegistration registration = context.getServletRegistration(name);
            String className = registration == null ? null : registration.getClassName();
            return className != null && (className.endsWith(".DefaultServlet") || className.endsWith("$Default404Servlet"));
        });
    }

    private static boolean isWrapped(ServletResponse response) {
        return response instanceof HashingResponse
                || response instanceof ServletResponseWrapper wrapper && wrapper.isWrapperFor(HashingResponse.class);
    }

    /** A response whose URL encoding maps static paths to hashed URLs first. */
    static final class HashingResponse extends HttpServletResponseWrapper {
        private final String staticRoot;
        private final String encodedRoot;
        private final StaticUrls urls;

        /**
         * @param staticRoot  the static root as the request gives its context path
         * @param encodedRoot the static root as this library writes it (they differ where the
         *                    container gives the context path decoded, or encoded otherwise)
         */
        HashingResponse(HttpServletResponse response, String staticRoot, String encodedRoot, StaticUrls urls) {
            super(response);
            this.staticRoot = staticRoot;
            this.encodedRoot = encodedRoot;
            this.urls = urls;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(hashed(url));
        }

        @Override
        public String encodeRedirectURL(String url) {
            return super.encodeRedirectURL(hashed(url));
        }

        /**
         * Returns the hashed URL of a URL below the static root: its path is percent-decoded once into
         * the logical name ({@code img/a%23b.png} names {@code img/a#b.png}), and its query and
         * fragment kept. A URL whose escapes are malformed is left as it is.
         */
        private String hashed(String url) {
            int start = url == null ? -1 : url.startsWith(staticRoot) ? staticRoot.length()
                    : url.startsWith(encodedRoot) ? encodedRoot.length() : -1;
            if (start < 0) {
                return url;
            }
            int cut = start;
            while (cut < url.length() && url.charAt(cut) != '?' && url.charAt(cut) != '#') {
                cut++;
            }
            String name = UrlPaths.decode(url.substring(start, cut));
            return name == null ? url : urls.urlOfName(name, url.substring(cut), null);
        }
    }
}
