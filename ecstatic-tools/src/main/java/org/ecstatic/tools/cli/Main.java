package org.ecstatic.tools.cli;

import org.ecstatic.runtime.EcstaticException;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The {@code ecstatic} command line: {@code collect}, {@code verify} and {@code clean}, and the commands
 * of other jars on the class path ({@code publish} with {@code ecstatic-publish}; see {@link Command}). Exit codes: 0
 * success, 1 problems found (missing references in strict mode, differences found by verify, a file
 * that cannot be read or written), 2 a usage error, told in one line.
 *
 * <pre>
 * java -jar ecstatic-tools-0.1.0-cli.jar collect --source src/main/webapp/static \
 *      --output target/static --manifest target/classes/META-INF/ecstatic/manifest.json
 * </pre>
 */
public final class Main {
    private static final List<Command> BUILT_IN = List.of(new CollectCommand(), new VerifyCommand(), new CleanCommand());

    /** Commands that other jars provide, and the jar that provides each. */
    private static final Map<String, String> FROM_OTHER_JARS = Map.of("publish", "ecstatic-publish");

    static final String HELP = """
            usage: ecstatic <command> [options]

            Content-hashed static files for Jakarta Servlet and JSP web applications.

            commands:
              collect   copy the static files with content hashes in their names and write the manifest
              verify    check an output directory against its manifest
              clean     remove old hashed versions from an output directory and its manifest
              publish   upload the collected files to an S3-compatible bucket (needs the ecstatic-publish jar)

            Run 'ecstatic <command> --help' for the options of a command.
            """;

    private Main() {
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line, printing to {@code out} and {@code err}.
     *
     * @return the exit code: 0 success, 1 problems found, 2 usage error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(HELP);
            return args.length == 0 ? 2 : 0;
        }
        Command command = commands().stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            err.println(unknown(args[0]));
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.help());
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (EcstaticException e) {
            err.println("error: " + e.getMessage());
            out.println(command.name() + " failed");
            return 1;
        }
    }

    /** Returns the built-in commands, then those found on the class path, each name once. */
    static List<Command> commands() {
        List<Command> commands = new ArrayList<>(BUILT_IN);
        for (Command found : ServiceLoader.load(Command.class, Main.class.getClassLoader())) {
            if (commands.stream().noneMatch(c -> c.name().equals(found.name()))) {
                commands.add(found);
            }
        }
        return commands;
    }

    private static String unknown(String name) {
        String jar = FROM_OTHER_JARS.get(name);
        if (jar != null) {
            return "ecstatic: the " + name + " command needs the " + jar + " jar on the class path; run "
                    + jar + "-<version>-cli.jar (java -jar " + jar + "-<version>-cli.jar " + name + " ...)";
        }
        List<String> names = commands().stream().map(Command::name).toList();
        return "ecstatic: unknown command '" + name + "'; the commands are " + String.join(", ", names.subList(0, names.size() - 1))
                + " and " + names.get(names.size() - 1) + " (see ecstatic --help)";
    }
}
