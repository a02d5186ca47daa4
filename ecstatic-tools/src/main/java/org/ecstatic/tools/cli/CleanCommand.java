package org.ecstatic.tools.cli;

import org.ecstatic.tools.CollectOptions;
import org.ecstatic.tools.KeptVersions;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code ecstatic clean --keep N}: prunes old hashed versions from an output directory and its manifest. */
final class CleanCommand implements Command {
    @Override
    public String name() {
        return "clean";
    }

    @Override
    public String help() {
        return """
                usage: ecstatic clean --output DIR --manifest FILE --keep N [--state FILE]

                Removes all but the newest N hashed versions of each file from the output directory (with
                their .gz/.br forms) and from the manifest. The current version is never removed.

                options:
                  --output DIR     the output directory written by collect
                  --manifest FILE  the manifest written by collect
                  --keep N         how many versions of each file to keep
                  --state FILE     the collector state (default: as collect keeps it, in ~/.cache/ecstatic)
                  --help           show this help

                exit codes: 0 cleaned, 1 a file problem, 2 usage error
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(name(), args, Set.of("output", "manifest", "keep", "state"), Set.of());
        Path output = arguments.existingDirectory("output", arguments.required("output"));
        Path manifest = Path.of(arguments.required("manifest"));
        arguments.required("keep");
        int keep = arguments.count("keep", 0);
        Path state = arguments.has("state") ? Path.of(arguments.required("state"))
                : CollectOptions.defaultState(output, manifest);
        out.println(KeptVersions.prune(output, manifest, state, keep).summary());
        return 0;
    }
}
