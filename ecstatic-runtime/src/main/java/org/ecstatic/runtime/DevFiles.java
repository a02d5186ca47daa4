package org.ecstatic.runtime;

import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Dev mode's source of hashes: the web application's own files, read through the ServletContext at
 * {@code <prefix><name>} (never through the network). Each file is hashed when first asked for and
 * again whenever its last-modified time or size changes, so an edited file gets a new URL without a
 * restart.
 */
final class DevFiles {
    private final ServletContext context;
    private final String prefix;
    private final ConcurrentMap<String, Hashed> cache = new ConcurrentHashMap<>();

    /** What dev mode knows of one file: the stamp it was hashed at, its hashed name and integrity. */
    record Hashed(Stamp stamp, String hashedName, String integrity) {
    }

    /** A file's last-modified time and size; a change in either means the file changed. */
    record Stamp(long lastModified, long size) {
    }

    DevFiles(ServletContext context, String prefix) {
        this.context = context;
        this.prefix = prefix;
    }

    /** Returns the hash of the file {@code name} as it is now, or null when there is no such file. */
    Hashed hashed(String name) {
        if (!isPlainName(name)) {
            return null;
        }
        File file = File.of(context, prefix + name);
        Stamp stamp = file.stamp();
        if (stamp == null) {
            return null;
        }
        Hashed known = cache.get(name);
        if (known != null && known.stamp().equals(stamp)) {
            return known;
        }
        Digest digest = file.digest();
        if (digest == null) {
            return null;
        }
        Hashed fresh = new Hashed(stamp, HashedName.format(name, digest.shortHex()), digest.integrity());
        cache.put(name, fresh);
        return fresh;
    }

    /**
     * One file of the web application. When the container maps it to a file on disk it is read from
     * there directly, so that the stamp and the bytes agree (Tomcat's resource cache can answer
     * with older bytes for a few seconds); otherwise (a packed WAR) through the ServletContext.
     */
    private sealed interface File {
        static File of(ServletContext context, String path) {
            String real = context.getRealPath(path);
            // Jetty gives a path inside the archive for a packed WAR; only a file on disk is read directly
            return real != null && Files.isRegularFile(Path.of(real))
                    ? new DiskFile(Path.of(real))
                    : new ContextResource(context, path);
        }

        /** Returns the file's stamp, or null when it does not exist. */
        Stamp stamp();

        /** Returns the digest of the file's bytes, or null when it does not exist. */
        Digest digest();
    }

    private record DiskFile(Path file) implements File {
        @Override
        public Stamp stamp() {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return attributes.isRegularFile()
                        ? new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size())
                        : null;
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the attributes of " + file, e);
            }
        }

        @Override
        public Digest digest() {
            try (InputStream in = Files.newInputStream(file)) {
                return Digest.of(in);
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        }
    }

    private record ContextResource(ServletContext context, String path) implements File {
        @Override
        public Stamp stamp() {
            try {
                URL url = context.getResource(path);
                if (url == null) {
                    return null;
                }
                URLConnection connection = url.openConnection();
                connection.setUseCaches(false);
                Stamp stamp = new Stamp(connection.getLastModified(), connection.getContentLengthLong());
                connection.getInputStream().close();
                return stamp;
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public Digest digest() {
            try (InputStream in = context.getResourceAsStream(path)) {
                return in == null ? null : Digest.of(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + path + " of the web application", e);
            }
        }
    }

    /** Whether {@code name} stays inside the static root: no {@code ..} segment, no backslash. */
    private static boolean isPlainName(String name) {
        return !(name.isEmpty() || name.endsWith("/") || name.indexOf('\\') >= 0 || name.equals("..")
                || name.startsWith("../") || name.contains("/../") || name.endsWith("/.."));
    }
}
