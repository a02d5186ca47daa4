package org.ecstatic.runtime.bench;

import org.ecstatic.runtime.EcstaticConfig;
import org.ecstatic.runtime.StaticUrls;
import org.ecstatic.runtime.manifest.Manifest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * {@link StaticUrls#url} on a 10,000-entry manifest, one thread, names taken in a random order. The
 * baselines: a bare {@code HashMap.get} of precomputed URLs (the floor), and the manifest's own
 * sorted-map lookup followed by a string concatenation (what a straightforward implementation does).
 * {@code url} takes names built at run time (copies, as a computed name would be); {@code urlOfLiteral}
 * takes the same names as interned constants, as JSP tag attributes pass them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class UrlBenchmark {
    static final int ENTRIES = 10_000;
    private static final int MASK = 16_383;

    private StaticUrls urls;
    private Manifest manifest;
    private Map<String, String> precomputed;
    private String[] names;
    /** The same names as the JVM holds string constants: a JSP tag's {@code path="css/site.css"}. */
    private String[] literals;
    private int next;

    @Setup
    public void setUp() {
        manifest = Manifests.generate(ENTRIES);
        urls = StaticUrls.of(EcstaticConfig.defaults(), "/app", manifest);
        precomputed = new HashMap<>();
        manifest.paths().forEach((logical, hashed) -> precomputed.put(logical, "/app/static/" + hashed));
        List<String> all = new java.util.ArrayList<>(Manifests.names(ENTRIES));
        Collections.shuffle(all, new Random(42));
        names = new String[MASK + 1];
        literals = new String[MASK + 1];
        for (int i = 0; i < names.length; i++) {
            names[i] = new String(all.get(i % all.size()));
            literals[i] = new String(all.get(i % all.size())).intern();
        }
    }

    @Benchmark
    public String url() {
        return urls.url(names[next++ & MASK]);
    }

    @Benchmark
    public String urlOfLiteral() {
        return urls.url(literals[next++ & MASK]);
    }

    @Benchmark
    public String baselineHashMapGet() {
        return precomputed.get(names[next++ & MASK]);
    }

    @Benchmark
    public String baselineManifestLookupAndConcat() {
        return "/app/static/" + manifest.hashedName(names[next++ & MASK]);
    }
}
