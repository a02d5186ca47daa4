package org.ecstatic.tools.bench;

import org.ecstatic.tools.CollectOptions;
import org.ecstatic.tools.CollectReport;
import org.ecstatic.tools.Collector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What rewriting JavaScript modules costs (run by {@code bench/module-bench.sh}): a JS-heavy tree, made
 * of copies of the module corpus of the tests (real npm packages, 1,897 files and 6.5 MB a copy,
 * 1,884 of them modules), is collected in alternating rounds with module rewriting off (JavaScript
 * files then get only their source map comments rewritten, as before modules were rewritten) and on,
 * each into a new output directory, followed by a no-change re-run of each: first without
 * precompression, where the rewriting shows most, then with the {@code .gz} and {@code .br} forms of
 * the default settings. Prints the median times and the on/off ratios of each (a re-run, which takes
 * tens of milliseconds, is timed as the mean of ten in a row). {@code -Dbench.precompress=false} (or
 * {@code true}) runs only that half.
 * Arguments: {@code [rounds (5)] [copies (4)] [corpus (ecstatic-tools/src/test/js-corpus/static)]
 * [directory (/dev/shm, else the temporary directory)]}.
 */
public final class ModuleCollectBenchmark {

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path corpus = Path.of(args.length > 2 ? args[2] : "ecstatic-tools/src/test/js-corpus/static");
        Path shm = Path.of("/dev/shm");
        Path base = args.length > 3 ? Path.of(args[3])
                : Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        Path work = Files.createTempDirectory(base, "ecstatic-module-bench");
        System.out.println("working in " + work);
        BenchDirectory.run(work, () -> run(work, corpus, rounds, copies));
    }

    private static void run(Path work, Path corpus, int rounds, int copies) throws IOException {
        Path src = work.resolve("src");
        for (int i = 0; i < copies; i++) {
            copyTree(corpus, src.resolve("copy" + i));
        }
        long files;
        long bytes;
        try (Stream<Path> walk = Files.walk(src)) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            files = all.size();
            bytes = all.stream().mapToLong(ModuleCollectBenchmark::size).sum();
        }
        System.out.printf(Locale.ROOT, "tree: %d copies of %s, %d files, %.1f MB, %d cores, %d rounds%n", copies,
                corpus, files, bytes / 1e6, Runtime.getRuntime().availableProcessors(), rounds);
        warmUp(work, corpus);

        String[] summary = {""};
        // -Dbench.precompress=false or =true runs only that half
        String only = System.getProperty("bench.precompress");
        boolean[] halves = only == null ? new boolean[] {false, true} : new boolean[] {Boolean.parseBoolean(only)};
        for (boolean precompress : halves) {
            Steps off = new Steps();
            Steps on = new Steps();
            Steps offAgain = new Steps();
            Steps onAgain = new Steps();
            for (int round = 0; round < rounds; round++) {
                String name = (precompress ? "gz" : "plain") + round;
                CollectOptions withoutModules = options(src, work.resolve("off-" + name), false, precompress);
                CollectOptions withModules = options(src, work.resolve("on-" + name), true, precompress);
                if (round % 2 == 0) {
                    off.time(() -> Collector.collect(withoutModules));
                    on.time(() -> summary[0] = Collector.collect(withModules).summary());
                } else {
                    on.time(() -> summary[0] = Collector.collect(withModules).summary());
                    off.time(() -> Collector.collect(withoutModules));
                }
                // a re-run takes some tens of milliseconds, near the grain of the process's CPU clock (10 ms):
                // each round times ten of them and takes their mean
                offAgain.time(() -> rerun(withoutModules), RERUNS);
                onAgain.time(() -> rerun(withModules), RERUNS);
            }
            String what = precompress ? "with .gz and .br (the default)" : "no precompression";
            System.out.printf(Locale.ROOT, "%-46s %9s %7s   %9s %7s%n", what + ", median of " + rounds, "wall", "ratio",
                    "CPU", "ratio");
            print("full collect, modules not rewritten", off, off);
            print("full collect, modules rewritten", on, off);
            System.out.println("(each re-run figure is the mean of " + RERUNS + " re-runs in a row)");
            print("no-change re-run, modules not rewritten", offAgain, offAgain);
            print("no-change re-run, modules rewritten", onAgain, offAgain);
            System.out.printf(Locale.ROOT, "%s: modules rewritten / not: full collect %.2fx wall, %.2fx CPU "
                            + "(target <= 1.25x); no-change re-run %.2fx wall, %.2fx CPU (target: the same)%n", what,
                    on.wall() / off.wall(), on.cpu() / off.cpu(), onAgain.wall() / offAgain.wall(),
                    onAgain.cpu() / offAgain.cpu());
        }
        System.out.printf(Locale.ROOT, "load average at the end: %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("last full collect with modules: " + summary[0]);
    }

    private static CollectOptions options(Path src, Path out, boolean modules, boolean precompress) {
        return CollectOptions.builder(out, out.resolveSibling(out.getFileName() + "-manifest.json"))
                .state(out.resolveSibling(out.getFileName() + ".state")).source(src).precompress(precompress)
                .modules(modules).build();
    }

    private static final int RERUNS = 10;

    private static void rerun(CollectOptions options) {
        CollectReport report = Collector.collect(options);
        if (!report.nothingWritten()) {
            throw new IllegalStateException("the re-run wrote files: " + report.summary());
        }
    }

    /**
     * Collects one copy of the corpus fifteen times each way (and re-runs each), so that the timed rounds
     * run compiled code: the times of a new JVM keep falling for about ten full collects.
     */
    private static void warmUp(Path work, Path corpus) {
        for (int i = 0; i < 30; i++) {
            BenchDirectory.checkpoint();
            CollectOptions options = options(corpus, work.resolve("warm" + i), i % 2 == 0, i % 4 < 2 && i > 20);
            Collector.collect(options);
            Collector.collect(options);
        }
    }

    /** The rounds of one step: wall-clock time and CPU time of the whole process. */
    private static final class Steps {
        private final List<Long> wall = new ArrayList<>();
        private final List<Long> cpu = new ArrayList<>();

        void time(Runnable task) {
            time(task, 1);
        }

        /** Runs {@code task} {@code times} times in a row and records the mean of one run. */
        void time(Runnable task, int times) {
            BenchDirectory.checkpoint();
            System.gc();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            for (int i = 0; i < times; i++) {
                task.run();
            }
            wall.add((System.nanoTime() - start) / times);
            cpu.add((processCpuNanos() - cpuStart) / times);
        }

        double wall() {
            return median(wall);
        }

        double cpu() {
            return median(cpu);
        }

        private static double median(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }

    private static void print(String what, Steps steps, Steps baseline) {
        System.out.printf(Locale.ROOT, "%-40s %7.3f s %6.2fx   %7.3f s %6.2fx%n", what, steps.wall() / 1e9,
                steps.wall() / baseline.wall(), steps.cpu() / 1e9, steps.cpu() / baseline.cpu());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

}
