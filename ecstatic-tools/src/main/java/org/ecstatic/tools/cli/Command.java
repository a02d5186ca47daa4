package org.ecstatic.tools.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One command of the command line: {@code collect}, {@code verify} and {@code clean} here, and more
 * from other jars on the class path, which {@link Main} finds with {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/org.ecstatic.tools.cli.Command}; {@code ecstatic-publish}
 * adds {@code publish} that way). An implementation has a public no-argument constructor.
 */
public interface Command {
    /** Returns the name typed on the command line. */
    String name();

    /** Returns the text {@code --help} prints: usage line, description, options. */
    String help();

    /**
     * Runs the command.
     *
     * @return the exit code: 0 success, 1 problems found
     * @throws UsageException when the arguments are wrong (exit code 2)
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
