package org.ecstatic.runtime.serving;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecstatic.runtime.dev.WebAppFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the filter's responses, headers built in small named steps from the values a
 * {@link PreparedFile} prepared: a file (200 or 206), 304, 412, 416, 404, 400, OPTIONS and 405.
 */
final class ResponseWriter {
    static final String ALLOW = "GET, HEAD, OPTIONS";
    private static final byte[] NOT_FOUND = "Not Found\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BAD_REQUEST = "Bad Request: the path is not in canonical form\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] METHOD_NOT_ALLOWED = "Method Not Allowed\n".getBytes(StandardCharsets.US_ASCII);

    private final BodySender bodies;
    private final String allowOrigin;

    /**
     * @param files       where the bytes of files not held in memory are read from
     * @param allowOrigin the Access-Control-Allow-Origin value for served files, or null for none
     */
    ResponseWriter(WebAppFiles files, String allowOrigin) {
        this.bodies = new BodySender(files);
        this.allowOrigin = allowOrigin;
    }

    /** Sends the whole representation (200), one part of it (206) or 416, the body with a blocking copy. */
    void file(HttpServletResponse response, PreparedFile file, Representation rep, ByteRange range, boolean body)
            throws IOException {
        file(null, response, file, rep, range, body);
    }

    /**
     * Sends the whole representation (200), one part of it (206) or 416; the body only when {@code body},
     * the way {@link BodySender} chooses for {@code request}.
     */
    void file(HttpServletRequest request, HttpServletResponse response, PreparedFile file, Representation rep,
              ByteRange range, boolean body) throws IOException {
        if (range.kind() == ByteRange.Kind.UNSATISFIABLE) {
            rangeNotSatisfiable(response, rep);
            return;
        }
        boolean part = range.kind() == ByteRange.Kind.PART;
        long first = part ? range.first() : 0;
        long count = part ? range.count() : rep.length();
        response.setStatus(part ? HttpServletResponse.SC_PARTIAL_CONTENT : HttpServletResponse.SC_OK);
        addCacheHeaders(response, file);
        addValidators(response, file, rep);
        addContentHeaders(response, file, count);
        addEncodingHeaders(response, rep);
        addCorsHeaders(response);
        if (part) {
            response.setHeader("Content-Range", rep.contentRange(range));
        }
        if (body && count > 0) {
            bodies.send(request, response, rep, file.isImmutable(), first, count);
        }
    }

    /**
     * Sends 304 Not Modified: ETag, Cache-Control and Vary, no body. Its Content-Length, where the
     * container sends one (Jetty does, and would send 0), is the representation's: RFC 9110 section 8.6
     * allows no other in a 304.
     */
    void notModified(HttpServletResponse response, PreparedFile file, Representation rep) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        addCacheHeaders(response, file);
        response.setHeader("ETag", rep.etag());
        addCorsHeaders(response);
        response.setContentLengthLong(rep.length());
    }

    /** Sends 412 Precondition Failed, no body. */
    void preconditionFailed(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
        response.setContentLength(0);
    }

    /** Sends 404 that no cache keeps ({@code Cache-Control: no-store}). */
    void notFound(HttpServletResponse response) throws IOException {
        plain(response, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND);
    }

    /** Sends 400 for a request path that is not in canonical form. */
    void badRequest(HttpServletResponse response) throws IOException {
        plain(response, HttpServletResponse.SC_BAD_REQUEST, BAD_REQUEST);
    }

    /** Answers OPTIONS: 204 with {@code Allow}. */
    void options(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Allow", ALLOW);
        addCorsHeaders(response);
    }

    /** Sends 405 with {@code Allow}. */
    void methodNotAllowed(HttpServletResponse response) throws IOException {
        response.setHeader("Allow", ALLOW);
        plain(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, METHOD_NOT_ALLOWED);
    }

    private void rangeNotSatisfiable(HttpServletResponse response, Representation rep) {
        response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
        response.setHeader("Content-Range", rep.unsatisfiedRange());
        response.setContentLength(0);
    }

    private static void addCacheHeaders(HttpServletResponse response, PreparedFile file) {
        response.setHeader("Cache-Control", file.cacheControl());
        if (file.hasVariants()) {
            response.setHeader("Vary", "Accept-Encoding");
        }
    }

    private static void addValidators(HttpServletResponse response, PreparedFile file, Representation rep) {
        response.setHeader("ETag", rep.etag());
        response.setHeader("Last-Modified", file.lastModifiedDate());
    }

    private static void addContentHeaders(HttpServletResponse response, PreparedFile file, long length) {
        response.setContentType(file.contentType());
        response.setContentLengthLong(length);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    private static void addEncodingHeaders(HttpServletResponse response, Representation rep) {
        if (rep.contentEncoding() != null) {
            response.setHeader("Content-Encoding", rep.contentEncoding());
        }
    }

    private void addCorsHeaders(HttpServletResponse response) {
        if (allowOrigin != null) {
            response.setHeader("Access-Control-Allow-Origin", allowOrigin);
        }
    }

    private static void plain(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
