package org.ecstatic.runtime.serving;

import org.ecstatic.runtime.dev.WebAppFiles;
import org.ecstatic.runtime.manifest.HashedName;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dev mode (no manifest): the file behind a hashed URL is the unhashed file, whatever hash the URL
 * carries, served with {@code Cache-Control: no-cache}. Prepared files are kept until the file's
 * stamp (last-modified time and size) changes, so an edited file is served fresh without a restart.
 * A name without a hash is not this lookup's business: the container serves it. A manifest in the
 * static root is never served, not even behind a hash ({@code manifest.<h>.json}).
 */
final class DevLookup implements FileLookup {
    private final WebAppFiles files;
    private final FilePreparer preparer;
    private final Set<String> manifestNames;
    private final ConcurrentHashMap<String, PreparedFile> prepared = new ConcurrentHashMap<>();

    /** @param manifestNames the names under which a manifest may sit in the static root, never served */
    DevLookup(WebAppFiles files, FilePreparer preparer, Set<String> manifestNames) {
        this.files = files;
        this.preparer = preparer;
        this.manifestNames = manifestNames;
    }

    @Override
    public PreparedFile find(String name) {
        Optional<HashedName> hashed = HashedName.parse(name);
        if (hashed.isEmpty() || manifestNames.contains(hashed.get().unhashed())) {
            return null;
        }
        return current(hashed.get().unhashed());
    }

    @Override
    public boolean isUnlistedManifest(String name) {
        return manifestNames.contains(name);
    }

    /** Returns the current file for an unhashed canonical name, or null when there is no such file. */
    private PreparedFile current(String name) {
        WebAppFiles.Stamp stamp = files.stamp(name);
        PreparedFile cached = prepared.get(name);
        if (cached != null && stamp != null && isPreparedFrom(cached, stamp)) {
            return cached;
        }
        PreparedFile fresh = stamp == null ? null : preparer.revalidating(name);
        PreparedFile old = fresh == null ? prepared.remove(name) : prepared.put(name, fresh);
        if (old != null) {
            preparer.forget(old);
        }
        return fresh;
    }

    /** Whether {@code file} was prepared from the file as {@code stamp} shows it now: same known time, same size. */
    private static boolean isPreparedFrom(PreparedFile file, WebAppFiles.Stamp stamp) {
        return stamp.lastModified() > 0 && file.modified() == stamp.lastModified()
                && file.identity().length() == stamp.size();
    }
}
