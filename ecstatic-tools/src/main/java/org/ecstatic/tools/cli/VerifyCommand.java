package org.ecstatic.tools.cli;

import org.ecstatic.tools.OutputCheck;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code ecstatic verify}: checks an output directory against its manifest; exit 1 on differences. */
final class VerifyCommand implements Command {
    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String help() {
        return """
                usage: ecstatic verify --output DIR --manifest FILE

                Checks that every file the manifest lists exists in the output directory with the recorded
                size and integrity (SHA-256), with its listed .gz/.br forms, and prints each difference.

                options:
                  --output DIR     the output directory written by collect
                  --manifest FILE  the manifest written by collect
                  --help           show this help

                exit codes: 0 no differences, 1 differences found, 2 usage error
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(name(), args, Set.of("output", "manifest"), Set.of());
        Path output = arguments.existingDirectory("output", arguments.required("output"));
        OutputCheck check = OutputCheck.of(output, Path.of(arguments.required("manifest")));
        check.differences().forEach(out::println);
        out.println(check.summary());
        return check.differences().isEmpty() ? 0 : 1;
    }
}
