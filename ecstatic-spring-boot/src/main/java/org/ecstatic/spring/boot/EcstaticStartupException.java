package org.ecstatic.spring.boot;

/**
 * Ecstatic could not start in a Spring Boot application. It carries what went wrong and what to do, as
 * {@link EcstaticFailureAnalyzer} shows them in place of a stack trace.
 */
public class EcstaticStartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String action;

    /**
     * @param description what went wrong, naming the file or the property
     * @param action      what to do about it
     * @param cause       the runtime's exception, or null
     */
    public EcstaticStartupException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** Returns what went wrong: the exception's message. */
    public String description() {
        return getMessage();
    }

    /** Returns what to do about it. */
    public String action() {
        return action;
    }
}
