package org.ecstatic.tools;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

/**
 * What a {@link Collector} run did.
 *
 * @param files      the number of files collected (every logical path, written or not)
 * @param bytes      their total size in bytes (of the sources)
 * @param hashed     the number of hashed copies written by this run
 * @param rewritten  the number of references rewritten in the files written by this run
 * @param missing    the missing references that were kept as written (not those matched by
 *                   ignore-missing globs), sorted by file and line; empty when there are none
 * @param unchanged  the number of files whose output was already up to date and not written
 * @param written    the logical paths whose output this run wrote, sorted; empty when nothing changed
 * @param removed    the logical paths whose source is gone since the last run, sorted
 * @param shadowed   the logical paths found in more than one source, in the order found
 * @param cycles     the reference cycles, each the sorted logical paths on it; each cycle is hashed
 *                   as one group (docs/collector.md, "Cycles")
 * @param nanos      how long the run took
 * @param links      the symbolic links met in source directories, as {@code path -> target}; they are
 *                   not followed, so neither what they point to nor a loop is collected
 * @param modules    what was found in the module specifiers of JavaScript files besides missing files
 *                   (specifiers without an extension, bare ones, computed imports, constructs left
 *                   open), sorted by file and line; empty when there is nothing
 */
public record CollectReport(int files, long bytes, int hashed, int rewritten, List<MissingReference> missing,
                            int unchanged, SortedSet<String> written, SortedSet<String> removed,
                            List<Shadowed> shadowed, List<List<String>> cycles, long nanos, List<String> links,
                            List<ModuleNote> modules) {

    /** Returns a report of a run that found nothing to tell about module specifiers. */
    public CollectReport(int files, long bytes, int hashed, int rewritten, List<MissingReference> missing,
                         int unchanged, SortedSet<String> written, SortedSet<String> removed,
                         List<Shadowed> shadowed, List<List<String>> cycles, long nanos, List<String> links) {
        this(files, bytes, hashed, rewritten, missing, unchanged, written, removed, shadowed, cycles, nanos, links,
                List.of());
    }

    /** Returns a report of a run that met no symbolic link. */
    public CollectReport(int files, long bytes, int hashed, int rewritten, List<MissingReference> missing,
                         int unchanged, SortedSet<String> written, SortedSet<String> removed,
                         List<Shadowed> shadowed, List<List<String>> cycles, long nanos) {
        this(files, bytes, hashed, rewritten, missing, unchanged, written, removed, shadowed, cycles, nanos, List.of());
    }

    /**
     * A logical path found in more than one source.
     *
     * @param logical the logical path
     * @param used    the file that was collected
     * @param ignored the file that was not
     */
    public record Shadowed(String logical, String used, String ignored) {
    }

    /**
     * Returns one line per shadowed path ({@code css/print.css is taken from A; B is shadowed}), per
     * symbolic link not followed, and one for all bare module specifiers, with their count and names.
     */
    public List<String> notes() {
        List<String> notes = new java.util.ArrayList<>();
        shadowed.forEach(s -> notes.add(s.logical() + " is taken from " + s.used() + "; " + s.ignored() + " is shadowed"));
        links.forEach(link -> notes.add("the symbolic link " + link + " is not followed: name the directory it "
                + "points to as a source, or copy the files"));
        List<ModuleNote> bare = modules.stream().filter(m -> m.kind() == ModuleNote.Kind.BARE_SPECIFIER).toList();
        if (!bare.isEmpty()) {
            java.util.SortedSet<String> names = new java.util.TreeSet<>();
            bare.forEach(m -> names.add(m.text()));
            notes.add(bare.size() + (bare.size() == 1 ? " import names a bare module specifier" : " imports name bare "
                    + "module specifiers") + ", left as written for an import map to resolve: " + String.join(", ", names));
        }
        return notes;
    }

    /**
     * Returns one line per cycle, per missing reference kept as written and per module note other than a
     * bare specifier; empty when there are none.
     */
    public List<String> warnings() {
        List<String> warnings = new java.util.ArrayList<>();
        cycles.forEach(c -> warnings.add("reference cycle between " + String.join(", ", c)
                + "; hashed as one group"));
        missing.forEach(m -> warnings.add(m.describe() + ", which does not exist under the static roots; kept as written"));
        modules.stream().filter(m -> m.kind() != ModuleNote.Kind.BARE_SPECIFIER).forEach(m -> warnings.add(
                m.describe() + (m.kind() == ModuleNote.Kind.NO_EXTENSION ? "; kept as written" : "")));
        return warnings;
    }

    /** Returns whether this run wrote nothing because every file was up to date. */
    public boolean nothingWritten() {
        return written.isEmpty() && removed.isEmpty();
    }

    /**
     * Returns the one-line summary, e.g. {@code collected 5619 files (82.1 MB): 5619 hashed,
     * 412 references rewritten, 3 missing (kept), 0 unchanged, in 0.84 s}.
     */
    public String summary() {
        return String.format(Locale.ROOT,
                "collected %d %s (%s): %d hashed, %d %s rewritten, %d missing (kept), %d unchanged, in %.2f s",
                files, files == 1 ? "file" : "files", size(bytes), hashed, rewritten,
                rewritten == 1 ? "reference" : "references", missing.size(), unchanged, nanos / 1e9);
    }

    /** Returns a size the way a person reads it: {@code 512 B}, {@code 3.4 kB}, {@code 82.1 MB}. */
    public static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        // 999,950 bytes shows as 1.0 MB, not 1000.0 kB: move up a unit when the rounded value would reach 1000
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
