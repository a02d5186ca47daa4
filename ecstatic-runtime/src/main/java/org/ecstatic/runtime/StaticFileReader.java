package org.ecstatic.runtime;

import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.security.MessageDigest;

/**
 * Prepares {@link StaticFile}s from the web application's files, read through the ServletContext
 * at {@code <prefix><name>}. Small files are held in memory within the {@link MemoryBudget}; the
 * others are measured (and hashed when needed) once and streamed on each request.
 */
final class StaticFileReader {
    private final ServletContext context;
    private final String prefix;
    private final MemoryBudget budget;
    private final long startedMillis = System.currentTimeMillis();

    StaticFileReader(ServletContext context, String prefix, MemoryBudget budget) {
        this.context = context;
        this.prefix = prefix;
        this.budget = budget;
    }

    /**
     * Returns a hashed file listed in the manifest, cached for a year, with the precompressed siblings
     * {@code entry} lists; null when the file is not there.
     */
    StaticFile immutable(String name, Manifest.FileEntry entry) {
        String hash = HashedName.parse(name).map(HashedName::hash).orElse(null);
        Content plain = read(name, hash == null);
        if (plain == null) {
            return null;
        }
        String tag = hash != null ? hash : plain.digest;
        Representation br = entry.encodings().contains(AcceptEncoding.BR)
                ? encoded(name + ".br", AcceptEncoding.BR, tag + "-br") : null;
        Representation gzip = entry.encodings().contains(AcceptEncoding.GZIP)
                ? encoded(name + ".gz", AcceptEncoding.GZIP, tag + "-gz") : null;
        return file(name, StaticFile.IMMUTABLE, plain, plain.representation(null, tag), br, gzip);
    }

    /**
     * Returns a precompressed sibling asked for by its own name ({@code site.<h>.css.gz}): cached for a
     * year, typed by its own extension ({@code application/gzip}) and without Content-Encoding; null when
     * the file is not there.
     */
    StaticFile sibling(String name, String tag) {
        Content plain = read(name, false);
        return plain == null ? null
                : file(name, StaticFile.IMMUTABLE, plain, plain.representation(null, tag), null, null);
    }

    /** Returns a file whose name does not change with its content: revalidated on each use; null when absent. */
    StaticFile revalidating(String name) {
        Content plain = read(name, true);
        return plain == null ? null
                : file(name, StaticFile.REVALIDATE, plain, plain.representation(null, plain.digest), null, null);
    }

    /** Returns the last modification of {@code name} in milliseconds, 0 when unknown, or -1 when it is not there. */
    long lastModified(String name) {
        URL url = resource(name);
        if (url == null) {
            return -1;
        }
        try {
            return url.openConnection().getLastModified();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Gives back the memory a file that is no longer used held. */
    void forget(StaticFile file) {
        budget.release(file.memory());
    }

    private StaticFile file(String name, String cacheControl, Content plain, Representation identity,
                            Representation br, Representation gzip) {
        String typed = HashedName.parse(name).map(HashedName::unhashed).orElse(name);
        long modified = plain.modified > 0 ? plain.modified : startedMillis;
        return new StaticFile(ContentTypes.of(typed, context), cacheControl, modified,
                HttpDate.format(Math.floorDiv(modified, 1000)), identity, br, gzip);
    }

    private Representation encoded(String name, String encoding, String tag) {
        Content content = read(name, false);
        return content == null ? null : content.representation(encoding, tag);
    }

    private URL resource(String name) {
        try {
            return context.getResource(prefix + name);
        } catch (MalformedURLException e) {
            return null;
        }
    }

    /** Reads a file once: its length, its digest when asked for, and its bytes when the budget allows. */
    private Content read(String name, boolean digest) {
        long modified = lastModified(name);
        if (modified < 0) {
            return null;
        }
        String path = prefix + name;
        try (InputStream in = context.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            byte[] head = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget.maxFileSize() + 1));
            MessageDigest md = digest ? Digest.newSha256() : null;
            if (md != null) {
                md.update(head);
            }
            long length = head.length + rest(in, md);
            boolean inMemory = length == head.length && budget.reserve(length);
            String hash = md == null ? null : Digest.ofSha256(md.digest()).shortHex();
            return new Content(path, length, modified, inMemory ? head : null, hash);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the static file " + path + ": " + e, e);
        }
    }

    private static long rest(InputStream in, MessageDigest md) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long count = 0;
        for (int n; (n = in.read(buffer)) != -1; count += n) {
            if (md != null) {
                md.update(buffer, 0, n);
            }
        }
        return count;
    }

    /** What one read of a file gave. */
    private record Content(String path, long length, long modified, byte[] bytes, String digest) {
        Representation representation(String encoding, String tag) {
            return new Representation(encoding, "\"" + tag + "\"", length, bytes, path);
        }
    }
}
