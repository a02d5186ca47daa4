package org.ecstatic.runtime.serving;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * The name a request asks for below the static mount ({@code <contextPath><prefix>}), worked out
 * from the raw request URI, never from the container's decoded and normalised servlet path.
 * Anything that is not plainly canonical is refused before any lookup: {@code ..} and {@code .}
 * segments, empty segments ({@code //}), {@code ;} path parameters, {@code \}, control characters,
 * percent-encoded {@code / \ .} or control characters, and percent-encoded bytes that are not valid
 * UTF-8 (overlong forms included). A name is decoded once: {@code %25} and {@code %3B} give a
 * {@code %} and a {@code ;} in the name (a file named {@code 100%.svg} is asked for as
 * {@code 100%25.svg}), never a second round of decoding; a name that a second round would turn into
 * one of the refused forms ({@code %252e}) is refused too. The one path parameter taken is the session
 * id that the container's {@code encodeURL} appends to the last segment on a visitor's first page
 * ({@code ;jsessionid=…}): it is dropped, and the file served as without it.
 *
 * @param verdict what to do with the request
 * @param name    the decoded name relative to the static root when {@code verdict} is {@link Verdict#NAME}, else null
 */
record RequestPath(Verdict verdict, String name) {

    /** What a raw request path amounts to. */
    enum Verdict {
        /** Not below the static mount: not this filter's business. */
        OUTSIDE,
        /** The static root or a directory below it ({@code /static/}, {@code /static/css/}): never listed. */
        DIRECTORY,
        /** Not in canonical form: refused before any lookup. */
        NON_CANONICAL,
        /** A WEB-INF or META-INF segment: never served. */
        FORBIDDEN,
        /** A canonical name below the static mount. */
        NAME
    }

    /** The session id path parameter of a container that was not told another name. */
    static final String DEFAULT_SESSION_PARAMETER = "jsessionid";

    private static final RequestPath OUTSIDE = new RequestPath(Verdict.OUTSIDE, null);
    private static final RequestPath DIRECTORY = new RequestPath(Verdict.DIRECTORY, null);
    private static final RequestPath NON_CANONICAL = new RequestPath(Verdict.NON_CANONICAL, null);
    private static final RequestPath FORBIDDEN = new RequestPath(Verdict.FORBIDDEN, null);

    /** Raw characters allowed in a path below the mount: unreserved, sub-delimiters but ';', ':', '@', '/'. */
    private static final boolean[] RAW_ALLOWED = new boolean[128];

    static {
        for (char c : ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                + "-._~!$&'()*+,=:@/").toCharArray()) {
            RAW_ALLOWED[c] = true;
        }
    }

    /**
     * Classifies a raw request URI.
     *
     * @param rawUri the request URI as sent, without the query ({@code HttpServletRequest.getRequestURI()})
     * @param mount  the context path followed by the static prefix, e.g. {@code /app/static/}
     */
    static RequestPath of(String rawUri, String mount) {
        return of(rawUri, mount, DEFAULT_SESSION_PARAMETER);
    }

    /**
     * Classifies a raw request URI, dropping a trailing {@code ;<sessionParameter>=…} from its last segment.
     *
     * @param sessionParameter the name of the session id path parameter, lower case ({@code jsessionid})
     */
    static RequestPath of(String rawUri, String mount, String sessionParameter) {
        return of(rawUri, "", mount, sessionParameter);
    }

    /**
     * Classifies a raw request URI below {@code contextPath} (as the request gives it: not decoded,
     * so a context {@code /my app} is {@code /my%20app}) and {@code prefix}.
     */
    static RequestPath of(String rawUri, String contextPath, String prefix, String sessionParameter) {
        if (!(rawUri.startsWith(contextPath) && rawUri.startsWith(prefix, contextPath.length()))) {
            return rawUri.startsWith(contextPath) && looksCanonical(rawUri.substring(contextPath.length()))
                    ? OUTSIDE : NON_CANONICAL;
        }
        String rest = withoutSessionId(withoutSessionId(rawUri.substring(contextPath.length() + prefix.length()),
                sessionParameter), DEFAULT_SESSION_PARAMETER);
        int percent = checkRawCharacters(rest);
        if (percent == -2) {
            return NON_CANONICAL;
        }
        String name = percent == -1 ? rest : decode(rest);
        if (name == null || percent != -1 && !escapeFree(name)) {
            return NON_CANONICAL;
        }
        return checkSegments(name);
    }

    /**
     * Returns {@code rest} without a {@code ;<sessionParameter>=<id>} at the end of its last segment;
     * {@code rest} itself when there is none. Only a plain id counts (letters, digits, {@code - _ .}):
     * another {@code ;}, a {@code /} or a {@code %} leaves the path as it is, to be refused.
     */
    private static String withoutSessionId(String rest, String sessionParameter) {
        int semicolon = rest.lastIndexOf(';');
        if (semicolon <= 0 || rest.charAt(semicolon - 1) == '/' || rest.indexOf(';') != semicolon
                || !rest.regionMatches(true, semicolon + 1, sessionParameter, 0, sessionParameter.length())
                || rest.length() <= semicolon + 1 + sessionParameter.length()
                || rest.charAt(semicolon + 1 + sessionParameter.length()) != '=') {
            return rest;
        }
        for (int i = semicolon + 2 + sessionParameter.length(); i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_'
                    || c == '.')) {
                return rest;
            }
        }
        return rest.substring(0, semicolon);
    }

    /** Returns -2 when a character is not allowed, -1 when there is no escape, else the index of the first '%'. */
    private static int checkRawCharacters(String rest) {
        int firstPercent = -1;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '%') {
                if (i + 2 >= rest.length() || !escapeAllowed(hex(rest.charAt(i + 1)), hex(rest.charAt(i + 2)))) {
                    return -2;
                }
                firstPercent = firstPercent == -1 ? i : firstPercent;
                i += 2;
            } else if (c >= 128 || !RAW_ALLOWED[c]) {
                return -2;
            }
        }
        return firstPercent;
    }

    private static boolean escapeAllowed(int high, int low) {
        if (high < 0 || low < 0) {
            return false;
        }
        int b = high << 4 | low;
        return b >= 0x80 || (b >= 0x20 && b != 0x7f && b != '/' && b != '\\' && b != '.');
    }

    /**
     * Whether a decoded name is free of escapes that a second decoding would turn into something refused
     * ({@code %252e} gave {@code %2e}): nothing here decodes twice, but a container or proxy behind the
     * filter might, so such a name is refused rather than passed on.
     */
    private static boolean escapeFree(String name) {
        for (int i = name.indexOf('%'); i >= 0 && i + 2 < name.length(); i = name.indexOf('%', i + 1)) {
            if (!escapeAllowed(hex(name.charAt(i + 1)), hex(name.charAt(i + 2)))
                    && hex(name.charAt(i + 1)) >= 0 && hex(name.charAt(i + 2)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String decode(String rest) {
        ByteBuffer bytes = ByteBuffer.allocate(rest.length());
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '%') {
                bytes.put((byte) (hex(rest.charAt(i + 1)) << 4 | hex(rest.charAt(i + 2))));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            // a new decoder reports malformed input: overlong forms, surrogates, truncated sequences
            return StandardCharsets.UTF_8.newDecoder().decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static RequestPath checkSegments(String name) {
        if (name.isEmpty() || name.endsWith("/")) {
            if (name.contains("//") || name.startsWith("/")) {
                return NON_CANONICAL;
            }
            return name.isEmpty() ? DIRECTORY : checkSegments(name.substring(0, name.length() - 1)).asDirectory();
        }
        int start = 0;
        boolean forbidden = false;
        while (start <= name.length()) {
            int end = name.indexOf('/', start);
            end = end == -1 ? name.length() : end;
            int length = end - start;
            if (length == 0 || (length == 1 && name.charAt(start) == '.')
                    || (length == 2 && name.startsWith("..", start))) {
                return NON_CANONICAL;
            }
            forbidden |= isSegment(name, start, length, "WEB-INF") || isSegment(name, start, length, "META-INF");
            start = end + 1;
        }
        return forbidden ? FORBIDDEN : new RequestPath(Verdict.NAME, name);
    }

    /** Returns this verdict for the directory of that name: a name becomes {@link Verdict#DIRECTORY}. */
    private RequestPath asDirectory() {
        return verdict == Verdict.NAME ? DIRECTORY : this;
    }

    private static boolean isSegment(String name, int start, int length, String segment) {
        return length == segment.length() && name.regionMatches(true, start, segment, 0, length);
    }

    /** Whether a path outside the mount is free of the features that make a path ambiguous. */
    private static boolean looksCanonical(String rawUri) {
        return !(rawUri.contains("//") || rawUri.contains("/./") || rawUri.contains("/../")
                || rawUri.endsWith("/.") || rawUri.endsWith("/..") || rawUri.indexOf('%') >= 0
                || rawUri.indexOf(';') >= 0 || rawUri.indexOf('\\') >= 0);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
