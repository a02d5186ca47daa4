package org.ecstatic.runtime.bench;

import org.ecstatic.runtime.EcstaticConfig;
import org.ecstatic.runtime.ImportMap;
import org.ecstatic.runtime.ModulePreload;
import org.ecstatic.runtime.StaticUrls;
import org.ecstatic.runtime.manifest.Digest;
import org.ecstatic.runtime.manifest.HashedName;
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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a page with {@code <static:importmap/>} and {@code <static:modulepreload>} costs per request, on
 * a manifest of {@value #MODULES} modules in groups of 50 (each module imports the next two of its
 * group, so an entry's closure is 50 modules), against {@code StaticUrls.url} of one listed name, the
 * cost of any other tag. {@code importMapBuilt} is the work done once per manifest: the options it asks
 * with are never kept, because the cache of the graph is filled to its limit first.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class ImportMapBenchmark {
    static final int MODULES = 5_000;
    static final int GROUP = 50;

    private StaticUrls urls;
    private ImportMap.Options neverKept;
    private String entry;
    private String listed;

    @Setup
    public void setUp() {
        urls = StaticUrls.of(EcstaticConfig.defaults(), "/app", generate());
        entry = name(GROUP * 7);
        listed = name(GROUP * 7 + 3);
        urls.importMap(); // kept, as on a page's first request
        urls.modulePreloads(entry);
        for (int i = 0; i < 256; i++) { // then the cache is filled, so that neverKept is built on every call
            urls.importMap(ImportMap.Options.all().including("fill-" + i), null);
        }
        neverKept = ImportMap.Options.all().including("**");
    }

    /** Returns the logical name of module {@code i}. */
    static String name(int i) {
        return String.format("js/group-%03d/module-%05d.js", i / GROUP, i);
    }

    static Manifest generate() {
        Map<String, String> paths = new HashMap<>();
        List<String> hashed = new ArrayList<>();
        for (int i = 0; i < MODULES; i++) {
            String name = name(i);
            String h = HashedName.format(name, Digest.of(name.getBytes(StandardCharsets.UTF_8)).shortHex());
            paths.put(name, h);
            hashed.add(h);
        }
        Map<String, Manifest.FileEntry> files = new HashMap<>();
        for (int i = 0; i < MODULES; i++) {
            List<String> imports = new ArrayList<>();
            for (int next = i + 1; next <= i + 2 && next / GROUP == i / GROUP; next++) {
                imports.add(hashed.get(next));
            }
            Digest digest = Digest.of(hashed.get(i).getBytes(StandardCharsets.UTF_8));
            files.put(hashed.get(i), new Manifest.FileEntry(1000, digest.integrity(), List.of("br", "gzip"), imports));
        }
        return Manifest.of(paths, files);
    }

    /** The import map of every module, as a page gets it: kept since the first request. */
    @Benchmark
    public String importMapKept() {
        return urls.importMap().json();
    }

    /** The preload list of one entry and its 49 imports, kept since the first request. */
    @Benchmark
    public List<ModulePreload> modulePreloadsKept() {
        return urls.modulePreloads(entry);
    }

    /** The baseline: the URL of one listed name, what {@code <static:script>} asks for. */
    @Benchmark
    public String url() {
        return urls.url(listed);
    }

    /** Building the import map of every module: done once per manifest and options. */
    @Benchmark
    public String importMapBuilt() {
        return urls.importMap(neverKept, null).json();
    }

    /** Returns the size of the JSON of every module's import map, in UTF-8 bytes. */
    int jsonBytes() {
        return urls.importMap().json().getBytes(StandardCharsets.UTF_8).length;
    }
}
