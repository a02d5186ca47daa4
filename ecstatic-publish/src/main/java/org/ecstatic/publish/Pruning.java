package org.ecstatic.publish;

import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Manifest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code keep N} deletes: hashed objects that none of the newest N published manifests names, and
 * the history entries older than those N. Never an unhashed name, never an object whose name does not
 * parse as a hashed name (or the {@code .br}/{@code .gz} form of one), never publish's current manifest,
 * and nothing outside the prefix (the listing holds nothing else).
 */
final class Pruning {
    private Pruning() {
    }

    /**
     * Returns the names below the prefix to delete, sorted.
     *
     * @param listed  every plain name below the prefix
     * @param kept    the newest N manifests, the one just published among them
     * @param expired the history entries older than those N
     */
    static List<String> deletions(Collection<String> listed, List<Manifest> kept, List<String> expired) {
        Set<String> named = new HashSet<>();
        for (Manifest manifest : kept) {
            for (String file : manifest.files().keySet()) {
                named.add(file);
                named.add(file + ".br");
                named.add(file + ".gz");
            }
            named.addAll(manifest.paths().keySet());
        }
        List<String> deletions = new ArrayList<>();
        for (String name : listed) {
            if (!ManifestHistory.isRecord(name) && isHashed(name) && !named.contains(name)) {
                deletions.add(name);
            }
        }
        deletions.addAll(expired);
        deletions.sort(null);
        return deletions;
    }

    /** Returns whether {@code name} is a hashed name, or the {@code .br} or {@code .gz} form of one. */
    static boolean isHashed(String name) {
        if (HashedName.parse(name).isPresent()) {
            return true;
        }
        for (String suffix : List.of(".br", ".gz")) {
            if (name.endsWith(suffix) && HashedName.parse(name.substring(0, name.length() - suffix.length())).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
