package org.ecstatic.tools.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What one run of a command returned and printed.
 *
 * @param exitCode what {@link Command#run} returned
 * @param out      standard output, UTF-8
 * @param err      standard error, UTF-8
 */
record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code command} with {@code args}; a {@link UsageException} or any other is thrown on. */
    static CommandRun of(Command command, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CommandRun of(Command command, String... args) {
        return of(command, List.of(args));
    }
}
