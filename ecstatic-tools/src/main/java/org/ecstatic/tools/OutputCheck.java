package org.ecstatic.tools;

import org.ecstatic.runtime.manifest.Manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an output tree against its manifest: every file the manifest lists exists with the recorded
 * size and integrity, with the compressed forms it names, and every name in {@code paths} exists.
 *
 * <pre>{@code
 * OutputCheck check = OutputCheck.of(Path.of("target/static"), Path.of("target/manifest.json"));
 * check.differences();   // empty when the output matches
 * }</pre>
 *
 * @param checked     the number of files checked
 * @param differences one line per difference, naming the file; empty when everything matches
 */
public record OutputCheck(int checked, List<String> differences) {

    /**
     * Checks {@code output} against the manifest at {@code manifestFile}.
     *
     * @throws org.ecstatic.runtime.EcstaticException when the manifest is missing or broken
     */
    public static OutputCheck of(Path output, Path manifestFile) {
        Manifest manifest = Manifest.read(manifestFile);
        List<String> differences = new ArrayList<>();
        Set<String> names = new TreeSet<>(manifest.paths().values());
        names.addAll(manifest.files().keySet());
        for (String name : names) {
            Manifest.FileEntry entry = manifest.file(name);
            differences.addAll(entry == null ? exists(output, name) : check(output, name, entry));
        }
        return new OutputCheck(names.size(), List.copyOf(differences));
    }

    /**
     * Returns e.g. {@code verified 57 files: no differences}, or with differences what to run to repair
     * them: {@code verified 57 files: 2 differences. Run collect again (ecstatic collect, or mvn
     * ecstatic:collect): it writes every file that is not as it left it.}
     */
    public String summary() {
        return "verified " + checked + " files: " + (differences.isEmpty() ? "no differences"
                : differences.size() + (differences.size() == 1 ? " difference" : " differences") + REPAIR);
    }

    private static final String REPAIR = ". Run collect again (ecstatic collect, or mvn ecstatic:collect): it writes "
            + "every file that is not as it left it.";

    private static List<String> exists(Path output, String name) {
        return Files.isRegularFile(output.resolve(name)) ? List.of() : List.of(name + ": missing");
    }

    private static List<String> check(Path output, String name, Manifest.FileEntry entry) {
        Path file = output.resolve(name); // a plain relative name: Manifest.read refuses any other
        if (!Files.isRegularFile(file)) {
            return List.of(name + ": missing");
        }
        List<String> differences = new ArrayList<>();
        try {
            long size = Files.size(file);
            if (entry.size() >= 0 && size != entry.size()) {
                differences.add(name + ": " + size + " bytes, the manifest says " + entry.size());
            }
            if (entry.integrity() != null) {
                String integrity = Sha256.of(file, size).integrity();
                if (!integrity.equals(entry.integrity())) {
                    differences.add(name + ": integrity " + integrity + ", the manifest says " + entry.integrity());
                }
            }
        } catch (IOException e) {
            differences.add(name + ": cannot be read (" + e + ")");
        }
        for (String encoding : entry.encodings()) {
            String compressed = name + Precompressor.suffix(encoding);
            if (!Files.isRegularFile(output.resolve(compressed))) {
                differences.add(compressed + ": missing (the manifest lists encoding " + encoding + ")");
            }
        }
        return differences;
    }
}
