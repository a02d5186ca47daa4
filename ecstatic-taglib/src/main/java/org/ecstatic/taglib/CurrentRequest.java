package org.ecstatic.taglib;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;

/**
 * Remembers the request a thread is serving, so that the EL functions in {@link ElFunctions},
 * which receive only their arguments, can find the web application's {@code StaticUrls}.
 * Registered by the tag library descriptor; applications never use it directly.
 */
public final class CurrentRequest implements ServletRequestListener {
    private static final ThreadLocal<ServletRequest> CURRENT = new ThreadLocal<>();

    /** Returns the request the calling thread is serving, or null outside a request. */
    static ServletRequest get() {
        return CURRENT.get();
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        CURRENT.set(event.getServletRequest());
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (CURRENT.get() == event.getServletRequest()) {
            CURRENT.remove();
        }
    }
}
