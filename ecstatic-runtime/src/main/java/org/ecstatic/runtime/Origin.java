package org.ecstatic.runtime;

import jakarta.servlet.ServletRequest;

import java.util.Locale;

/**
 * Tells whether a URL is on another origin than the page being served: only absolute URLs
 * (a CDN {@code ecstatic.baseUrl}) can be; scheme, host and port are compared with the request's.
 * The tag library and the Thymeleaf dialect ask it whether an element needs {@code crossorigin}.
 */
public final class Origin {
    private Origin() {
    }

    /** Returns whether {@code url} is absolute or protocol-relative and not on the origin of {@code request}. */
    public static boolean isCross(String url, ServletRequest request) {
        return isCross(url, request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** Returns whether {@code url} is absolute or protocol-relative and not on the origin scheme://host:port. */
    public static boolean isCross(String url, String pageScheme, String pageHost, int pagePort) {
        int slashes = url.indexOf("//");
        if (slashes < 0 || (slashes > 0 && !url.startsWith("://", slashes - 1))) {
            return false;
        }
        String scheme = slashes == 0 ? pageScheme : url.substring(0, slashes - 1);
        String authority = authority(url, slashes + 2);
        int colon = authority.lastIndexOf(':');
        boolean hasPort = colon >= 0 && !authority.endsWith("]");
        String host = hasPort ? authority.substring(0, colon) : authority;
        int port = hasPort ? parsePort(authority.substring(colon + 1)) : defaultPort(scheme);
        return !scheme.equalsIgnoreCase(pageScheme) || !host.equalsIgnoreCase(pageHost) || port != pagePort;
    }

    private static String authority(String url, int from) {
        int end = from;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(from, end);
        return authority.substring(authority.lastIndexOf('@') + 1);
    }

    private static int parsePort(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int defaultPort(String scheme) {
        return scheme.toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
    }
}
