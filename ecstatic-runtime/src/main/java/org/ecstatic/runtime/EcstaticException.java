package org.ecstatic.runtime;

/**
 * The one unchecked exception of Ecstatic. Its message names the file (and the line, for
 * references) and says what to do; it becomes a {@code MojoFailureException}, a
 * {@code ServletException} or a command-line exit code only at that edge.
 */
public class EcstaticException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EcstaticException(String message) {
        super(message);
    }

    public EcstaticException(String message, Throwable cause) {
        super(message, cause);
    }
}
