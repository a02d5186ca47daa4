package org.ecstatic.runtime.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the runtime's JMH benchmarks and prints a summary against its targets:
 * {@code StaticUrls.url} at least 20 million calls per second on one thread (10,000 entries), and a
 * 50,000-entry manifest parsed and indexed in at most 150 ms. Each figure is shown beside a baseline
 * measured in the same run. Started by {@code bench/runtime-bench.sh}.
 */
public final class RuntimeBenchmarks {
    private RuntimeBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(UrlBenchmark.class.getName())
                .include(ManifestLoadBenchmark.class.getName())
                .build()).run();
        Map<String, Double> score = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            score.put(benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
                    result.getPrimaryResult().getScore());
        }
        double url = score.get("UrlBenchmark.url") / 1e6;
        double literal = score.get("UrlBenchmark.urlOfLiteral") / 1e6;
        double floor = score.get("UrlBenchmark.baselineHashMapGet") / 1e6;
        double naive = score.get("UrlBenchmark.baselineManifestLookupAndConcat") / 1e6;
        double load = score.get("ManifestLoadBenchmark.parseAndIndex");
        double parsson = score.get("ManifestLoadBenchmark.baselineParssonReadOnly");
        System.out.println();
        System.out.printf(Locale.ROOT, "== Ecstatic runtime benchmarks (%d CPUs, load average %.1f at the end, Java %s)%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "StaticUrls.url, %,d entries, 1 thread: %.1f M calls/s "
                        + "(HashMap.get floor %.1f M/s: %.2fx of it; TreeMap lookup + concat %.1f M/s: %.1fx faster) "
                        + "target >= 20 M/s: %s%n", UrlBenchmark.ENTRIES, url, floor, url / floor, naive, url / naive,
                url >= 20 ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "StaticUrls.url of names that are string constants (a JSP tag's path=\"...\"), "
                        + "same manifest: %.1f M calls/s (%.2fx the floor) target >= 20 M/s: %s%n",
                literal, literal / floor, literal >= 20 ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "Manifest parse + index, %,d entries (%,d bytes of JSON): %.1f ms "
                        + "(Parsson read alone %.1f ms: %.2fx of it) target <= 150 ms: %s%n", ManifestLoadBenchmark.ENTRIES,
                ManifestLoadBenchmark.jsonBytes(), load, parsson, load / parsson, load <= 150 ? "met" : "MISSED");
        printCpuTimes();
    }

    /** The same figures by CPU time of the measuring thread, which other load on the machine does not inflate. */
    private static void printCpuTimes() {
        UrlBenchmark urls = new UrlBenchmark();
        urls.setUp();
        double url = CpuTime.callsPerSecond(urls, b -> b.url().length(), 20_000_000) / 1e6;
        double floor = CpuTime.callsPerSecond(urls, b -> b.baselineHashMapGet().length(), 20_000_000) / 1e6;
        ManifestLoadBenchmark manifests = new ManifestLoadBenchmark();
        manifests.setUp();
        double load = CpuTime.millis(manifests, b -> b.parseAndIndex().manifest().size());
        double parsson = CpuTime.millis(manifests, b -> b.baselineParssonReadOnly().size());
        System.out.printf(Locale.ROOT, "By CPU time of the thread (best round): StaticUrls.url %.1f M calls/s "
                        + "(HashMap.get floor %.1f M/s: %.2fx of it) target: %s; parse + index %.1f ms (Parsson read "
                        + "alone %.1f ms) target: %s%n", url, floor, url / floor, url >= 20 ? "met" : "MISSED",
                load, parsson, load <= 150 ? "met" : "MISSED");
        if (CpuTime.sink() == 42) {
            System.out.println("(sink)");
        }
    }
}
