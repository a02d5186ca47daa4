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
 * Runs {@link ImportMapBenchmark} and prints what an import map and a preload list cost per request,
 * as ratios to {@code StaticUrls.url} of one name measured in the same run, then the same by the CPU
 * time of the measuring thread. Started by {@code bench/importmap-bench.sh}.
 */
public final class ImportMapBenchmarks {
    private ImportMapBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ImportMapBenchmark.class.getName()).build()).run();
        Map<String, Double> ns = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            ns.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        ImportMapBenchmark state = new ImportMapBenchmark();
        state.setUp();
        System.out.println();
        System.out.printf(Locale.ROOT, "== Import map benchmarks (%d CPUs, load average %.1f at the end, Java %s), "
                        + "%,d modules, map of %,d bytes%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"),
                ImportMapBenchmark.MODULES, state.jsonBytes());
        print("JMH", ns.get("url"), ns.get("importMapKept"), ns.get("modulePreloadsKept"), ns.get("importMapBuilt"));
        double url = 1e9 / CpuTime.callsPerSecond(state, b -> b.url().length(), 5_000_000);
        double kept = 1e9 / CpuTime.callsPerSecond(state, b -> b.importMapKept().length(), 5_000_000);
        double preloads = 1e9 / CpuTime.callsPerSecond(state, b -> b.modulePreloadsKept().size(), 5_000_000);
        double built = CpuTime.millis(state, b -> b.importMapBuilt().length()) * 1e6; // nanoseconds
        print("CPU time of the thread (best round)", url, kept, preloads, built);
        if (CpuTime.sink() == 42) {
            System.out.println("(sink)");
        }
    }

    private static void print(String how, double url, double kept, double preloads, double built) {
        System.out.printf(Locale.ROOT, "%s: StaticUrls.url %.1f ns; importMap() kept %.1f ns (%.2fx url); "
                        + "modulePreloads(entry of 50) kept %.1f ns (%.2fx url); building the map once %.2f ms (%,.0fx url)%n",
                how, url, kept, kept / url, preloads, preloads / url, built / 1e6, built / url);
    }
}
