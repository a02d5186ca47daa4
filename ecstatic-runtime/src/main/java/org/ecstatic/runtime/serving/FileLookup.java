package org.ecstatic.runtime.serving;

/**
 * Finds the prepared file for a canonical name below the static prefix: {@link ManifestLookup} serves
 * what a manifest lists, {@link DevLookup} serves the files as they are now (dev mode). Chosen once,
 * when the filter starts.
 */
sealed interface FileLookup permits ManifestLookup, DevLookup {

    /** Returns the prepared file for a canonical name, or null when there is none to serve. */
    PreparedFile find(String name);

    /** Returns whether {@code name} is where a manifest sits in the static root and is not listed, so never served. */
    boolean isUnlistedManifest(String name);
}
