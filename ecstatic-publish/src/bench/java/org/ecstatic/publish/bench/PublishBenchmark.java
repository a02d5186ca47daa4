package org.ecstatic.publish.bench;

import org.ecstatic.publish.PublishOptions;
import org.ecstatic.publish.PublishReport;
import org.ecstatic.publish.Publisher;
import org.ecstatic.publish.S3Target;
import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.tools.CollectOptions;
import org.ecstatic.tools.CollectReport;
import org.ecstatic.tools.Collector;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Publish benchmark (run by {@code bench/publish-bench.sh}): collects a generated tree into an output of about
 * 5,000 files, starts S3Proxy on 127.0.0.1 over a directory in memory, and measures in each round, into a new
 * bucket: a first publish, a no-change re-publish, and as the baseline what a publisher that asks one
 * HeadObject per file would spend only to learn that nothing changed (the same objects, as many at once).
 * Prints the medians, the requests each sent, and the ratios.
 * Arguments: {@code [rounds (3)] [files in the output (5000)] [concurrency (8)] [S3Proxy backend: transient-nio2 (in memory,
 * the default) or filesystem-nio2 (files under the directory)] [directory (/dev/shm, else the temporary directory)]}.
 */
public final class PublishBenchmark {
    private static final String KEY = "bench";
    private static final String SECRET = "bench-secret-key";

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : PublishOptions.DEFAULT_CONCURRENCY;
        String backend = args.length > 3 ? args[3] : "transient-nio2";
        Path base = args.length > 4 ? Path.of(args[4]) : Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm")
                : Path.of(System.getProperty("java.io.tmpdir"));
        Path root = Files.createTempDirectory(base, "publish-bench");
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        try {
            new PublishBenchmark().run(root, rounds, files, concurrency, backend);
        } finally {
            delete(root);
        }
    }

    private void run(Path root, int rounds, int files, int concurrency, String backend) throws Exception {
        Path output = root.resolve("output");
        Path manifest = root.resolve("manifest.json");
        // each source file gives a hashed copy and an unhashed one; a third of them (the text) a .br and a .gz too
        generate(root.resolve("source"), files * 3 / 8);
        CollectReport collected = Collector.collect(CollectOptions.builder(output, manifest).source(root.resolve("source"))
                .state(root.resolve("state")).build());
        long outputFiles;
        long outputBytes;
        try (Stream<Path> walk = Files.walk(output)) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            outputFiles = all.size();
            outputBytes = all.stream().mapToLong(PublishBenchmark::size).sum();
        }
        Manifest m = Manifest.read(manifest);
        System.out.printf(Locale.ROOT, "tree: %s; output: %d files (%s), %d hashed files in the manifest%n",
                collected.summary(), outputFiles, CollectReport.size(outputBytes), m.files().size());

        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", Files.createDirectories(root.resolve("store")).toString());
        BlobStore store = BlobStores.create(backend, properties);
        System.out.println("S3Proxy backend: " + backend);
        S3Proxy proxy = S3Proxy.builder().blobStore(store).awsAuthentication(AuthenticationType.AWS_V4, KEY, SECRET)
                .endpoint(URI.create("http://127.0.0.1:0")).build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        URI endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        System.setProperty("aws.accessKeyId", KEY);
        System.setProperty("aws.secretAccessKey", SECRET);
        System.setProperty("aws.disableEc2Metadata", "true");
        try {
            List<long[]> first = new ArrayList<>();
            List<long[]> again = new ArrayList<>();
            List<long[]> heads = new ArrayList<>();
            List<long[]> lists = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) { // round 0 warms the JVM up and is not counted
                String bucket = "bench-" + round;
                PublishOptions options = PublishOptions.builder(output, manifest, S3Target.parse("s3://" + bucket + "/static"))
                        .endpoint(endpoint).pathStyle(true).region("us-east-1").concurrency(concurrency).build();
                Counter counter = new Counter();
                try (S3Client s3 = client(options, counter)) {
                    s3.createBucket(r -> r.bucket(bucket));
                    counter.clear();
                    long[] a = measure(() -> new Publisher(options, s3, Publisher.Progress.NONE).publish(), counter);
                    long[] b = measure(() -> new Publisher(options, s3, Publisher.Progress.NONE).publish(), counter);
                    long[] c = headEveryObject(s3, bucket, output, concurrency, counter);
                    long[] d = listOnly(s3, bucket, counter);
                    if (round > 0) {
                        first.add(a);
                        again.add(b);
                        heads.add(c);
                        lists.add(d);
                    }
                    System.out.printf(Locale.ROOT, "round %d%s: first publish %.2f s (%d requests), no-change re-publish %.3f s"
                                    + " (%d requests), one HeadObject per file %.2f s (%d requests), the listing alone %.3f s"
                                    + " (%d requests)%n", round, round == 0 ? " (warm-up)" : "", a[0] / 1e9, a[1], b[0] / 1e9,
                            b[1], c[0] / 1e9, c[1], d[0] / 1e9, d[1]);
                }
            }
            long firstMedian = median(first);
            long againMedian = median(again);
            long headMedian = median(heads);
            System.out.printf(Locale.ROOT, "%nmedians of %d rounds, %d objects, %d uploads at once, %s:%n", rounds,
                    outputFiles + 2, concurrency, backend);
            System.out.printf(Locale.ROOT, "  first publish            %8.3f s  %6d requests  %s%n", firstMedian / 1e9,
                    first.get(0)[1], first.get(0)[2] == 0 ? "" : CollectReport.size(first.get(0)[2]) + " uploaded");
            System.out.printf(Locale.ROOT, "  no-change re-publish     %8.3f s  %6d requests  (%.3fx the first publish)%n",
                    againMedian / 1e9, again.get(0)[1], againMedian / (double) firstMedian);
            System.out.printf(Locale.ROOT, "  baseline: HeadObject/file %7.3f s  %6d requests  (the re-publish takes %.3fx"
                    + " of it)%n", headMedian / 1e9, heads.get(0)[1], againMedian / (double) headMedian);
            System.out.printf(Locale.ROOT, "  the listing alone        %8.3f s  %6d requests  (the server's share of the re-publish)%n",
                    median(lists) / 1e9, lists.get(0)[1]);
        } finally {
            proxy.stop();
            store.close();
        }
    }

    private interface Run {
        PublishReport run();
    }

    /** Returns {nanoseconds, requests, bytes uploaded}. */
    private static long[] measure(Run run, Counter counter) {
        counter.clear();
        long start = System.nanoTime();
        PublishReport report = run.run();
        return new long[] {System.nanoTime() - start, counter.total(), report.bytes()};
    }

    /** What a publisher that asks about each file on its own would spend: one HeadObject per object, as many at once. */
    private static long[] headEveryObject(S3Client s3, String bucket, Path output, int concurrency, Counter counter)
            throws Exception {
        List<String> keys;
        try (Stream<Path> walk = Files.walk(output)) {
            keys = walk.filter(Files::isRegularFile).map(f -> "static/" + output.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
        counter.clear();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = keys.stream().<Future<?>>map(k -> pool.submit(() -> s3.headObject(r -> r.bucket(bucket).key(k))))
                    .toList();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new long[] {System.nanoTime() - start, counter.total(), 0};
    }

    /** The server's share of a re-publish: ListObjectsV2 over the whole bucket, nothing else. */
    private static long[] listOnly(S3Client s3, String bucket, Counter counter) {
        counter.clear();
        long start = System.nanoTime();
        long objects = s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix("static/").maxKeys(1000)).contents().stream().count();
        if (objects == 0) {
            throw new IllegalStateException("nothing listed");
        }
        return new long[] {System.nanoTime() - start, counter.total(), 0};
    }

    private static S3Client client(PublishOptions options, Counter counter) {
        return org.ecstatic.publish.S3Clients.builder(options)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, SECRET)))
                .overrideConfiguration(c -> c.addExecutionInterceptor(counter)).build();
    }

    /** Counts the HTTP requests the SDK sends, by operation. */
    private static final class Counter implements ExecutionInterceptor {
        private final Map<String, Integer> counts = new TreeMap<>();

        @Override
        public synchronized void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            counts.merge(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), 1, Integer::sum);
        }

        synchronized long total() {
            return counts.values().stream().mapToLong(Integer::longValue).sum();
        }

        synchronized void clear() {
            counts.clear();
        }
    }

    private static long median(List<long[]> runs) {
        long[] times = runs.stream().mapToLong(r -> r[0]).sorted().toArray();
        return times[times.length / 2];
    }

    /** Writes {@code n} files: style sheets, scripts and SVG (compressible), images and fonts (not), 1-16 kB. */
    private void generate(Path dir, int n) throws IOException {
        Random random = new Random(42);
        String[] words = "display block color margin padding border width height function return const value".split(" ");
        for (int i = 0; i < n; i++) {
            String[] kinds = {"css", "js", "svg", "png", "woff2", "png", "js", "png"};
            String ext = kinds[i % kinds.length];
            Path file = dir.resolve(ext + "/d" + (i % 40) + "/f" + i + "." + ext);
            Files.createDirectories(file.getParent());
            int size = 1024 + random.nextInt(15 * 1024);
            if (ext.equals("png") || ext.equals("woff2")) {
                byte[] bytes = new byte[size];
                random.nextBytes(bytes);
                Files.write(file, bytes);
            } else {
                StringBuilder text = new StringBuilder(size);
                while (text.length() < size) {
                    text.append(words[random.nextInt(words.length)]).append(random.nextInt(100)).append(i % 2 == 0 ? ' ' : '\n');
                }
                Files.writeString(file, ext.equals("svg") ? "<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>" + text + "</desc></svg>"
                        : text.toString(), StandardCharsets.UTF_8);
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
