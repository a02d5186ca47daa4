package org.ecstatic.tools.cli;

import org.ecstatic.tools.CollectOptions;
import org.ecstatic.tools.CollectReport;
import org.ecstatic.tools.Collector;
import org.ecstatic.tools.KeptVersions;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code ecstatic collect}: runs the {@link Collector}, prints what it found and a one-line summary. */
final class CollectCommand implements Command {
    private static final Set<String> WITH_VALUE = Set.of("source", "jar", "output", "manifest", "state", "exclude",
            "no-hash", "ignore-missing", "compare", "static-prefix", "keep", "brotli-quality");
    private static final Set<String> FLAGS = Set.of("strict", "lax", "no-precompress", "no-modules");

    @Override
    public String name() {
        return "collect";
    }

    @Override
    public String help() {
        return """
                usage: ecstatic collect --source DIR... --output DIR --manifest FILE [options]

                Copies every file of the sources to the output under its own name and under a name with
                its content hash (css/site.css -> css/site.3f2a1b9c0d4e.css), rewrites the references
                between them, writes .gz and .br forms and the manifest. Only what changed is written again.

                options:
                  --source DIR           a source directory; repeat for more, the first one with a path wins
                  --jar JAR              a jar whose META-INF/resources/ is a source (WebJars); repeatable
                  --output DIR           the output directory (the static root of the web application)
                  --manifest FILE        where the manifest is written
                  --state FILE           where the state for the next run is kept (default: ~/.cache/ecstatic,
                                         or $XDG_CACHE_HOME/ecstatic; never inside what is packaged)
                  --exclude GLOB         leave matching files out; repeatable (default: .* *~ CVS Thumbs.db)
                  --no-hash GLOB         write matching files under their own names only (robots.txt, sw.js)
                  --strict               fail when a reference names a file that does not exist
                  --lax                  keep such references as written and report them (the default)
                  --ignore-missing GLOB  do not report missing references that match (e.g. *.map)
                  --compare mtime|hash   how unchanged sources are recognised (default: mtime)
                  --no-precompress       do not write .gz and .br forms
                  --no-modules           leave the import specifiers of .js and .mjs files as written
                  --brotli-quality N     Brotli quality 0-11 of the .br forms (default: 8; 11 is far slower)
                  --static-prefix PATH   where the static root is mounted (default: /static/)
                  --keep N               afterwards remove all but the newest N versions of each file
                  --help                 show this help

                exit codes: 0 collected, 1 missing references in strict mode or a file problem, 2 usage error
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(name(), args, WITH_VALUE, FLAGS);
        CollectOptions options = options(arguments);
        int keep = arguments.count("keep", -1);
        CollectReport report;
        try (ProgressLine progress = ProgressLine.onConsole(err)) {
            report = new Collector(options, progress).collect();
        }
        printFindings(report, err);
        out.println(report.summary());
        if (keep >= 0) {
            out.println(KeptVersions.prune(options.output(), options.manifest(), options.state(), keep).summary());
        }
        return 0;
    }

    private static CollectOptions options(Arguments arguments) {
        List<String> sources = arguments.all("source");
        List<String> jars = arguments.all("jar");
        if (sources.isEmpty() && jars.isEmpty()) {
            throw arguments.usage("name at least one --source directory (or --jar)");
        }
        CollectOptions.Builder builder = CollectOptions.builder(Path.of(arguments.required("output")),
                Path.of(arguments.required("manifest")));
        sources.forEach(s -> builder.source(arguments.existingDirectory("source", s)));
        for (String jar : jars) {
            if (!Files.isRegularFile(Path.of(jar))) {
                throw arguments.usage("--jar " + jar + ": no such file");
            }
            builder.jar(Path.of(jar));
        }
        if (arguments.has("state")) {
            builder.state(Path.of(arguments.required("state")));
        }
        if (arguments.has("exclude")) {
            builder.excludes(arguments.all("exclude"));
        }
        if (arguments.has("strict") && arguments.has("lax")) {
            throw arguments.usage("--strict and --lax contradict each other; give one");
        }
        int brotliQuality = arguments.count("brotli-quality", CollectOptions.DEFAULT_BROTLI_QUALITY);
        if (brotliQuality > 11) {
            throw arguments.usage("--brotli-quality " + brotliQuality + ": expected 0 to 11");
        }
        return builder.noHash(arguments.all("no-hash")).ignoreMissing(arguments.all("ignore-missing"))
                .strict(arguments.has("strict")).compare(compare(arguments))
                .precompress(!arguments.has("no-precompress")).modules(!arguments.has("no-modules"))
                .brotliQuality(brotliQuality)
                .staticPrefix(arguments.get("static-prefix", CollectOptions.DEFAULT_STATIC_PREFIX)).build();
    }

    private static CollectOptions.Compare compare(Arguments arguments) {
        String value = arguments.get("compare", "mtime");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "mtime" -> CollectOptions.Compare.MTIME;
            case "hash" -> CollectOptions.Compare.HASH;
            default -> throw arguments.usage("--compare " + value + ": expected mtime or hash");
        };
    }

    private static void printFindings(CollectReport report, PrintStream err) {
        report.notes().forEach(note -> err.println("note: " + note));
        report.warnings().forEach(warning -> err.println("warning: " + warning));
    }
}
