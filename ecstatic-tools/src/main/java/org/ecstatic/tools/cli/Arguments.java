package org.ecstatic.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one command: {@code --name value}, {@code --name=value} or a bare {@code --flag}.
 * Options that take a value may be repeated.
 */
public final class Arguments {
    private final String command;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Arguments(String command) {
        this.command = command;
    }

    /**
     * Parses {@code args} of {@code command}.
     *
     * @throws UsageException on an unknown option, a missing value or a stray argument
     */
    public static Arguments parse(String command, List<String> args, Set<String> withValue, Set<String> flags) {
        Arguments parsed = new Arguments(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw parsed.usage("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (flags.contains(name) && eq < 0) {
                parsed.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
            } else if (withValue.contains(name)) {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw parsed.usage("--" + name + " needs a value");
                }
                parsed.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else if (flags.contains(name)) {
                throw parsed.usage("--" + name + " takes no value; write --" + name + " alone");
            } else {
                throw parsed.usage("unknown option " + (eq < 0 ? arg : arg.substring(0, eq)));
            }
        }
        return parsed;
    }

    /** Returns whether the flag or option was given. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Returns every value given for {@code name}, in order; empty when none. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Returns the last value given for {@code name}, or {@code fallback}. */
    public String get(String name, String fallback) {
        List<String> given = all(name);
        return given.isEmpty() ? fallback : given.get(given.size() - 1);
    }

    /** Returns the value of a required option. */
    public String required(String name) {
        String value = get(name, null);
        if (value == null || value.isBlank()) {
            throw usage("--" + name + " is required");
        }
        return value;
    }

    /** Returns a required option naming a directory that exists. */
    public Path existingDirectory(String name, String value) {
        Path dir = Path.of(value);
        if (!Files.isDirectory(dir)) {
            throw usage("--" + name + " " + value + ": no such directory");
        }
        return dir;
    }

    /** Returns the value of {@code name} as a whole number of at least 0, or {@code fallback}. */
    public int count(String name, int fallback) {
        String value = get(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw usage("--" + name + " " + value + ": expected a whole number of 0 or more");
    }

    /** Returns a usage error of this command, pointing at its help. */
    public UsageException usage(String problem) {
        return new UsageException("ecstatic " + command + ": " + problem + " (see ecstatic " + command + " --help)");
    }
}
