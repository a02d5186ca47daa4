package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The hashed files of earlier runs that stay in the output for rolling deploys, and their pruning:
 * {@code clean --keep N} removes all but the newest N versions of each logical name, never the
 * current one, from the output and from the manifest's {@code files}.
 *
 * <pre>{@code
 * PruneReport report = KeptVersions.prune(output, manifest, state, 2);
 * System.out.println(report.summary());   // removed 4 old versions (12.3 kB), kept the newest 2 of each file
 * }</pre>
 */
public final class KeptVersions {
    private final Path output;
    private final Manifest manifest;
    private final CollectState state;

    private KeptVersions(Path output, Manifest manifest, CollectState state) {
        this.output = output;
        this.manifest = manifest;
        this.state = state;
    }

    /**
     * What a prune removed.
     *
     * @param removed the hashed names removed (their {@code .gz}/{@code .br} forms went too), sorted
     * @param bytes   the bytes freed
     * @param keep    the number of versions kept of each logical name
     */
    public record PruneReport(List<String> removed, long bytes, int keep) {
        /** Returns e.g. {@code removed 4 old versions (12.3 kB), kept the newest 2 of each file}. */
        public String summary() {
            return "removed " + removed.size() + " old version" + (removed.size() == 1 ? "" : "s") + " ("
                    + CollectReport.size(bytes) + "), kept the newest " + keep + " of each file";
        }
    }

    /**
     * Removes all but the newest {@code keep} versions of each logical name listed in the manifest at
     * {@code manifestFile}, never a current one, and rewrites the manifest (atomically) without them.
     * The order of versions comes from the collector state at {@code stateFile}; versions it does not
     * know count as older than those it knows, by modification time.
     *
     * @throws IllegalArgumentException when {@code keep} is negative
     * @throws EcstaticException        when the manifest cannot be read or a file cannot be deleted
     */
    public static PruneReport prune(Path output, Path manifestFile, Path stateFile, int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("keep must be 0 or more, not " + keep);
        }
        KeptVersions versions = new KeptVersions(output, Manifest.read(manifestFile), CollectState.read(stateFile));
        List<String> doomed = versions.beyond(keep);
        String from = "the manifest " + manifestFile;
        long bytes = doomed.stream().mapToLong(hashed -> versions.delete(hashed, from)).sum();
        SortedMap<String, Manifest.FileEntry> files = new TreeMap<>(versions.manifest.files());
        doomed.forEach(files::remove);
        if (!doomed.isEmpty()) {
            Manifest.of(versions.manifest.paths(), files).writeAtomically(manifestFile);
        }
        return new PruneReport(doomed.stream().sorted().toList(), bytes, keep);
    }

    /** Returns the hashed names that are neither current nor among the newest {@code keep} of their name. */
    private List<String> beyond(int keep) {
        Map<String, String> logicalOf = new HashMap<>();
        Map<String, Integer> age = new HashMap<>();
        state.history().forEach((logical, hashes) -> {
            for (int i = 0; i < hashes.size(); i++) {
                String hashed = HashedName.format(logical, hashes.get(i));
                logicalOf.put(hashed, logical);
                age.put(hashed, i);
            }
        });
        Map<String, List<String>> byLogical = new TreeMap<>();
        for (String hashed : manifest.files().keySet()) {
            String logical = logicalOf.getOrDefault(hashed, HashedName.strip(hashed));
            byLogical.computeIfAbsent(logical, k -> new ArrayList<>()).add(hashed);
        }
        List<String> doomed = new ArrayList<>();
        java.util.Collection<String> current = manifest.paths().values();
        byLogical.values().forEach(names -> {
            names.sort(Comparator.comparing((String n) -> age.getOrDefault(n, -1)).thenComparing(this::modified));
            for (int i = 0; i < names.size() - keep; i++) {
                if (!current.contains(names.get(i))) {
                    doomed.add(names.get(i));
                }
            }
        });
        return doomed;
    }

    private long modified(String hashed) {
        try {
            return Files.getLastModifiedTime(OutputFiles.inside(output, hashed, "the manifest")).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Deletes a hashed file and its compressed forms; returns the bytes freed. */
    private long delete(String hashed, String from) {
        long bytes = 0;
        for (String suffix : List.of("", ".gz", ".br")) {
            Path file = OutputFiles.inside(output, hashed + suffix, from);
            try {
                if (Files.isRegularFile(file)) {
                    bytes += Files.size(file);
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new EcstaticException("Could not delete the old version " + file + ": " + e
                        + ". Check that the output directory is writable.", e);
            }
        }
        return bytes;
    }
}
