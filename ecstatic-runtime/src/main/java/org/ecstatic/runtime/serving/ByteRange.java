package org.ecstatic.runtime.serving;

/**
 * What a {@code Range} header asks of a representation of {@code length} bytes. Only a single
 * satisfiable range is honoured (206); several ranges give the whole representation, so a
 * request can never make the response larger than the file; malformed, unsatisfiable or
 * overflowing ranges give 416. A unit other than {@code bytes} is ignored.
 *
 * @param kind  what to send
 * @param first the first byte of the part, inclusive ({@link Kind#PART} only)
 * @param last  the last byte of the part, inclusive ({@link Kind#PART} only)
 */
record ByteRange(Kind kind, long first, long last) {

    /** What to send. */
    enum Kind {
        /** The whole representation, 200. */
        WHOLE,
        /** One part, 206 with Content-Range. */
        PART,
        /** Nothing, 416 with {@code Content-Range: bytes *}{@code /length}. */
        UNSATISFIABLE
    }

    static final ByteRange WHOLE = new ByteRange(Kind.WHOLE, 0, -1);
    static final ByteRange UNSATISFIABLE = new ByteRange(Kind.UNSATISFIABLE, 0, -1);

    /** Returns the number of bytes of the part. */
    long count() {
        return last - first + 1;
    }

    /**
     * Reads a Range header.
     *
     * @param header the header, or null when absent
     * @param length the length of the representation it applies to
     */
    static ByteRange parse(String header, long length) {
        if (header == null || !header.regionMatches(true, 0, "bytes=", 0, 6)) {
            return WHOLE;
        }
        ByteRange chosen = null;
        int satisfiable = 0;
        int i = 6;
        while (true) {
            int end = header.indexOf(',', i);
            end = end == -1 ? header.length() : end;
            ByteRange spec = spec(header.substring(i, end).trim(), length);
            if (spec == null) {
                return UNSATISFIABLE;
            }
            if (spec.kind == Kind.PART) {
                satisfiable++;
                chosen = spec;
            }
            if (end == header.length()) {
                break;
            }
            i = end + 1;
        }
        return satisfiable == 0 ? UNSATISFIABLE : satisfiable == 1 ? chosen : WHOLE;
    }

    /** Returns the part a single spec selects, UNSATISFIABLE when it selects nothing, null when malformed. */
    private static ByteRange spec(String spec, long length) {
        int dash = spec.indexOf('-');
        if (dash == -1) {
            return null;
        }
        long first = number(spec, 0, dash);
        long last = number(spec, dash + 1, spec.length());
        if (dash == 0) {
            if (last < 0) {
                return null;
            }
            return last == 0 || length == 0 ? UNSATISFIABLE
                    : new ByteRange(Kind.PART, Math.max(0, length - last), length - 1);
        }
        if (first < 0 || (dash + 1 < spec.length() && (last < 0 || last < first))) {
            return null;
        }
        if (first >= length) {
            return UNSATISFIABLE;
        }
        return new ByteRange(Kind.PART, first, dash + 1 == spec.length() ? length - 1 : Math.min(last, length - 1));
    }

    /** Returns the decimal number in {@code s[from, to)}, or -1 when empty, not digits or beyond a long. */
    private static long number(String s, int from, int to) {
        if (from >= to || to - from > 18) {
            return -1;
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
