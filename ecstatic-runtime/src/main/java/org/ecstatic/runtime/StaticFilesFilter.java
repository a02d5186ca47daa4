package org.ecstatic.runtime;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecstatic.runtime.serving.FileServer;

import java.io.IOException;

/**
 * Serves the static files the manifest lists, mapped to the static prefix ({@code /static/*} by default).
 * A hashed name from the manifest's {@code files} is sent with {@code Cache-Control: public,
 * max-age=31536000, immutable}, a strong ETag derived from its hash (one per encoding), Last-Modified,
 * Content-Type and Content-Length; conditional requests, single byte ranges and the precompressed
 * {@code .br}/{@code .gz} siblings are honoured. A logical name from {@code paths} is sent with
 * {@code Cache-Control: no-cache} and an ETag. A well-formed hashed name the manifest does not list
 * gets a 404 with {@code Cache-Control: no-store}. Any other name goes down the filter chain untouched.
 * Request paths that are not in canonical form are refused (400) before any lookup, and WEB-INF,
 * META-INF and the manifest are never served (404). In dev mode (no manifest) a hashed URL serves the
 * current unhashed file with {@code Cache-Control: no-cache}.
 *
 * <pre>{@code
 * <filter>
 *   <filter-name>ecstatic-static-files</filter-name>
 *   <filter-class>org.ecstatic.runtime.StaticFilesFilter</filter-class>
 *   <init-param><param-name>corsAllowOrigin</param-name><param-value>*</param-value></init-param>
 * </filter>
 * <filter-mapping><filter-name>ecstatic-static-files</filter-name><url-pattern>/static/*</url-pattern></filter-mapping>
 * }</pre>
 *
 * Init parameters: {@code corsAllowOrigin} (the {@code Access-Control-Allow-Origin} of served files;
 * none by default), {@code maxCachedFileSize} (files up to this many bytes are held in memory; default
 * 65536) and {@code maxCacheBytes} (at most this many bytes in memory in all; default 16777216).
 * Larger files are streamed. The serving itself is {@link FileServer}'s.
 */
public class StaticFilesFilter implements Filter {
    /** Init parameter: the {@code Access-Control-Allow-Origin} value of served files; none when unset. */
    public static final String CORS_ALLOW_ORIGIN = "corsAllowOrigin";
    /** Init parameter: files up to this many bytes are held in memory (default 65536; 0 streams all). */
    public static final String MAX_CACHED_FILE_SIZE = "maxCachedFileSize";
    /** Init parameter: at most this many bytes of files are held in memory in all (default 16777216). */
    public static final String MAX_CACHE_BYTES = "maxCacheBytes";

    private volatile FileServer server;

    /** Creates the filter; it is set up by {@link #init(FilterConfig)}. */
    public StaticFilesFilter() {
        // configured in init
    }

    /**
     * Takes the web application's {@link StaticUrls} and reads the init parameters.
     *
     * @throws ServletException when Ecstatic was not started for the web application, or an init
     *                          parameter is not valid; the message says which and what to do
     */
    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        try {
            server = FileServer.start(filterConfig);
        } catch (EcstaticException e) {
            throw new ServletException(e.getMessage(), e);
        }
    }

    /** Serves a listed file, refuses a non-canonical or forbidden path, or passes the request on. */
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && res instanceof HttpServletResponse response) {
            server.serve(request, response, chain);
        } else {
            chain.doFilter(req, res);
        }
    }

    /** Drops the prepared files, and with them the bytes held in memory. */
    @Override
    public void destroy() {
        server = null;
    }
}
