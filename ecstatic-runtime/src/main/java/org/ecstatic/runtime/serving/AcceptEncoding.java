package org.ecstatic.runtime.serving;

/**
 * Chooses among the precompressed encodings of a file by the request's {@code Accept-Encoding},
 * honouring q-values: {@code gzip;q=0} refuses gzip, {@code *} stands for any encoding not named,
 * and on equal preference brotli wins.
 */
final class AcceptEncoding {
    static final String BR = "br";
    static final String GZIP = "gzip";

    private AcceptEncoding() {
    }

    /**
     * Returns {@code "br"}, {@code "gzip"} or null (send the file as it is).
     *
     * @param header  the Accept-Encoding header, or null when absent
     * @param hasBr   whether a brotli variant exists
     * @param hasGzip whether a gzip variant exists
     */
    static String choose(String header, boolean hasBr, boolean hasGzip) {
        if (header == null || !(hasBr || hasGzip)) {
            return null;
        }
        int br = -1;
        int gzip = -1;
        int any = -1;
        int i = 0;
        while (i < header.length()) {
            int end = header.indexOf(',', i);
            end = end == -1 ? header.length() : end;
            int semicolon = header.indexOf(';', i);
            int tokenEnd = semicolon == -1 || semicolon > end ? end : semicolon;
            int q = tokenEnd == end ? 1000 : quality(header, tokenEnd + 1, end);
            String token = header.substring(i, tokenEnd).trim();
            if (token.equalsIgnoreCase(BR)) {
                br = q;
            } else if (token.equalsIgnoreCase(GZIP) || token.equalsIgnoreCase("x-gzip")) {
                gzip = q;
            } else if (token.equals("*")) {
                any = q;
            }
            i = end + 1;
        }
        int brQuality = !hasBr ? 0 : br >= 0 ? br : Math.max(any, 0);
        int gzipQuality = !hasGzip ? 0 : gzip >= 0 ? gzip : Math.max(any, 0);
        if (brQuality == 0 && gzipQuality == 0) {
            return null;
        }
        return brQuality >= gzipQuality ? BR : GZIP;
    }

    /** Returns the q parameter in thousandths: 1000 when absent, 0 when malformed (the coding is then not used). */
    private static int quality(String header, int from, int end) {
        String params = header.substring(from, end).trim();
        for (String param : params.split(";")) {
            String p = param.trim();
            if (p.length() >= 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                return parseQ(p.substring(2).trim());
            }
        }
        return 1000;
    }

    /** Parses an RFC 9110 qvalue: {@code 0[.ddd]} or {@code 1[.000]}; anything else gives 0. */
    private static int parseQ(String value) {
        if (value.isEmpty() || value.length() > 5 || !(value.charAt(0) == '0' || value.charAt(0) == '1')) {
            return 0;
        }
        int thousandths = (value.charAt(0) - '0') * 1000;
        if (value.length() > 1) {
            if (value.charAt(1) != '.') {
                return 0;
            }
            int scale = 100;
            for (int i = 2; i < value.length(); i++, scale /= 10) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    return 0;
                }
                thousandths += (c - '0') * scale;
            }
        }
        return thousandths > 1000 ? 0 : thousandths;
    }
}
