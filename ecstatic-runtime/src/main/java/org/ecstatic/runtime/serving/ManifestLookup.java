package org.ecstatic.runtime.serving;

import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Manifest;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The files the manifest in service lets the filter serve, each prepared on its first request and
 * kept: hashed names from {@code files} (immutable), their precompressed siblings asked for by name,
 * and logical names from {@code paths} (revalidated). Nothing outside the manifest is ever looked up.
 * When a reloaded manifest is put in service, what was prepared for the old one is dropped whole.
 * A file whose name does not carry its hash (an unhashed original, a no-hash file such as
 * {@code robots.txt}) can change in place: its size and time are looked at again at most every
 * {@link #RECHECK_NANOS} nanoseconds, as the containers do, and a changed file is prepared anew, so
 * that its length and its body never disagree.
 */
final class ManifestLookup implements FileLookup {
    /** How long a revalidated file is served as prepared before its size and time are looked at again. */
    static final long RECHECK_NANOS = 2_000_000_000L;

    private final Supplier<Manifest> manifests;
    private final Supplier<FilePreparer> preparers;
    private final Set<String> manifestNames;
    private final long recheckNanos;
    private volatile Prepared current;

    /** The files prepared for one manifest, with the memory budget they share. */
    private record Prepared(Manifest manifest, FilePreparer preparer, ConcurrentHashMap<String, PreparedFile> files,
                            ConcurrentHashMap<String, Long> checkedAt) {
    }

    /**
     * @param manifests     gives the manifest in service
     * @param preparers     gives a preparer with a fresh memory budget, one per manifest
     * @param manifestNames the names under which a manifest may sit in the static root
     */
    ManifestLookup(Supplier<Manifest> manifests, Supplier<FilePreparer> preparers, Set<String> manifestNames) {
        this(manifests, preparers, manifestNames, RECHECK_NANOS);
    }

    /** As above, looking at a revalidated file again after {@code recheckNanos}. */
    ManifestLookup(Supplier<Manifest> manifests, Supplier<FilePreparer> preparers, Set<String> manifestNames,
                   long recheckNanos) {
        this.manifests = manifests;
        this.preparers = preparers;
        this.manifestNames = manifestNames;
        this.recheckNanos = recheckNanos;
    }

    @Override
    public PreparedFile find(String name) {
        Prepared prepared = prepared();
        PreparedFile file = prepared.files().get(name);
        if (file != null && (file.isImmutable() || isCurrent(prepared, name, file))) {
            return file;
        }
        PreparedFile fresh = prepare(prepared.manifest(), prepared.preparer(), name);
        if (fresh == null) {
            if (file != null && prepared.files().remove(name, file)) {
                prepared.preparer().forget(file);
            }
            return null;
        }
        if (!fresh.isImmutable()) {
            prepared.checkedAt().put(name, System.nanoTime());
        }
        PreparedFile raced = file == null ? prepared.files().putIfAbsent(name, fresh)
                : prepared.files().replace(name, file, fresh) ? null : prepared.files().get(name);
        if (raced != null) {
            prepared.preparer().forget(fresh);
            return raced;
        }
        if (file != null) {
            prepared.preparer().forget(file);
        }
        return fresh;
    }

    /** Whether a revalidated file is as it was prepared: looked at again when the last look is old enough. */
    private boolean isCurrent(Prepared prepared, String name, PreparedFile file) {
        long now = System.nanoTime();
        Long checked = prepared.checkedAt().get(name);
        if (checked != null && now - checked < recheckNanos) {
            return true;
        }
        if (!prepared.preparer().isCurrent(name, file)) {
            return false;
        }
        prepared.checkedAt().put(name, now);
        return true;
    }

    @Override
    public boolean isUnlistedManifest(String name) {
        Manifest manifest = prepared().manifest();
        return manifestNames.contains(name) && manifest.file(name) == null && manifest.hashedName(name) == null;
    }

    /** Returns what is prepared for the manifest in service, starting afresh when it was swapped. */
    private Prepared prepared() {
        Manifest manifest = manifests.get();
        Prepared prepared = current;
        if (prepared == null || prepared.manifest() != manifest) {
            prepared = new Prepared(manifest, preparers.get(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
            current = prepared;
        }
        return prepared;
    }

    private static PreparedFile prepare(Manifest manifest, FilePreparer preparer, String name) {
        Manifest.FileEntry entry = manifest.file(name);
        if (entry != null) {
            return preparer.immutable(name, entry);
        }
        if (manifest.hashedName(name) != null) {
            return preparer.revalidating(name);
        }
        return sibling(manifest, preparer, name);
    }

    private static PreparedFile sibling(Manifest manifest, FilePreparer preparer, String name) {
        String encoding = name.endsWith(".gz") ? AcceptEncoding.GZIP : name.endsWith(".br") ? AcceptEncoding.BR : null;
        if (encoding == null) {
            return null;
        }
        String base = name.substring(0, name.length() - 3);
        Manifest.FileEntry entry = manifest.file(base);
        if (entry == null || !entry.encodings().contains(encoding)) {
            return null;
        }
        String hash = HashedName.parse(base).map(HashedName::hash).orElse(null);
        return hash == null ? null : preparer.sibling(name, hash + (encoding.equals(AcceptEncoding.BR) ? "-br" : "-gz"));
    }
}
