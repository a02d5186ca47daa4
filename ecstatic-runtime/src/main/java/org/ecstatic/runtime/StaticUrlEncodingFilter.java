package org.ecstatic.runtime;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.ecstatic.runtime.manifest.UrlPaths;

import java.io.IOException;

/**
 * Makes {@code response.encodeURL} (and so JSTL's {@code <c:url value="/static/css/site.css"/>})
 * return hashed URLs: {@code <contextPath><prefix>css/site.css?v#f} becomes the URL that
 * {@link StaticUrls#url} gives for {@code css/site.css?v#f}, which then goes through the container's
 * own {@code encodeURL}. The path is a URL, so it is percent-decoded once into the logical name:
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
    private String staticRoot;

    /**
     * Takes the web application's {@link StaticUrls}.
     *
     * @throws EcstaticException when Ecstatic was not started for this web application
     */
    @Override
    public void init(FilterConfig filterConfig) {
        urls = StaticUrls.get(filterConfig.getServletContext());
        staticRoot = filterConfig.getServletContext().getContextPath() + urls.config().prefix();
    }

    /** Passes the request on with a response whose {@code encodeURL} knows the hashed URLs. */
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http && !isWrapped(response)) {
            chain.doFilter(request, new HashingResponse(http, staticRoot, urls));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isWrapped(ServletResponse response) {
        return response instanceof HashingResponse
                || response instanceof ServletResponseWrapper wrapper && wrapper.isWrapperFor(HashingResponse.class);
    }

    /** A response whose URL encoding maps static paths to hashed URLs first. */
    static final class HashingResponse extends HttpServletResponseWrapper {
        private final String staticRoot;
        private final StaticUrls urls;

        HashingResponse(HttpServletResponse response, String staticRoot, StaticUrls urls) {
            super(response);
            this.staticRoot = staticRoot;
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
            if (url == null || !url.startsWith(staticRoot)) {
                return url;
            }
            int cut = staticRoot.length();
            while (cut < url.length() && url.charAt(cut) != '?' && url.charAt(cut) != '#') {
                cut++;
            }
            String name = UrlPaths.decode(url.substring(staticRoot.length(), cut));
            return name == null ? url : urls.urlOfName(name, url.substring(cut), null);
        }
    }
}
