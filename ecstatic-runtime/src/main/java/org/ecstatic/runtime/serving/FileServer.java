package org.ecstatic.runtime.serving;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.StaticUrls;
import org.ecstatic.runtime.dev.WebAppFiles;
import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.UrlPaths;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the static files of one web application over HTTP, by the serving rules: what
 * {@link org.ecstatic.runtime.StaticFilesFilter} delegates to, and the one public type of this package.
 * A request's name is checked once ({@link RequestPath}), looked up once ({@link FileLookup}: the
 * manifest's files, or in dev mode the current files), and answered from what was prepared for it.
 *
 * <pre>{@code
 * FileServer server = FileServer.start(filterConfig);  // in Filter.init
 * server.serve(request, response, chain);              // in Filter.doFilter
 * }</pre>
 */
public final class FileServer {
    private static final String DJANGO_MANIFEST = "staticfiles.json";

    private final String prefix;
    private final String sessionParameter;
    private final ExecutableNames executables;
    private final FileLookup lookup;
    private final ResponseWriter responses;

    private FileServer(String prefix, String sessionParameter, ExecutableNames executables, FileLookup lookup,
                       ResponseWriter responses) {
        this.prefix = prefix;
        this.sessionParameter = sessionParameter;
        this.executables = executables;
        this.lookup = lookup;
        this.responses = responses;
    }

    /**
     * Returns the server for the web application of {@code filterConfig}, set up by the filter's init
     * parameters, in the mode the web application started in.
     *
     * @throws EcstaticException when Ecstatic was not started for the web application, or an init
     *                           parameter is not valid; the message says which and what to do
     */
    public static FileServer start(FilterConfig filterConfig) {
        ServletContext context = filterConfig.getServletContext();
        StaticUrls urls = StaticUrls.get(context);
        ServingOptions options = ServingOptions.from(filterConfig);
        String prefix = urls.config().prefix();
        WebAppFiles files = new WebAppFiles(context, prefix);
        Set<String> manifestNames = Set.of(manifestFileName(urls.config().manifest()), DJANGO_MANIFEST);
        FileLookup lookup = urls.isDev()
                ? new DevLookup(files, new FilePreparer(context, files, options.newBudget()), manifestNames)
                : new ManifestLookup(urls::manifest, () -> new FilePreparer(context, files, options.newBudget()),
                        manifestNames);
        return new FileServer(prefix, sessionParameter(context),
                ExecutableNames.of(context, prefix), lookup,
                new ResponseWriter(files, options.corsAllowOrigin()));
    }

    /** Serves a listed file, refuses a non-canonical or forbidden path, or passes the request down the chain. */
    public void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        RequestPath path = RequestPath.of(uri, rawContextPath(uri, request.getContextPath()), prefix, sessionParameter);
        switch (path.verdict()) {
            case OUTSIDE -> chain.doFilter(request, response);
            case DIRECTORY -> responses.notFound(response);
            case NON_CANONICAL -> responses.badRequest(response);
            case FORBIDDEN -> responses.notFound(response);
            case NAME -> serveName(path.name(), request, response, chain);
        }
    }

    private void serveName(String name, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<HashedName> hashed = HashedName.parse(name);
        if (executables.matches(hashed.map(HashedName::unhashed).orElse(name))) {
            // a page or a servlet's path: the container runs it; its source is never sent
            if (hashed.isPresent()) {
                responses.notFound(response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        PreparedFile file = lookup.find(name);
        if (file != null) {
            serveByMethod(file, request, response);
        } else if (hashed.isPresent() || lookup.isUnlistedManifest(name)) {
            responses.notFound(response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void serveByMethod(PreparedFile file, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        switch (request.getMethod()) {
            case "GET" -> send(file, request, response, true);
            case "HEAD" -> send(file, request, response, false);
            case "OPTIONS" -> responses.options(response);
            default -> responses.methodNotAllowed(response);
        }
    }

    private void send(PreparedFile file, HttpServletRequest request, HttpServletResponse response, boolean body)
            throws IOException {
        Representation rep = file.select(request.getHeader("Accept-Encoding"));
        switch (Preconditions.evaluate(request, rep.etag(), file.lastModified())) {
            case NOT_MODIFIED -> responses.notModified(response, file, rep);
            case FAILED -> responses.preconditionFailed(response);
            case PROCEED -> responses.file(request, response, file, rep, range(request, file, rep, body), body);
        }
    }

    private static ByteRange range(HttpServletRequest request, PreparedFile file, Representation rep, boolean body) {
        String header = body ? request.getHeader("Range") : null;
        if (header == null || !Preconditions.rangeApplies(request, rep.etag(), file.lastModified())) {
            return ByteRange.WHOLE;
        }
        return ByteRange.parse(header, rep.length());
    }

    /**
     * Returns the context path as the request URI spells it. Containers give it not decoded, mostly: Jetty
     * gives {@code /caf%C3%A9} as it has it, whatever the case of the client's hex digits, so the
     * URI's first segments are compared with it decoded.
     */
    private static String rawContextPath(String uri, String contextPath) {
        if (uri.startsWith(contextPath)) {
            return contextPath;
        }
        String decoded = UrlPaths.decode(contextPath);
        if (decoded == null) {
            return contextPath;
        }
        // as many segments of the URI as the context path has
        int end = 0;
        for (int i = 0; i < decoded.length() && end >= 0; i++) {
            if (decoded.charAt(i) == '/') {
                end = uri.indexOf('/', end + 1);
            }
        }
        String candidate = end < 0 ? uri : uri.substring(0, end);
        return decoded.equals(UrlPaths.decode(candidate)) ? candidate : contextPath;
    }

    /** Returns the session id path parameter as the containers name it: the session cookie's name in lower case. */
    private static String sessionParameter(ServletContext context) {
        String cookie = context.getSessionCookieConfig() == null ? null : context.getSessionCookieConfig().getName();
        return cookie == null || cookie.isBlank() ? RequestPath.DEFAULT_SESSION_PARAMETER : cookie.toLowerCase(Locale.ROOT);
    }

    private static String manifestFileName(String manifest) {
        return manifest.substring(Math.max(manifest.lastIndexOf('/'), manifest.lastIndexOf(':')) + 1);
    }
}
