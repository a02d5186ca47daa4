package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.Digest;
import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.tools.rewrite.JsRewriter;
import org.ecstatic.tools.rewrite.Reference;
import org.ecstatic.tools.rewrite.ReferenceTarget;
import org.ecstatic.tools.rewrite.Rewriter;
import org.ecstatic.tools.rewrite.Rewriters;
import org.ecstatic.tools.rewrite.Rewriting;
import org.ecstatic.tools.rewrite.Scan;
import org.ecstatic.tools.rewrite.ScanNote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Collects the static files of a web application: every source file is copied to the output under
 * its own name and under a name with its content hash, references between files are rewritten to
 * the hashed names (a file after everything it references, so hashes change transitively), compressed
 * forms are written beside them, and the manifest maps logical names to hashed names. A second run
 * reads and writes only what changed.
 *
 * <pre>{@code
 * CollectReport report = Collector.collect(CollectOptions.builder(output, manifest).source(src).build());
 * System.out.println(report.summary());
 * // collected 57 files (1.2 MB): 57 hashed, 12 references rewritten, 0 missing (kept), 0 unchanged, in 0.21 s
 * }</pre>
 *
 * Reading, hashing, compressing and writing run in parallel on a pool of twice as many threads as
 * there are cores, so that a thread waiting for the disk does not leave a core idle.
 */
public final class Collector {
    /** Bump when the output for the same inputs changes, so that the next run is a full one. */
    private static final String FORMAT = "collector-2";
    private static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** What stands for the hash of a file on the same cycle while the cycle's group hash is worked out. */
    private static final String CYCLE_PLACEHOLDER = "000000000000";
    /** The report's kind of each kind of note a scan makes, by the scan's ordinal: the two enums share their names. */
    private static final ModuleNote.Kind[] NOTE_KINDS = Arrays.stream(ScanNote.Kind.values())
            .map(kind -> ModuleNote.Kind.valueOf(kind.name())).toArray(ModuleNote.Kind[]::new);


    private final CollectOptions options;
    /** Whether the state of the last run is taken at its word; not after it was found stale. */
    private final boolean trustState;
    private final Globs noHash;
    private final Globs ignoreMissing;
    private final Progress progress;

    private Sources sources;
    private CollectState previous;
    /** Scans scripts with the native library; null where it is not in use. */
    private Rewriter nativeJs;
    /** By logical path, in the order the sources list them (each directory sorted). */
    private final Map<String, Asset> assets = new LinkedHashMap<>();
    /** The logical paths of the files this run wrote, sorted, for the report. */
    private SortedSet<String> writtenNames;
    private ReferenceGraph graph;
    /** The assets in the order of the graph's names: asset {@code i} has number {@code i}. */
    private Asset[] byNumber;
    private List<List<String>> cycles = List.of();
    /** Whether no source was added, changed or removed since the last run. */
    private boolean unchanged;
    private final List<MissingReference> missing = new ArrayList<>();
    private final List<ModuleNote> moduleNotes = new ArrayList<>();
    private final SortedSet<String> removed = new TreeSet<>();
    private final AtomicInteger hashed = new AtomicInteger();
    private final AtomicInteger rewritten = new AtomicInteger();
    private final OutputFiles outputFiles = new OutputFiles();
    /** How many of the {@link #writingTotal} files not written while reading went through rewriting. */
    private final AtomicInteger writing = new AtomicInteger();
    private int writingTotal;

    /** Told how far a run has got; called from several threads. */
    @FunctionalInterface
    public interface Progress {
        /**
         * {@code done} of {@code total} files went through {@code phase}: "reading" (every file; one
         * without references to rewrite is also written then), then "writing" (every other file, as it
         * is rewritten and written, or found as the last run left it; in strict mode all of them).
         */
        void update(String phase, int done, int total);

        /** Reports nothing. */
        Progress NONE = (phase, done, total) -> { };
    }

    /** Returns a collector for these options that reports no progress. */
    public Collector(CollectOptions options) {
        this(options, Progress.NONE);
    }

    /** Returns a collector for these options that reports its progress to {@code progress}. */
    public Collector(CollectOptions options, Progress progress) {
        this(options, progress, true);
    }

    private Collector(CollectOptions options, Progress progress, boolean trustState) {
        this.options = options;
        this.trustState = trustState;
        this.noHash = Globs.of(options.noHash());
        this.ignoreMissing = Globs.of(options.ignoreMissing());
        this.progress = progress;
    }

    /**
     * Collects with {@code options}; see {@link #collect()}.
     *
     * @throws EcstaticException see {@link #collect()}
     */
    public static CollectReport collect(CollectOptions options) {
        return new Collector(options).collect();
    }

    /**
     * Runs the collection.
     *
     * @return what was collected, written, missing, shadowed and on cycles
     * @throws EcstaticException when a source cannot be read, an output file cannot be written (the
     *                           previous manifest is then left as it was), or in strict mode when
     *                           references are missing (all of them listed, nothing written)
     * @throws IllegalStateException when this collector has run before
     */
    public CollectReport collect() {
        if (sources != null) {
            throw new IllegalStateException("a Collector runs once; make a new one for another run");
        }
        long start = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(THREADS);
        try {
            // parallel streams started inside the pool run on its threads, not the common pool's
            pool.submit(() -> {
                scan();
                digest();
                resolve();
                rewrite();
                deleteRemoved();
                // what the report lists is gathered while the manifest and the state are written
                ForkJoinTask<SortedSet<String>> written = ForkJoinTask.adapt(this::writtenNames).fork();
                writeManifest();
                writtenNames = written.join();
            }).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StaleState || e.getCause() instanceof CollectState.Unreadable) {
                pool.shutdown();
                sources.close();
                return new Collector(options, progress, false).collect();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EcstaticException("The collection was interrupted; the previous manifest is unchanged.", e);
        } finally {
            pool.shutdown();
            if (sources != null) {
                sources.close();
            }
        }
        return report(System.nanoTime() - start);
    }

    // --- scan: list the sources, recall the last run ----------------------------------------

    private void scan() {
        if (options.precompress()) {
            Precompressor.ensureBrotli();
        }
        refuseOutputInsideASource();
        // the state file is read, and the native library loaded, while the sources are listed
        ForkJoinTask<CollectState> state = ForkJoinTask.adapt(() -> CollectState.read(options.state())).fork();
        ForkJoinTask<Rewriter> nativeCode = ForkJoinTask.adapt(Collector::nativeJs).fork();
        sources = Sources.scan(options.sources(), options.jars(), Globs.of(options.excludes()));
        previous = state.join();
        nativeJs = nativeCode.join();
        if (!trustState || !previous.settings().equals(settings()) || !Files.isDirectory(options.output())) {
            previous = CollectState.empty();
        }
        int known = 0;
        for (Map.Entry<String, SourceFile> e : sources.files().entrySet()) {
            Asset asset = new Asset(e.getValue(), previous.file(e.getKey()), noHash.matches(e.getKey()));
            assets.put(e.getKey(), asset);
            known += asset.previous != null ? 1 : 0;
        }
        if (known < previous.files().size()) {
            previous.files().keySet().stream().filter(logical -> !assets.containsKey(logical)).forEach(removed::add);
            removed.forEach(logical -> outputFiles.mayReplace(OutputFiles.inside(options.output(), logical,
                    "the collector state " + options.state())));
        }
    }

    /**
     * Loads the native library (its SHA-256 and its scanner, each checked) and returns the rewriter that
     * scans scripts with it, which decodes a script only when it finds something; null where the library
     * is not in use.
     */
    private static Rewriter nativeJs() {
        Sha256.implementation();
        NativeText.isNative();
        JsRewriter.Tokenizer tokenizer = NativeJsScanner.tokenizer();
        return tokenizer == null ? null : new JsRewriter(tokenizer);
    }

    /** Refuses an output directory inside a source directory: each run would collect the last one's output. */
    private void refuseOutputInsideASource() {
        Path output = realOrAbsolute(options.output());
        for (Path source : options.sources()) {
            Path root = realOrAbsolute(source);
            if (output.startsWith(root)) {
                throw new EcstaticException("The output directory " + options.output() + (output.equals(root)
                        ? " is the source directory " : " is inside the source directory ") + source
                        + ": every run would collect the output of the last one again. Write the output "
                        + "outside the sources (for a WAR, the exploded WAR under target/).");
            }
        }
    }

    private static Path realOrAbsolute(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        // the output may not exist yet: resolve the part that does, so that a symbolic link is seen through
        for (Path existing = absolute; existing != null; existing = existing.getParent()) {
            if (Files.exists(existing)) {
                try {
                    return existing.toRealPath().resolve(existing.relativize(absolute));
                } catch (IOException e) {
                    return absolute;
                }
            }
        }
        return absolute;
    }

    /** The options that change what is written for the same sources. */
    private String settings() {
        return FORMAT + " noHash=" + options.noHash() + " prefix=" + options.staticPrefix() + " precompress="
                + options.precompress() + " brotli=" + options.brotliQuality() + " modules=" + options.modules()
                + " output=" + options.output().toAbsolutePath().normalize();
    }

    // --- digest: read what changed, find its references -------------------------------------

    private void digest() {
        AtomicInteger done = new AtomicInteger();
        assets.values().parallelStream().forEach(asset -> {
            digest(asset);
            progress.update("reading", done.incrementAndGet(), assets.size());
        });
    }

    private void digest(Asset asset) {
        asset.repair = asset.previous != null && !outputsAsWritten(asset);
        if (!asset.repair && options.compare() == CollectOptions.Compare.MTIME && asset.sameStamp()) {
            asset.takeOverSource();
            return;
        }
        Rewriter rewriter = Rewriters.forFileName(asset.logical(), options.modules());
        if (rewriter == null && copiedAsItIs(asset)) {
            return;
        }
        asset.read();
        if (!asset.repair && asset.previous != null && asset.previous.sourceSha().equals(asset.sourceSha)) {
            asset.takeOverSource();
            return;
        }
        if (rewriter instanceof JsRewriter && nativeJs != null) {
            rewriter = nativeJs;
        }
        Scan scan = rewriter == null ? null : rewriter.scan(asset.bytes, asset);
        asset.references = scan == null ? List.of() : scan.references();
        asset.notes = scan == null ? List.of() : scan.notes();
        asset.targets = asset.references.stream()
                .map(r -> LogicalPaths.resolve(asset.logical(), r.target(), options.staticPrefix())).toList();
        if (asset.references.isEmpty() && !options.strict()) {
            // nothing to rewrite, so its hash is known now: write it while its bytes are at hand rather
            // than hold them through the other phases (strict mode writes nothing before it has checked)
            asset.writtenEarly = true;
            rewrite(asset);
            write(asset);
            asset.manifestEntry = manifestEntry(asset);
        } else {
            asset.forgetText(); // decoded again when rewritten: holding it through the other phases costs more
        }
    }

    /**
     * Copies a new source that is written as it is, with neither references nor compressed forms, from
     * its file to its two outputs with the collector's library, which hashes it on the way, without
     * bringing its bytes into the JVM. Returns whether it did; false where the library is not in use or
     * did nothing, and the source is read and written as any other.
     */
    private boolean copiedAsItIs(Asset asset) {
        if (asset.previous != null || asset.noHash || options.strict()
                || options.precompress() && Precompressor.isCompressible(asset.logical())
                || !(asset.source.origin() instanceof SourceFile.InDirectory source)) {
            return false;
        }
        String logical = asset.logical();
        int hashIndex = HashedName.hashIndex(logical);
        String hashedName = HashedName.format(logical, HASH_TO_BE_WRITTEN);
        NativeFiles.Copy copy = outputFiles.copyAsItIs(source.file(), options.output().resolve(logical),
                options.output().resolve(hashedName), hashIndex - (logical.lastIndexOf('/') + 1));
        if (copy == null) {
            return false;
        }
        Digest digest = Digest.ofSha256(copy.sha256());
        asset.sourceDigest = digest;
        asset.sourceSha = digest.hex();
        asset.hash = digest.shortHex();
        Asset lookalike = assets.get(new StringBuilder(hashedName)
                .replace(hashIndex, hashIndex + Digest.SHORT_HEX_LENGTH, asset.hash).toString());
        if (lookalike != null && lookalike != asset) {
            throw impostor(lookalike.source.origin().describe(), source.describe(), logical);
        }
        asset.referenceHashes = List.of();
        finish(asset, digest, copy.hashed().size());
        asset.writtenEarly = true;
        asset.written = List.of(copy.original(), copy.hashed());
        asset.manifestEntry = manifestEntry(asset);
        hashed.incrementAndGet();
        return true;
    }

    /** The hash in the name {@link NativeFiles#copy} is given, which it replaces with the file's own. */
    private static final String HASH_TO_BE_WRITTEN = "000000000000";

    /** Whether every file the last run wrote for {@code asset} still has the size and time it was left with. */
    private boolean outputsAsWritten(Asset asset) {
        List<String> names = asset.previous.outputNames(asset.logical());
        List<CollectState.Written> written = asset.previous.written();
        for (int i = 0; i < names.size(); i++) {
            if (!written.get(i).equals(OutputFiles.stamp(options.output().resolve(names.get(i))))) {
                return false;
            }
        }
        return true;
    }

    // --- resolve: what each reference names, what is missing, in which order to rewrite -----

    private void resolve() {
        unchanged = removed.isEmpty() && assets.values().stream().noneMatch(a -> a.sourceChanged);
        if (!unchanged) {
            // the references the last run stored are decoded when first read: all of them are read now
            assets.values().parallelStream().filter(a -> a.previous != null).forEach(a -> a.previous.load());
        }
        // each file's references are looked up on every core, then gathered in the order of the files
        List<Asset> all = new ArrayList<>(assets.values());
        byNumber = all.toArray(new Asset[0]);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).number = i;
        }
        Resolution[] resolutions = new Resolution[all.size()];
        java.util.stream.IntStream.range(0, all.size()).parallel().forEach(i -> resolutions[i] = resolve(all.get(i)));
        String[] names = new String[all.size()];
        int[][] references = new int[all.size()][];
        for (int i = 0; i < resolutions.length; i++) {
            missing.addAll(resolutions[i].missing());
            moduleNotes.addAll(resolutions[i].notes());
            names[i] = all.get(i).logical();
            references[i] = resolutions[i].found();
        }
        // with every source as it was, every output is as it was: no order to work out
        graph = unchanged ? null : ReferenceGraph.of(names, references);
        cycles = unchanged ? previous.cycles() : graph.cycles();
        missing.sort(Comparator.comparing(MissingReference::file).thenComparingInt(MissingReference::line));
        moduleNotes.sort(Comparator.comparing(ModuleNote::file).thenComparingInt(ModuleNote::line));
        if (options.strict() && (!missing.isEmpty() || moduleNotes.stream().anyMatch(n -> n.kind() == ModuleNote.Kind.NO_EXTENSION))) {
            throw new EcstaticException(strictFailure());
        }
    }

    /**
     * What the references of one file name.
     *
     * @param found   the numbers of the assets it references, each once; null when no source changed (the
     *                order is not needed then)
     * @param missing its references that name no source
     * @param notes   what else it holds that the report mentions (bare specifiers, computed imports...)
     */
    private record Resolution(int[] found, List<MissingReference> missing, List<ModuleNote> notes) {
    }

    /**
     * Looks up what the references of {@code asset} name. When no source changed only the references
     * that named no source in the last run are looked at: the sources are the same.
     */
    private Resolution resolve(Asset asset) {
        int[] found = unchanged ? null : new int[asset.references.size()];
        int foundCount = 0;
        List<MissingReference> missing = new ArrayList<>(0);
        List<ModuleNote> notes = new ArrayList<>(asset.notes.size());
        int count = unchanged && !asset.previous.mayMissTargets() ? 0 : asset.references.size();
        Asset[] named = count == 0 ? null : new Asset[count];
        for (int i = 0; i < count; i++) {
            Reference reference = asset.references.get(i);
            String target = asset.targets.get(i);
            Asset targetAsset = target == null ? null : assets.get(target);
            if (targetAsset != null) {
                named[i] = targetAsset;
                if (found != null) {
                    found[foundCount++] = targetAsset.number;
                }
            } else if (target != null && !ignoreMissing.matches(target) && !ignoredAsWritten(reference)) {
                if (reference.kind().isModule() && !hasExtension(target)) {
                    String hint = assets.containsKey(target + ".js") ? withExtension(reference.target(), ".js") : null;
                    notes.add(new ModuleNote(asset.logical(), reference.line(), ModuleNote.Kind.NO_EXTENSION,
                            reference.target(), hint));
                } else {
                    missing.add(new MissingReference(asset.logical(), reference.line(), reference.target()));
                }
            }
        }
        asset.named = named;
        for (ScanNote note : asset.notes) {
            notes.add(new ModuleNote(asset.logical(), note.line(), NOTE_KINDS[note.kind().ordinal()],
                    note.text(), null));
        }
        return new Resolution(found == null ? null : distinct(found, foundCount), missing, notes);
    }

    /** The distinct numbers among the first {@code count} of {@code numbers}, in ascending order. */
    private static int[] distinct(int[] numbers, int count) {
        int[] sorted = Arrays.copyOf(numbers, count);
        Arrays.sort(sorted);
        int size = 0;
        for (int i = 0; i < count; i++) {
            if (size == 0 || sorted[size - 1] != sorted[i]) {
                sorted[size++] = sorted[i];
            }
        }
        return size == count ? sorted : Arrays.copyOf(sorted, size);
    }

    /** Whether the last segment of a logical path has an extension: a dot after its first character. */
    private static boolean hasExtension(String logical) {
        int segment = logical.lastIndexOf('/') + 1;
        return logical.indexOf('.', segment + 1) > 0;
    }

    /** Returns {@code written} with {@code extension} after its path, before its query or fragment. */
    private static String withExtension(String written, String extension) {
        ReferenceTarget target = ReferenceTarget.parse(written);
        return target.path() + extension + target.suffix();
    }

    /** Whether an ignore-missing glob matches the reference's path as written ({@code /static/img/gone.png}). */
    private boolean ignoredAsWritten(Reference reference) {
        String written = ReferenceTarget.parse(reference.target()).path();
        // a glob with a leading '/' is taken from the root, so the written path is compared without it too
        return ignoreMissing.matches(written) || written.startsWith("/") && ignoreMissing.matches(written.substring(1));
    }

    private String strictFailure() {
        StringBuilder message = new StringBuilder();
        List<ModuleNote> noExtension = moduleNotes.stream().filter(n -> n.kind() == ModuleNote.Kind.NO_EXTENSION).toList();
        if (!missing.isEmpty()) {
            message.append(missing.size() == 1 ? "1 reference names a file that does not exist"
                            : missing.size() + " references name files that do not exist")
                    .append(" under the static roots:");
            missing.forEach(m -> message.append("\n  ").append(m.describe()));
        }
        if (!noExtension.isEmpty()) {
            message.append(missing.isEmpty() ? "" : "\n").append(noExtension.size() == 1
                    ? "1 module specifier has no extension and names no file:"
                    : noExtension.size() + " module specifiers have no extension and name no file:");
            noExtension.forEach(n -> message.append("\n  ").append(n.describe()));
        }
        return message.append("\nFix the paths or add the files; list expected ones with --ignore-missing ")
                .append("(ecstatic.ignoreMissing), or run without --strict to keep them unhashed.").toString();
    }

    // --- rewrite: replace references with hashed names, after the files they name ------------

    private void rewrite() {
        if (unchanged) {
            assets.values().forEach(Asset::takeOverOutput);
            return;
        }
        writingTotal = (int) assets.values().stream().filter(a -> !a.writtenEarly).count();
        // a file that is no cycle comes by its number, the index of the graph's names (byNumber)
        graph.runInOrder(number -> {
            Asset asset = byNumber[number];
            if (!asset.writtenEarly) {
                rewrite(asset);
            }
        }, this::rewriteCycle, ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool());
    }

    private void rewrite(Asset asset) {
        asset.referenceHashes = referenceHashes(asset, named -> named.hash);
        CollectState.Entry before = asset.previous;
        if (!asset.sourceChanged && before != null && asset.referenceHashes.equals(before.referenceHashes())) {
            asset.takeOverOutput();
        } else {
            readAgain(asset);
            asset.output = rewritten(asset, asset.referenceHashes);
            Digest digest = asset.output == asset.bytes ? asset.sourceDigest : Sha256.of(asset.output);
            asset.hash = digest.shortHex();
            finish(asset, digest, asset.output.length);
        }
        if (!asset.writtenEarly) {
            writeRewritten(asset);
        }
    }

    /**
     * Rewrites the files on one cycle, which all get their hashes at once: the group is hashed over each
     * member's path and its text with the references to members written with {@link #CYCLE_PLACEHOLDER}
     * (those to other files with their hashes), members in path order; each member's hash is then that
     * of the group's digest and its own path. Equal files give equal hashes, run after run.
     */
    private void rewriteCycle(List<String> names) {
        List<Asset> members = names.stream().map(assets::get).toList();
        Set<String> onCycle = Set.copyOf(names);
        if (members.stream().allMatch(m -> !m.sourceChanged && m.previous != null && referenceHashes(m, named ->
                onCycle.contains(named.logical()) ? lastHash(named) : named.hash).equals(m.previous.referenceHashes()))) {
            members.forEach(Asset::takeOverOutput);
            members.forEach(this::writeRewritten);
            return;
        }
        MessageDigest group = Digest.newSha256();
        for (Asset member : members) {
            readAgain(member);
            byte[] placeholders = rewritten(member, referenceHashes(member, named ->
                    onCycle.contains(named.logical()) ? CYCLE_PLACEHOLDER : named.hash));
            group.update((member.logical() + "\n" + placeholders.length + "\n").getBytes(StandardCharsets.UTF_8));
            group.update(placeholders);
        }
        String groupHex = Digest.ofSha256(group.digest()).hex();
        for (Asset member : members) {
            member.hash = Digest.of((groupHex + "\n" + member.logical()).getBytes(StandardCharsets.UTF_8)).shortHex();
        }
        for (Asset member : members) {
            member.referenceHashes = referenceHashes(member, named -> named.hash);
            member.output = rewritten(member, member.referenceHashes);
            finish(member, member.output == member.bytes ? member.sourceDigest : Sha256.of(member.output),
                    member.output.length);
        }
        members.forEach(this::writeRewritten);
    }

    /** The hash the last run gave a file; null when it had none. */
    private static String lastHash(Asset asset) {
        return asset.previous == null ? null : asset.previous.hash();
    }

    /** Reads the source again when its bytes were let go; fails the run over when they are not what the state says. */
    private void readAgain(Asset asset) {
        if (asset.bytes == null) {
            asset.read();
            if (!asset.sourceChanged && !asset.sourceSha.equals(asset.previous.sourceSha())) {
                // its size and time say unchanged (a time put back), its bytes say otherwise: what the
                // last run found in it no longer holds, so the run starts again without the state
                throw new StaleState();
            }
        }
    }

    /**
     * Returns the source with each reference that has a hash in {@code hashes} replaced by its hashed
     * form; the source bytes themselves when none has.
     */
    private static byte[] rewritten(Asset asset, List<String> hashes) {
        List<Reference> references = asset.references;
        String[] changes = new String[references.size()];
        int count = 0;
        for (int i = 0; i < changes.length; i++) {
            if (hashes.get(i) != null) {
                changes[i] = ReferenceTarget.parse(references.get(i).target()).withHash(hashes.get(i));
                count++;
            }
        }
        if (count == 0) {
            return asset.bytes;
        }
        // where the scan decoded the text, the bytes are rewritten without decoding and encoding it again
        Charset charset = asset.charset();
        if (charset != null) {
            return Rewriting.apply(asset.bytes, charset, asset.units(), references, Arrays.asList(changes));
        }
        Map<Reference, String> byReference = new HashMap<>();
        for (int i = 0; i < changes.length; i++) {
            if (changes[i] != null) {
                byReference.put(references.get(i), changes[i]);
            }
        }
        return asset.encode(Rewriting.apply(asset.text(), byReference));
    }

    /** Records what is written for {@code asset}: its output's digest and size. */
    private static void finish(Asset asset, Digest digest, long size) {
        asset.integrity = digest.integrity();
        asset.outputSize = size;
        asset.write = true;
    }

    /**
     * Returns the hash that {@code hashOf} gives the file each reference of {@code asset} names, which
     * the reference is rewritten with; null where it names no file or a no-hash file, or {@code hashOf}
     * gives null: that reference is kept as written.
     */
    private List<String> referenceHashes(Asset asset, Function<Asset, String> hashOf) {
        List<String> hashes = new ArrayList<>(asset.references.size());
        for (int i = 0; i < asset.references.size(); i++) {
            Asset named = named(asset, i);
            hashes.add(named == null || named.noHash ? null : hashOf.apply(named));
        }
        return hashes;
    }

    /** The asset reference {@code i} of {@code asset} names; null where it names none. */
    private Asset named(Asset asset, int i) {
        if (asset.named != null && asset.named.length == asset.references.size()) {
            return asset.named[i];
        }
        String target = asset.targets.get(i);
        return target == null ? null : assets.get(target);
    }

    // --- write: hashed copies, originals, compressed forms ----------------------------------

    /**
     * Writes an asset as soon as it is rewritten, so that its bytes are let go before the next level is
     * rewritten (a run over many modules would otherwise hold them all); tells the progress either way.
     */
    private void writeRewritten(Asset asset) {
        if (asset.write) {
            write(asset);
        }
        asset.imports = imports(asset); // here, on every core, rather than when the manifest is written
        asset.manifestEntry = manifestEntry(asset);
        progress.update("writing", writing.incrementAndGet(), writingTotal);
    }

    /** Deletes the outputs of the sources that are gone since the last run. */
    private void deleteRemoved() {
        removed.forEach(logical -> OutputFiles.delete(OutputFiles.inside(options.output(), logical,
                "the collector state " + options.state())));
    }

    private void write(Asset asset) {
        Path output = options.output();
        Path original = output.resolve(asset.logical());
        String hashedName = asset.noHash ? null : asset.hashedName();
        Asset lookalike = hashedName == null || hashedName.equals(asset.logical()) ? null : assets.get(hashedName);
        if (lookalike != null) {
            throw impostor(lookalike.source.origin().describe(), asset.source.origin().describe(), asset.logical());
        }
        // the stamps in the order of CollectState.outputNames: the original, the hashed file, its compressed forms
        List<CollectState.Written> stamps = new ArrayList<>(2 + Precompressor.ENCODINGS.size());
        if (asset.noHash) {
            stamps.add(outputFiles.write(original, asset.output));
        } else {
            Path hashedFile = output.resolve(hashedName);
            CollectState.Written hashedStamp = asset.repair ? outputFiles.write(hashedFile, asset.output)
                    : outputFiles.writeUnlessPresent(hashedFile, asset.output);
            if (hashedStamp == null) {
                // kept from an earlier run: checked whole, since this run did not make it
                hashedStamp = OutputFiles.stamp(hashedFile);
            }
            // a copy of its own, never a hard link: a later step of the build (resource filtering)
            // that edits the original must not change the immutable hashed file
            stamps.add(outputFiles.write(original, asset.bytes));
            stamps.add(hashedStamp != null ? hashedStamp : OutputFiles.NOT_AS_WRITTEN);
            asset.encodings = precompress(hashedFile, asset.output, stamps);
            hashed.incrementAndGet();
        }
        asset.written = stamps;
        rewritten.addAndGet(asset.replacedCount());
        asset.release();
    }

    /** The error for a source named like the hashed copy of another, which would overwrite it or be overwritten. */
    static EcstaticException impostor(String impostor, String original, String originalName) {
        return new EcstaticException("The source file " + impostor + " is named like a hashed copy of " + original
                + " (" + originalName + "): the collector writes hashed copies under such names, so the two would "
                + "overwrite each other in the output. Rename it (without the 12 hex digits before the "
                + "extension), or exclude it.");
    }

    /** Writes the compressed forms of {@code file}, adding their stamps to {@code stamps}; returns their encodings. */
    private List<String> precompress(Path file, byte[] bytes, List<CollectState.Written> stamps) {
        if (!options.precompress() || !Precompressor.isCompressible(file.getFileName().toString())) {
            return List.of();
        }
        List<String> encodings = new ArrayList<>();
        Precompressor.compress(bytes, options.brotliQuality()).forEach((encoding, compressed) -> {
            stamps.add(outputFiles.write(file.resolveSibling(file.getFileName() + Precompressor.suffix(encoding)), compressed));
            encodings.add(encoding);
        });
        return encodings;
    }

    // --- writeManifest: the manifest, then the state for the next run ----------------------

    private void writeManifest() {
        if (upToDate()) {
            return;
        }
        // the state is worked out while the manifest is, and written after it
        ForkJoinTask<CollectState.Serialized> state = ForkJoinTask.adapt(() -> nextState().serialized()).fork();
        List<Map.Entry<String, String>> paths = new ArrayList<>(assets.size());
        List<Map.Entry<String, Manifest.FileEntry>> hashedFiles = new ArrayList<>(assets.size());
        for (Asset asset : assets.values()) {
            if (asset.noHash) {
                paths.add(Map.entry(asset.logical(), asset.logical()));
            } else {
                Map.Entry<String, Manifest.FileEntry> entry = asset.manifestEntry != null ? asset.manifestEntry
                        : manifestEntry(asset); // an unchanged file, taken over from the last run
                paths.add(Map.entry(asset.logical(), entry.getKey()));
                hashedFiles.add(entry);
            }
        }
        SortedMap<String, Manifest.FileEntry> files = SortedMaps.of(hashedFiles);
        keptVersions(files.keySet()).forEach(files::putIfAbsent);
        Manifest.of(SortedMaps.of(paths), files).writeAtomicallyIfChanged(options.manifest());
        CollectState.write(options.state(), state.join());
    }

    /** Returns the hashed name of {@code asset} with what the manifest records of it; null for a no-hash file. */
    private Map.Entry<String, Manifest.FileEntry> manifestEntry(Asset asset) {
        if (asset.noHash) {
            return null;
        }
        return Map.entry(asset.hashedName(), new Manifest.FileEntry(asset.outputSize,
                asset.integrity, asset.encodings, asset.imports != null ? asset.imports : imports(asset)));
    }

    /**
     * Returns the hashed names of the modules that {@code asset} imports statically ({@code import … from},
     * {@code import '…'}, {@code export … from}) under their hashed names; empty for every other file.
     */
    private List<String> imports(Asset asset) {
        List<String> imports = new ArrayList<>();
        for (int i = 0; i < asset.references.size(); i++) {
            if (asset.references.get(i).kind() == Reference.Kind.STATIC_IMPORT && asset.referenceHashes.get(i) != null) {
                Asset named = named(asset, i);
                if (named != null && !named.noHash) {
                    imports.add(named.hashedName());
                }
            }
        }
        return imports;
    }

    /** Whether the manifest and the state of the last run still say exactly what this run found. */
    private boolean upToDate() {
        return removed.isEmpty() && Files.isRegularFile(options.manifest())
                && assets.values().stream().allMatch(a -> !a.write && a.sameStamp());
    }

    /** The hashed files of earlier runs that are still in the output, as the last manifest lists them. */
    private Map<String, Manifest.FileEntry> keptVersions(Set<String> current) {
        Manifest last;
        try {
            last = Files.isRegularFile(options.manifest()) ? Manifest.read(options.manifest()) : null;
        } catch (EcstaticException e) {
            return Map.of(); // a damaged manifest lists nothing that can be kept; it is replaced
        }
        if (last == null) {
            return Map.of();
        }
        Map<String, Manifest.FileEntry> kept = new TreeMap<>();
        last.files().forEach((name, entry) -> {
            if (!current.contains(name) && Files.isRegularFile(options.output().resolve(name))) {
                kept.put(name, entry);
            }
        });
        return kept;
    }

    private CollectState nextState() {
        List<Map.Entry<String, CollectState.Entry>> entries = new ArrayList<>(assets.size());
        List<Map.Entry<String, List<String>>> history = new ArrayList<>(assets.size());
        SortedMap<String, List<String>> before = previous.history();
        for (Asset asset : assets.values()) {
            entries.add(Map.entry(asset.logical(), asset.toEntry()));
            if (!asset.noHash) {
                List<String> hashes = before.isEmpty() ? List.of() : before.getOrDefault(asset.logical(), List.of());
                history.add(Map.entry(asset.logical(), appended(hashes, asset.hash)));
            }
        }
        // the history of the files that are gone, or no longer hashed, is kept as it was
        before.forEach((logical, hashes) -> {
            Asset asset = assets.get(logical);
            if (asset == null || asset.noHash) {
                history.add(Map.entry(logical, hashes));
            }
        });
        return new CollectState(settings(), SortedMaps.of(entries), SortedMaps.of(history), cycles);
    }

    private static List<String> appended(List<String> hashes, String hash) {
        if (!hashes.isEmpty() && hashes.get(hashes.size() - 1).equals(hash)) {
            return hashes;
        }
        List<String> next = new ArrayList<>(hashes);
        next.remove(hash);
        next.add(hash);
        return next;
    }

    /** The state of the last run does not match a source it said was unchanged. */
    private static final class StaleState extends RuntimeException {
        StaleState() {
            super(null, null, false, false);
        }
    }

    // --- the report -------------------------------------------------------------------------

    /** The logical paths of the files this run wrote, sorted. */
    private SortedSet<String> writtenNames() {
        List<Map.Entry<String, Boolean>> names = new ArrayList<>();
        for (Asset asset : assets.values()) {
            if (asset.write) {
                names.add(Map.entry(asset.logical(), true));
            }
        }
        return SortedMaps.of(names).navigableKeySet();
    }

    private CollectReport report(long nanos) {
        Collection<Asset> all = assets.values();
        SortedSet<String> written = writtenNames;
        long bytes = 0;
        for (Asset asset : all) {
            bytes += asset.source.size();
        }
        return new CollectReport(all.size(), bytes, hashed.get(), rewritten.get(), List.copyOf(missing),
                all.size() - written.size(), written, new TreeSet<>(removed),
                List.copyOf(sources.shadowed()), cycles, nanos, sources.links(), List.copyOf(moduleNotes));
    }
}
