package org.ecstatic.tools;

import org.ecstatic.runtime.manifest.Digest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Collector} run collects, where it writes and how strict it is. Immutable; built with
 * {@link #builder(Path, Path)}.
 *
 * <pre>{@code
 * CollectOptions options = CollectOptions.builder(Path.of("target/static"), Path.of("target/manifest.json"))
 *         .source(Path.of("src/main/webapp/static"))
 *         .noHash(List.of("robots.txt"))
 *         .strict(true)
 *         .build();
 * }</pre>
 *
 * @param sources       the source directories, first wins when two hold the same logical path; never null
 * @param jars          jars whose {@code META-INF/resources/} tree is a source (WebJars), after the directories
 * @param output        the output directory (the static root of the web application)
 * @param manifest      where the manifest is written
 * @param state         where the state of the last run is kept for incremental runs
 * @param excludes      globs of files and directories that are not collected
 * @param noHash        globs of files that are written under their own names only
 * @param strict        whether a missing reference fails the run
 * @param ignoreMissing globs of missing references that are neither reported nor fail the run
 * @param compare       how an unchanged source is recognised
 * @param precompress   whether {@code .gz} and {@code .br} siblings are written
 * @param brotliQuality the Brotli quality of the {@code .br} forms, 0 to 11 (default 8: at 9 and above
 *                      Brotli gets many times slower for a few percent smaller files)
 * @param staticPrefix  where the static root is mounted, e.g. {@code /static/}: root-absolute references
 *                      under it are resolved
 * @param modules       whether the module specifiers of JavaScript files ({@code import}, {@code export …
 *                      from}, {@code import()}, {@code new URL(…, import.meta.url)}) are rewritten (default
 *                      true); when false only their source map comments are
 */
public record CollectOptions(List<Path> sources, List<Path> jars, Path output, Path manifest, Path state,
                             List<String> excludes, List<String> noHash, boolean strict,
                             List<String> ignoreMissing, Compare compare, boolean precompress,
                             int brotliQuality, String staticPrefix, boolean modules) {

    /** The globs excluded when no others are given. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(".*", "*~", "CVS", "Thumbs.db");

    /** The Brotli quality when no other is given. */
    public static final int DEFAULT_BROTLI_QUALITY = 8;

    /** The static prefix when no other is given. */
    public static final String DEFAULT_STATIC_PREFIX = "/static/";

    /** How an unchanged source file is recognised on a later run. */
    public enum Compare {
        /** Same size and modification time; a content hash decides when they differ. */
        MTIME,
        /** The content hash of every file, always. */
        HASH
    }

    /** Returns options that rewrite the module specifiers of JavaScript files. */
    public CollectOptions(List<Path> sources, List<Path> jars, Path output, Path manifest, Path state,
                          List<String> excludes, List<String> noHash, boolean strict, List<String> ignoreMissing,
                          Compare compare, boolean precompress, int brotliQuality, String staticPrefix) {
        this(sources, jars, output, manifest, state, excludes, noHash, strict, ignoreMissing, compare, precompress,
                brotliQuality, staticPrefix, true);
    }

    public CollectOptions {
        sources = List.copyOf(sources);
        jars = List.copyOf(jars);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(state, "state");
        excludes = List.copyOf(excludes);
        noHash = List.copyOf(noHash);
        ignoreMissing = List.copyOf(ignoreMissing);
        Objects.requireNonNull(compare, "compare");
        staticPrefix = normalizePrefix(staticPrefix);
        if (brotliQuality < 0 || brotliQuality > 11) {
            throw new IllegalArgumentException("the Brotli quality is 0 to 11, not " + brotliQuality);
        }
        if (sources.isEmpty() && jars.isEmpty()) {
            throw new IllegalArgumentException("no sources: name at least one source directory or jar");
        }
    }

    /**
     * Returns a builder for a run writing to {@code output} and {@code manifest}. The state file
     * defaults to {@link #defaultState}; everything else to its documented default.
     */
    public static Builder builder(Path output, Path manifest) {
        return new Builder(output, manifest);
    }

    /** Returns a builder that starts from these options. */
    public Builder toBuilder() {
        Builder b = new Builder(output, manifest);
        b.sources.addAll(sources);
        b.jars.addAll(jars);
        return b.state(state).excludes(excludes).noHash(noHash).strict(strict).ignoreMissing(ignoreMissing)
                .compare(compare).precompress(precompress).brotliQuality(brotliQuality).staticPrefix(staticPrefix)
                .modules(modules);
    }

    /**
     * Returns where the state of the runs writing {@code output} and {@code manifest} is kept unless told
     * otherwise: in the user's cache directory ({@code $XDG_CACHE_HOME/ecstatic}, else
     * {@code ~/.cache/ecstatic}), under a name derived from the two absolute paths. Never beside the
     * manifest or in the output: those are packaged, and the state holds the build machine's paths.
     */
    public static Path defaultState(Path output, Path manifest) {
        String key = output.toAbsolutePath().normalize() + "\n" + manifest.toAbsolutePath().normalize();
        String hash = Digest.of(key.getBytes(StandardCharsets.UTF_8)).shortHex();
        return userCache().resolve(manifest.getFileName() + "-" + hash + ".state");
    }

    /**
     * Returns the collector's directory in the user's cache: {@code $XDG_CACHE_HOME/ecstatic} when that
     * variable holds an absolute path, else {@code ~/.cache/ecstatic}.
     */
    static Path userCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("ecstatic");
    }

    private static String normalizePrefix(String prefix) {
        String p = prefix == null || prefix.isBlank() ? DEFAULT_STATIC_PREFIX : prefix.trim();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        return p.endsWith("/") ? p : p + "/";
    }

    /** Collects options; every setter returns the builder. */
    public static final class Builder {
        private final List<Path> sources = new ArrayList<>();
        private final List<Path> jars = new ArrayList<>();
        private final Path output;
        private final Path manifest;
        private Path state;
        private List<String> excludes = DEFAULT_EXCLUDES;
        private List<String> noHash = List.of();
        private boolean strict;
        private List<String> ignoreMissing = List.of();
        private Compare compare = Compare.MTIME;
        private boolean precompress = true;
        private int brotliQuality = DEFAULT_BROTLI_QUALITY;
        private String staticPrefix = DEFAULT_STATIC_PREFIX;
        private boolean modules = true;

        private Builder(Path output, Path manifest) {
            this.output = Objects.requireNonNull(output, "output");
            this.manifest = Objects.requireNonNull(manifest, "manifest");
        }

        /** Adds a source directory after those already added. */
        public Builder source(Path directory) {
            sources.add(directory);
            return this;
        }

        /** Adds a jar whose {@code META-INF/resources/} tree is a source, after those already added. */
        public Builder jar(Path jar) {
            jars.add(jar);
            return this;
        }

        /** Sets where the state of the last run is kept. */
        public Builder state(Path file) {
            this.state = file;
            return this;
        }

        /** Replaces the exclude globs (the defaults are {@link #DEFAULT_EXCLUDES}). */
        public Builder excludes(List<String> globs) {
            this.excludes = globs;
            return this;
        }

        /** Sets the globs of files written under their own names only. */
        public Builder noHash(List<String> globs) {
            this.noHash = globs;
            return this;
        }

        /** Sets whether a missing reference fails the run. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Sets the globs of missing references that are expected. */
        public Builder ignoreMissing(List<String> globs) {
            this.ignoreMissing = globs;
            return this;
        }

        /** Sets how unchanged sources are recognised. */
        public Builder compare(Compare compare) {
            this.compare = compare;
            return this;
        }

        /** Sets whether {@code .gz} and {@code .br} siblings are written. */
        public Builder precompress(boolean precompress) {
            this.precompress = precompress;
            return this;
        }

        /** Sets the Brotli quality of the {@code .br} forms, 0 to 11. */
        public Builder brotliQuality(int quality) {
            this.brotliQuality = quality;
            return this;
        }

        /** Sets where the static root is mounted, e.g. {@code /static/}. */
        public Builder staticPrefix(String prefix) {
            this.staticPrefix = prefix;
            return this;
        }

        /** Sets whether the module specifiers of JavaScript files are rewritten (default true). */
        public Builder modules(boolean modules) {
            this.modules = modules;
            return this;
        }

        /** Returns the options. */
        public CollectOptions build() {
            Path stateFile = state != null ? state : defaultState(output, manifest);
            return new CollectOptions(sources, jars, output, manifest, stateFile, excludes, noHash, strict,
                    ignoreMissing, compare, precompress, brotliQuality, staticPrefix, modules);
        }
    }
}
