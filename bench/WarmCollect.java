import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
 * The warm figures beside bench/collect-cold.sh: runs the command line's own entry point,
 * {@code org.ecstatic.tools.cli.Main.run}, many times in one JVM on the same tree, so that the timed
 * rounds run compiled code. Started as a single-file program with the CLI jar on the class path:
 *
 * <pre>java -cp ecstatic-tools-...-cli.jar bench/WarmCollect.java TREE WORK ROUNDS DELETE</pre>
 *
 * Prints one line per timed step, {@code label wall-seconds cpu-seconds} (CPU of the whole process),
 * for the script to take medians of. DELETE (true/false) removes each round's output after timing it
 * (in memory that costs nothing later; on ext4 it would slow the next round's writes).
 */
public class WarmCollect {
    public static void main(String[] args) throws Exception {
        Path tree = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        boolean delete = Boolean.parseBoolean(args[3]);
        Files.createDirectories(work);
        // warm-up: full runs and re-runs, as a long-lived JVM (a daemon) would have done; one with
        // compression (the compressors are native code, which needs no warming)
        for (int i = 0; i < 4; i++) {
            Path out = work.resolve("warm" + i);
            collect(tree, out, i == 3);
            collect(tree, out, i == 3);
            if (delete) {
                deleteTree(out);
            }
        }
        for (int round = 0; round < rounds; round++) {
            Path plain = work.resolve("plain" + round);
            time("full", () -> collect(tree, plain, false));
            time("rerun", () -> collect(tree, plain, false));
            Path compressed = work.resolve("compressed" + round);
            time("pre", () -> collect(tree, compressed, true));
            if (delete) {
                deleteTree(plain);
                deleteTree(compressed);
            }
        }
    }

    private static void collect(Path tree, Path out, boolean precompress) {
        List<String> args = new ArrayList<>(List.of("collect", "--source", tree.toString(), "--output",
                out.resolve("static").toString(), "--manifest", out.resolve("manifest.json").toString(),
                "--state", out.resolve("state").toString()));
        if (!precompress) {
            args.add("--no-precompress");
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int code = org.ecstatic.tools.cli.Main.run(args.toArray(String[]::new), quiet, quiet);
        if (code != 0) {
            throw new IllegalStateException("collect exited with " + code + ": " + args);
        }
    }

    private static void time(String label, Runnable step) {
        System.gc();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        step.run();
        long wall = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "%s %.4f %.4f%n", label, wall / 1e9, (cpuNanos() - cpu) / 1e9);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
