package org.ecstatic.runtime.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reading a 50,000-entry manifest (50,000 paths and 50,000 files, about 12.6 MB of JSON) and building the
 * URL index, as start-up and a reload do. The baseline: Parsson reading the same bytes into a
 * {@code JsonObject} and nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ManifestLoadBenchmark {
    static final int ENTRIES = 50_000;

    private byte[] json;

    @Setup
    public void setUp() {
        json = Manifests.generate(ENTRIES).toJson();
    }

    @Benchmark
    public StaticUrls parseAndIndex() {
        Manifest manifest = Manifest.parse(new ByteArrayInputStream(json), "bench manifest");
        return StaticUrls.of(EcstaticConfig.defaults(), "/app", manifest);
    }

    @Benchmark
    public JsonObject baselineParssonReadOnly() {
        try (JsonReader reader = Json.createReader(new InputStreamReader(new ByteArrayInputStream(json),
                StandardCharsets.UTF_8))) {
            return reader.readObject();
        }
    }

    /** Returns the size of the generated JSON, for the summary. */
    static int jsonBytes() {
        return Manifests.generate(ENTRIES).toJson().length;
    }
}
