package org.ecstatic.runtime;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

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
 *   <filter-name>ecstatic-files</filter-name>
 *   <filter-class>org.ecstatic.runtime.StaticFilesFilter</filter-class>
 *   <init-param><param-name>corsAllowOrigin</param-name><param-value>*</param-value></init-param>
 * </filter>
 * <filter-mapping><filter-name>ecstatic-files</filter-name><url-pattern>/static/*</url-pattern></filter-mapping>
 * }</pre>
 *
 * Init parameters: {@code corsAllowOrigin} (the {@code Access-Control-Allow-Origin} of served files;
 * none by default), {@code maxCachedFileSize} (files up to this many bytes are held in memory; default
 * 65536) and {@code maxCacheBytes} (at most this many bytes in memory in all; default 16777216).
 * Larger files are streamed from the ServletContext.
 */
public class StaticFilesFilter implements Filter {
    /** Init parameter: the {@code Access-Control-Allow-Origin} value of served files; none when unset. */
    public static final String CORS_ALLOW_ORIGIN = "corsAllowOrigin";
    /** Init parameter: files up to this many bytes are held in memory (default 65536; 0 streams all). */
    public static final String MAX_CACHED_FILE_SIZE = "maxCachedFileSize";
    /** Init parameter: at most this many bytes of files are held in memory in all (default 16777216). */
    public static final String MAX_CACHE_BYTES = "maxCacheBytes";

    private static final String DJANGO_MANIFEST = "staticfiles.json";

    private ServletContext context;
    private StaticUrls urls;
    private String mount;
    private String manifestFileName;
    private ServingOptions options;
    private StaticResponses responses;
    private LiveFiles liveFiles;
    private volatile StaticFiles files;

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
            context = filterConfig.getServletContext();
            urls = StaticUrls.get(context);
            options = ServingOptions.from(filterConfig);
        } catch (EcstaticException e) {
            throw new ServletException(e.getMessage(), e);
        }
        String prefix = urls.config().prefix();
        mount = context.getContextPath() + prefix;
        String manifest = urls.config().manifest();
        manifestFileName = manifest.substring(Math.max(manifest.lastIndexOf('/'), manifest.lastIndexOf(':')) + 1);
        responses = new StaticResponses(context, options.corsAllowOrigin());
        liveFiles = new LiveFiles(new StaticFileReader(context, prefix, options.newBudget()));
    }

    /** Serves a listed file, refuses a non-canonical or forbidden path, or passes the request on. */
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request && res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        RequestPath path = RequestPath.of(request.getRequestURI(), mount);
        switch (path.verdict()) {
            case OUTSIDE -> chain.doFilter(request, response);
            case NON_CANONICAL -> responses.badRequest(response);
            case FORBIDDEN -> responses.notFound(response);
            case NAME -> serveName(path.name(), request, response, chain);
        }
    }

    /** Drops the prepared files, and with them the bytes held in memory. */
    @Override
    public void destroy() {
        files = null;
    }

    private void serveName(String name, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Manifest manifest = urls.manifest();
        StaticFiles index = manifest == null ? null : index(manifest);
        StaticFile file = index != null ? index.find(name) : findInDev(name);
        if (file != null) {
            serveByMethod(file, request, response);
        } else if (HashedName.parse(name).isPresent() || isManifest(name, index)) {
            responses.notFound(response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void serveByMethod(StaticFile file, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        switch (request.getMethod()) {
            case "GET" -> send(file, request, response, true);
            case "HEAD" -> send(file, request, response, false);
            case "OPTIONS" -> responses.options(response);
            default -> responses.methodNotAllowed(response);
        }
    }

    private void send(StaticFile file, HttpServletRequest request, HttpServletResponse response, boolean body)
            throws IOException {
        Representation rep = file.select(request.getHeader("Accept-Encoding"));
        switch (Preconditions.evaluate(request, rep.etag(), file.lastModified())) {
            case NOT_MODIFIED -> responses.notModified(response, file, rep);
            case FAILED -> responses.preconditionFailed(response);
            case PROCEED -> responses.file(response, file, rep, range(request, file, rep, body), body);
        }
    }

    private static ByteRange range(HttpServletRequest request, StaticFile file, Representation rep, boolean body) {
        String header = body ? request.getHeader("Range") : null;
        if (header == null || !Preconditions.rangeApplies(request, rep.etag(), file.lastModified())) {
            return ByteRange.WHOLE;
        }
        return ByteRange.parse(header, rep.length());
    }

    /** Returns the index of the manifest in service, rebuilt when the manifest was swapped. */
    private StaticFiles index(Manifest manifest) {
        StaticFiles current = files;
        if (current == null || current.manifest() != manifest) {
            current = new StaticFiles(manifest, new StaticFileReader(context, urls.config().prefix(), options.newBudget()));
            files = current;
        }
        return current;
    }

    private StaticFile findInDev(String name) {
        Optional<HashedName> hashed = HashedName.parse(name);
        return hashed.isPresent() ? liveFiles.find(hashed.get().unhashed()) : null;
    }

    /** Whether {@code name} is where a manifest sits in the static root, and the manifest does not list it. */
    private boolean isManifest(String name, StaticFiles index) {
        return (name.equals(manifestFileName) || name.equals(DJANGO_MANIFEST)) && (index == null || !index.lists(name));
    }
}
