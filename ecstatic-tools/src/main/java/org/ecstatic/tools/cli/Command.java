package org.ecstatic.tools.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line: {@code collect}, {@code verify} or {@code clean}. */
interface Command {
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
