package org.ecstatic.runtime.serving;

import jakarta.servlet.http.HttpServletRequest;

import java.util.function.Function;

/**
 * The conditional request headers, evaluated in the order of RFC 9110 section 13.2.2:
 * If-Match, else If-Unmodified-Since (412 when false); then If-None-Match, else If-Modified-Since
 * (304 when false; If-Modified-Since only for GET and HEAD, and ignored when If-None-Match is sent).
 * Malformed dates are ignored.
 */
final class Preconditions {

    /** The outcome. */
    enum Outcome {
        /** Send the representation (or the part asked for). */
        PROCEED,
        /** 304 Not Modified. */
        NOT_MODIFIED,
        /** 412 Precondition Failed. */
        FAILED
    }

    private Preconditions() {
    }

    /**
     * Evaluates the request's preconditions against a representation.
     *
     * @param etag         the representation's strong ETag, quoted
     * @param lastModified the file's last modification, in seconds since the epoch
     */
    static Outcome evaluate(HttpServletRequest request, String etag, long lastModified) {
        return evaluate(name -> header(request, name), etag, lastModified);
    }

    /**
     * Returns a header of the request: for If-Match and If-None-Match, which are lists, every field of
     * that name joined with commas (a client may send the list in several fields, which means the same);
     * for any other, its first value.
     */
    private static String header(HttpServletRequest request, String name) {
        if (!name.equals("If-Match") && !name.equals("If-None-Match")) {
            return request.getHeader(name);
        }
        java.util.Enumeration<String> values = request.getHeaders(name);
        java.util.List<String> fields = values == null ? java.util.List.of() : java.util.Collections.list(values);
        return fields.isEmpty() ? null : String.join(", ", fields);
    }

    /**
     * Evaluates the preconditions given by {@code headers}, the request's header values by name (null
     * when absent); each header is asked for only when its turn comes.
     *
     * @see #evaluate(HttpServletRequest, String, long)
     */
    static Outcome evaluate(Function<String, String> headers, String etag, long lastModified) {
        String ifMatch = headers.apply("If-Match");
        if (ifMatch != null) {
            if (!EntityTags.matches(ifMatch, etag, false)) {
                return Outcome.FAILED;
            }
        } else {
            long since = HttpDate.parse(headers.apply("If-Unmodified-Since"));
            if (since >= 0 && lastModified > since) {
                return Outcome.FAILED;
            }
        }
        String ifNoneMatch = headers.apply("If-None-Match");
        if (ifNoneMatch != null) {
            return EntityTags.matches(ifNoneMatch, etag, true) ? Outcome.NOT_MODIFIED : Outcome.PROCEED;
        }
        long since = HttpDate.parse(headers.apply("If-Modified-Since"));
        return since >= 0 && lastModified <= since ? Outcome.NOT_MODIFIED : Outcome.PROCEED;
    }

    /**
     * Returns whether a Range header may be honoured under the request's If-Range: true when there is
     * no If-Range, or it names the representation's strong ETag, or it is the exact Last-Modified date.
     */
    static boolean rangeApplies(HttpServletRequest request, String etag, long lastModified) {
        return rangeApplies(request::getHeader, etag, lastModified);
    }

    /**
     * Returns whether a Range header may be honoured under the If-Range of {@code headers}, the
     * request's header values by name (null when absent).
     *
     * @see #rangeApplies(HttpServletRequest, String, long)
     */
    static boolean rangeApplies(Function<String, String> headers, String etag, long lastModified) {
        String ifRange = headers.apply("If-Range");
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.trim();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            // one entity-tag, compared strongly: a weak tag never matches
            return value.equals(etag);
        }
        return HttpDate.parse(value) == lastModified;
    }
}
