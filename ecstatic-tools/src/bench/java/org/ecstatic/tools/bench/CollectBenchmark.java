package org.ecstatic.tools.bench;

import org.ecstatic.tools.CollectOptions;
import org.ecstatic.tools.CollectReport;
import org.ecstatic.tools.Collector;
import org.ecstatic.tools.Fixtures;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Collector benchmark (run by {@code bench/collect-bench.sh}): generates a tree of about 10,000 files
 * and 100 MB (style sheets with references to images, fonts and each other, scripts with source maps,
 * images, fonts, SVG) in a temporary directory, then measures in alternating rounds, each into a
 * new output directory and after a {@code sync}: a plain recursive copy ({@code Files.copy} over a
 * walk), a full collect without and with precompression, and a no-change re-run after each. Prints
 * the median times and the ratios.
 * Arguments: {@code [rounds (5)] [scale (1.0)] [directory (/dev/shm, else the temporary directory)]}.
 */
public final class CollectBenchmark {
    private static final String[] WORDS = ("function return const let var this value element options config "
            + "display none block flex grid color background border margin padding width height position "
            + "absolute relative transform transition opacity event listener handler module export import "
            + "default string number object array length index prototype call apply bind promise then async")
            .split(" ");

    private final Random random = new Random(42);
    private final Path root;
    private final double scale;

    private CollectBenchmark(Path root, double scale) {
        this.root = root;
        this.scale = scale;
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        Path work = Files.createTempDirectory(benchDirectory(args), "ecstatic-bench");
        System.out.println("working in " + work);
        BenchDirectory.run(work, () -> new CollectBenchmark(work, scale).run(rounds));
    }

    /**
     * Where the trees go: the third argument, else {@code /dev/shm} (memory) where there is one, else
     * the temporary directory. In memory the copy is as fast as it can be, so the ratios are the
     * least flattering, and the disk's own behaviour (write-back, ext4 skipping recently deleted
     * inodes) stays out of them.
     */
    private static Path benchDirectory(String[] args) {
        if (args.length > 2) {
            return Path.of(args[2]);
        }
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private void run(int rounds) throws IOException {
        Path src = root.resolve("src");
        long start = System.nanoTime();
        int files = generate(src);
        long bytes = sizeOf(src);
        System.out.printf(Locale.ROOT, "tree: %d files, %.1f MB (generated in %.1f s), %d cores, %d rounds%n",
                files, bytes / 1e6, (System.nanoTime() - start) / 1e9, Runtime.getRuntime().availableProcessors(), rounds);
        warmUp();

        Steps copy = new Steps();
        Steps full = new Steps();
        Steps again = new Steps();
        Steps fullCompressed = new Steps();
        Steps againCompressed = new Steps();
        String summary = "";
        for (int round = 0; round < rounds; round++) {
            Path copyDir = unused("copy" + round);
            copy.time(() -> copyTree(src, copyDir));
            CollectOptions plain = options(src, unused("out" + round), false);
            full.time(() -> Collector.collect(plain));
            again.time(() -> rerun(plain));
            CollectOptions compressed = options(src, unused("compressed" + round), true);
            fullCompressed.time(() -> Collector.collect(compressed));
            againCompressed.time(() -> rerun(compressed));
            summary = Collector.collect(compressed).summary();
        }
        System.out.printf(Locale.ROOT, "%-34s %9s %7s   %9s %7s%n", "median of " + rounds + " rounds", "wall", "ratio",
                "CPU", "ratio");
        print("plain copy (Files.copy walk)", copy, copy);
        print("full collect, no precompression", full, copy);
        print("no-change re-run", again, full);
        print("full collect with .gz and .br", fullCompressed, copy);
        print("no-change re-run", againCompressed, fullCompressed);
        System.out.printf(Locale.ROOT, "full collect / copy: %.2fx wall, %.2fx CPU (target <= 2.0x); "
                        + "no-change / full: %.3fx wall (target <= 0.1x); with .gz and .br: %.2fx wall%n",
                full.wall() / copy.wall(), full.cpu() / copy.cpu(), again.wall() / full.wall(),
                fullCompressed.wall() / copy.wall());
        System.out.printf(Locale.ROOT, "load average at the end: %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("last re-run: " + summary);
    }

    private static void rerun(CollectOptions options) {
        CollectReport report = Collector.collect(options);
        if (!report.nothingWritten()) {
            throw new IllegalStateException("the re-run wrote files: " + report.summary());
        }
    }

    /**
     * The rounds of one step: wall-clock time, and CPU time of the whole process (every thread,
     * user and system), which other load on a shared machine inflates less.
     */
    private static final class Steps {
        private final List<Long> wall = new ArrayList<>();
        private final List<Long> cpu = new ArrayList<>();

        /**
         * Times {@code task} after a garbage collection and after flushing written data to disk, so
         * that no step pays for the garbage or the write-back of the one before.
         */
        void time(Runnable task) {
            BenchDirectory.checkpoint();
            System.gc();
            sync();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            task.run();
            wall.add(System.nanoTime() - start);
            cpu.add(processCpuNanos() - cpuStart);
        }

        double wall() {
            return median(wall);
        }

        double cpu() {
            return median(cpu);
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }

    private static void print(String what, Steps steps, Steps baseline) {
        System.out.printf(Locale.ROOT, "%-34s %7.3f s %6.2fx   %7.3f s %6.2fx%n", what, steps.wall() / 1e9,
                steps.wall() / baseline.wall(), steps.cpu() / 1e9, steps.cpu() / baseline.cpu());
    }

    private CollectOptions options(Path src, Path out, boolean precompress) {
        return CollectOptions.builder(out, out.resolveSibling(out.getFileName() + "-manifest.json"))
                .source(src).precompress(precompress).build();
    }

    /**
     * Returns a directory that does not exist yet. Nothing is deleted while the run measures: on ext4,
     * creating files soon after deleting many (here: the previous round's output) makes every new
     * inode skip over the recently deleted ones, which costs more per file the more files were just
     * deleted and would inflate whichever step writes the most files. Everything goes at the end.
     */
    private Path unused(String name) {
        Path dir = root.resolve(name);
        if (Files.exists(dir)) {
            throw new IllegalStateException(dir + " exists already");
        }
        return dir;
    }

    /**
     * Runs every step ten times on a tree of 5% the size, so that the timed rounds measure compiled
     * code, as in a long-lived JVM (a first run in a new JVM also pays for loading and compiling).
     */
    private void warmUp() throws IOException {
        Path small = root.resolve("warm");
        new CollectBenchmark(small, 0.05).generate(small.resolve("src"));
        for (int i = 0; i < 10; i++) {
            BenchDirectory.checkpoint();
            copyTree(small.resolve("src"), small.resolve("copy" + i));
            CollectOptions options = options(small.resolve("src"), small.resolve("out" + i), i % 2 == 0);
            Collector.collect(options);
            for (int rerun = 0; rerun < 5; rerun++) {
                Collector.collect(options);
            }
        }
        // kept until the end: see unused(String)
    }

    // --- the tree ---------------------------------------------------------------------------

    private int generate(Path src) throws IOException {
        int images = count(5500);
        int fonts = count(250);
        int svgs = count(500);
        int styles = count(500);
        int scripts = count(1500);
        for (int i = 0; i < images; i++) {
            String ext = i % 3 == 0 ? "png" : i % 3 == 1 ? "jpg" : "webp";
            write(src.resolve("img/" + (i % 50) + "/pic" + i + "." + ext), randomBytes(2_000 + random.nextInt(12_000)));
        }
        for (int i = 0; i < fonts; i++) {
            write(src.resolve("fonts/font" + i + ".woff2"), randomBytes(8_000 + random.nextInt(14_000)));
            write(src.resolve("fonts/font" + i + ".ttf"), text(6_000 + random.nextInt(12_000)).getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < svgs; i++) {
            write(src.resolve("icons/icon" + i + ".svg"), ("<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\""
                    + text(1_500) + "\"/></svg>\n").getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < styles; i++) {
            write(src.resolve("css/" + (i % 20) + "/style" + i + ".css"), styleSheet(i, images, fonts, svgs));
        }
        for (int i = 0; i < scripts; i++) {
            String name = "script" + i + ".js";
            write(src.resolve("js/" + (i % 30) + "/" + name),
                    (text(10_000 + random.nextInt(20_000)) + "\n//# sourceMappingURL=" + name + ".map\n")
                            .getBytes(StandardCharsets.UTF_8));
            write(src.resolve("js/" + (i % 30) + "/" + name + ".map"), ("{\"version\":3,\"file\":\"" + name
                    + "\",\"mappings\":\"" + text(8_000 + random.nextInt(8_000)).replace(' ', ';') + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return images + 2 * fonts + svgs + styles + 2 * scripts;
    }

    private byte[] styleSheet(int i, int images, int fonts, int svgs) {
        StringBuilder css = new StringBuilder();
        if (i > 20) {
            css.append("@import \"../").append(i % 20).append("/style").append(i - 20).append(".css\";\n");
        }
        css.append("@font-face { font-family: f").append(i).append("; src: url(\"../../fonts/font")
                .append(random.nextInt(fonts)).append(".woff2?v=2\") format(\"woff2\"), url(../../fonts/font")
                .append(random.nextInt(fonts)).append(".ttf); }\n");
        for (int r = 0; r < 12; r++) {
            int image = random.nextInt(images);
            String ext = image % 3 == 0 ? "png" : image % 3 == 1 ? "jpg" : "webp";
            css.append(".c").append(i).append('-').append(r).append(" { background: url(../../img/").append(image % 50)
                    .append("/pic").append(image).append('.').append(ext).append(") no-repeat; ")
                    .append(text(300)).append(" }\n");
        }
        css.append(".icon { mask: url(/static/icons/icon").append(random.nextInt(svgs)).append(".svg); }\n");
        css.append("/* ").append(text(2_000)).append(" */\n");
        return css.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int count(int n) {
        return Math.max(1, (int) Math.round(n * scale));
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? ";\n" : " ");
        }
        return text.toString();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    // --- files ------------------------------------------------------------------------------

    private static void copyTree(Path from, Path to) {
        Fixtures.copyTree(from, to);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }



    private static void sync() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            // no sync command: the figures then include some write-back of earlier steps
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
