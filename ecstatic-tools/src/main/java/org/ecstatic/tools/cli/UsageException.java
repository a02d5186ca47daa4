package org.ecstatic.tools.cli;

/** A command line that cannot be run as given; its message is one line that says what to change. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Returns a usage error with this one-line message. */
    public UsageException(String message) {
        super(message);
    }
}
