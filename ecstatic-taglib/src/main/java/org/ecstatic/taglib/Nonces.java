package org.ecstatic.taglib;

import jakarta.servlet.ServletRequest;
import org.ecstatic.runtime.ImportMap;

/** The Content-Security-Policy nonce a tag writes: its own attribute, else the request's {@link ImportMap#NONCE_ATTRIBUTE}. */
final class Nonces {
    private Nonces() {
    }

    /** Returns {@code given} when not null, else the request attribute {@code ecstatic.nonce} as text, else null. */
    static String of(String given, ServletRequest request) {
        if (given != null) {
            return given;
        }
        Object attribute = request.getAttribute(ImportMap.NONCE_ATTRIBUTE);
        return attribute == null ? null : attribute.toString();
    }
}
