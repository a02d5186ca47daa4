package org.ecstatic.runtime.serving;

import jakarta.servlet.ServletContext;
import org.ecstatic.runtime.dev.WebAppFiles;
import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Manifest;

/**
 * Turns one read of a file ({@link WebAppFiles}) into a {@link PreparedFile}: Content-Type,
 * Cache-Control, Last-Modified and the ETag and length of each representation, worked out once.
 * Small files are held in memory within the {@link MemoryBudget}; the others are streamed on each
 * request.
 */
final class FilePreparer {
    private final ServletContext context;
    private final WebAppFiles files;
    private final MemoryBudget budget;
    private final long startedMillis = System.currentTimeMillis();

    FilePreparer(ServletContext context, WebAppFiles files, MemoryBudget budget) {
        this.context = context;
        this.files = files;
        this.budget = budget;
    }

    /**
     * Returns a hashed file listed in the manifest, cached for a year, with the precompressed siblings
     * {@code entry} lists; null when the file is not there.
     */
    PreparedFile immutable(String name, Manifest.FileEntry entry) {
        String hash = HashedName.parse(name).map(HashedName::hash).orElse(null);
        WebAppFiles.Content plain = read(name, hash == null);
        if (plain == null) {
            return null;
        }
        String tag = hash != null ? hash : plain.digest().shortHex();
        Representation br = entry.encodings().contains(AcceptEncoding.BR)
                ? encoded(name + ".br", AcceptEncoding.BR, tag + "-br") : null;
        Representation gzip = entry.encodings().contains(AcceptEncoding.GZIP)
                ? encoded(name + ".gz", AcceptEncoding.GZIP, tag + "-gz") : null;
        return file(name, PreparedFile.IMMUTABLE, plain, representation(plain, null, tag), br, gzip);
    }

    /**
     * Returns a precompressed sibling asked for by its own name ({@code site.<h>.css.gz}): cached for a
     * year, typed by its own extension ({@code application/gzip}) and without Content-Encoding; null when
     * the file is not there.
     */
    PreparedFile sibling(String name, String tag) {
        WebAppFiles.Content plain = read(name, false);
        return plain == null ? null
                : file(name, PreparedFile.IMMUTABLE, plain, representation(plain, null, tag), null, null);
    }

    /** Returns a file whose name does not change with its content: revalidated on each use; null when absent. */
    PreparedFile revalidating(String name) {
        WebAppFiles.Content plain = read(name, true);
        return plain == null ? null : file(name, PreparedFile.REVALIDATE, plain,
                representation(plain, null, plain.digest().shortHex()), null, null);
    }

    /**
     * Returns whether the file {@code name} still has the size and time {@code file} was prepared
     * with; a time the context does not know counts as the same.
     */
    boolean isCurrent(String name, PreparedFile file) {
        WebAppFiles.Stamp stamp = files.stamp(name);
        return stamp != null && stamp.size() == file.identity().length()
                && (stamp.lastModified() <= 0 || stamp.lastModified() == file.modified());
    }

    /** Gives back the memory a file that is no longer used held. */
    void forget(PreparedFile file) {
        budget.release(file.memory());
    }

    private PreparedFile file(String name, String cacheControl, WebAppFiles.Content plain, Representation identity,
                              Representation br, Representation gzip) {
        String typed = HashedName.parse(name).map(HashedName::unhashed).orElse(name);
        long modified = plain.stamp().lastModified() > 0 ? plain.stamp().lastModified() : startedMillis;
        return new PreparedFile(ContentTypes.of(typed, context), cacheControl, modified,
                HttpDate.format(Math.floorDiv(modified, 1000)), identity, br, gzip);
    }

    private Representation encoded(String name, String encoding, String tag) {
        WebAppFiles.Content content = read(name, false);
        return content == null ? null : representation(content, encoding, tag);
    }

    /** Reads a file once: its length, its digest when asked for, and its bytes when the budget allows. */
    private WebAppFiles.Content read(String name, boolean digest) {
        return files.read(name, digest, budget.maxFileSize());
    }

    private Representation representation(WebAppFiles.Content content, String encoding, String tag) {
        byte[] bytes = content.bytes() != null && budget.reserve(content.length()) ? content.bytes() : null;
        return new Representation(encoding, "\"" + tag + "\"", content.length(), bytes, content.name());
    }
}
