package org.ecstatic.runtime.dev;

import jakarta.servlet.ServletContext;
import org.ecstatic.runtime.manifest.Digest;
import org.ecstatic.runtime.manifest.Names;
import org.ecstatic.runtime.manifest.UrlPaths;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one reader of the web application's static files, at {@code <prefix><name>}: dev-mode URLs
 * take their hashes from it and the serving filter its bytes, in every mode. A file below the static
 * root on disk is read from there directly, so that its stamp and its bytes agree (Tomcat's resource
 * cache can answer with older bytes for a few seconds); otherwise (a packed WAR, a jar's
 * {@code META-INF/resources}) it is read through the ServletContext. Never through the network.
 *
 * <p>Only plain names are read ({@link Names}: no {@code ..}, {@code .} or empty segment, no
 * backslash). The name is joined to the static root's directory here, not handed to the container:
 * Jetty percent-decodes the paths given to {@code getRealPath} and {@code getResource}
 * ({@code %2e%2e} becomes {@code ..}), Tomcat does not, and a file named {@code 100%.svg} must be the
 * same file on both. A name holding {@code %} that is not on disk (a packed WAR) is given to Jetty
 * percent-encoded, to Tomcat as it is, and to any other container not at all. When a
 * {@link FileLocator} is published for the web application (Spring Boot's class-path locations), a
 * name is asked of it first, and of the disk and the ServletContext when it finds nothing.
 *
 * <pre>{@code
 * WebAppFiles files = new WebAppFiles(servletContext, "/static/");
 * WebAppFiles.Stamp stamp = files.stamp("css/site.css");          // null when there is no such file
 * WebAppFiles.Content read = files.read("css/site.css", true, 65536);
 * read.digest().shortHex();                                        // "3f2a1b9c0d4e"
 * }</pre>
 */
public final class WebAppFiles {
    private static final int BUFFER = 64 * 1024;
    /** The longest array a JVM surely makes. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final ServletContext context;
    private final String prefix;
    /** The static root on disk, or null when the container has none there (a packed WAR). */
    private final Path root;
    /** How a name holding {@code %} is given to the container's own lookup; null: it is not. */
    private final UnaryOperator<String> percentNames;
    /** Where the names the web application does not hold are found, or null when nothing else holds any. */
    private final FileLocator locator;

    /** A file's last-modified time (milliseconds, 0 when unknown) and size; a change in either means the file changed. */
    public record Stamp(long lastModified, long size) {
    }

    /**
     * What one read of a file gave: its stamp and length, its digest when it was asked for, and its
     * bytes when they were asked for and fit.
     *
     * @param name   the name under the prefix
     * @param stamp  the stamp taken before the read
     * @param length the number of bytes read
     * @param bytes  the bytes, or null when the file is longer than the read was told to hold
     * @param digest the SHA-256 of the bytes, or null when it was not asked for
     */
    public record Content(String name, Stamp stamp, long length, byte[] bytes, Digest digest) {
    }

    /** Returns the reader of the files under {@code prefix} (such as {@code /static/}) in {@code context}. */
    public WebAppFiles(ServletContext context, String prefix) {
        this.context = context;
        this.prefix = prefix;
        String real = context.getRealPath(prefix);
        this.root = real != null && Files.isDirectory(Path.of(real)) ? Path.of(real) : null;
        String server = String.valueOf(context.getServerInfo()).toLowerCase(Locale.ROOT);
        this.percentNames = server.contains("jetty") ? UrlPaths::encode : server.contains("tomcat") ? name -> name : null;
        this.locator = context.getAttribute(FileLocator.ATTRIBUTE) instanceof FileLocator published ? published : null;
    }

    /**
     * Returns the stamp of the file {@code name} as it is now, or null when there is no such file or
     * the name could leave the static root ({@code ..} segments, a backslash, a trailing slash).
     */
    public Stamp stamp(String name) {
        File file = file(name);
        return file == null ? null : file.stamp();
    }

    /**
     * Reads the file {@code name} once: its length, its SHA-256 when {@code digest}, and its bytes
     * when it holds at most {@code maxBytes}.
     *
     * @return what was read, or null when there is no such file (or the name could leave the static root)
     * @throws UncheckedIOException naming the file when it exists but cannot be read
     */
    public Content read(String name, boolean digest, long maxBytes) {
        Stamp stamp = stamp(name);
        if (stamp == null) {
            return null;
        }
        File file = file(name);
        try (InputStream in = file == null ? null : file.open()) {
            if (in == null) {
                return null;
            }
            // one byte more than may be held tells whether the file fits
            int limit = maxBytes >= MAX_ARRAY ? MAX_ARRAY : (int) Math.max(0, maxBytes) + 1;
            byte[] head = in.readNBytes(limit);
            MessageDigest md = digest ? Digest.newSha256() : null;
            if (md != null) {
                md.update(head);
            }
            long length = head.length + drain(in, md);
            boolean fits = length == head.length && length <= maxBytes;
            return new Content(name, stamp, length, fits ? head : null, md == null ? null : Digest.ofSha256(md.digest()));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the static file " + prefix + name + ": " + e, e);
        }
    }

    /**
     * Opens the file {@code name} for reading; the caller closes the stream.
     *
     * @throws IOException naming the file when it is gone
     */
    public InputStream open(String name) throws IOException {
        File file = file(name);
        InputStream in = file == null ? null : file.open();
        if (in == null) {
            throw new NoSuchFileException(prefix + name, null, "the static file is gone");
        }
        return in;
    }

    /**
     * Returns the file {@code name} on disk, for a container that sends files itself (Tomcat's sendfile);
     * null when it is not a file of its own on disk (a packed WAR, a jar's {@code META-INF/resources}).
     */
    public Path onDisk(String name) {
        return file(name) instanceof DiskFile disk ? disk.file() : null;
    }

    /** Returns where the file {@code name} is read from, or null when the name is not one to read. */
    private File file(String name) {
        if (!Names.isPlain(name) || name.endsWith("/")) {
            return null;
        }
        File located = locator == null ? null : located(name);
        if (located != null) {
            return located;
        }
        Path onDisk = root == null ? null : root.resolve(name);
        if (onDisk != null && Files.isRegularFile(onDisk)) {
            return new DiskFile(onDisk);
        }
        if (name.indexOf('%') < 0) {
            return new ContextResource(context, prefix + name);
        }
        return percentNames == null ? null : new ContextResource(context, prefix + percentNames.apply(name));
    }

    /** Returns the file the locator finds for {@code name}, or null when it finds none. */
    private File located(String name) {
        URL url = locator.locate(name);
        if (url == null) {
            return null;
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return new DiskFile(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return new UrlFile(url);
            }
        }
        return new UrlFile(url);
    }

    private static long drain(InputStream in, MessageDigest md) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long count = 0;
        for (int n; (n = in.read(buffer)) != -1; count += n) {
            if (md != null) {
                md.update(buffer, 0, n);
            }
        }
        return count;
    }


    /** One file of the web application, on disk, behind the ServletContext or where the locator found it. */
    private sealed interface File {
        /** Returns the file's stamp, or null when it does not exist. */
        Stamp stamp();

        /** Opens the file, or returns null when it does not exist. */
        InputStream open() throws IOException;
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
        public InputStream open() throws IOException {
            try {
                return Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                return null;
            }
        }
    }

    private record ContextResource(ServletContext context, String path) implements File {
        @Override
        public Stamp stamp() {
            try {
                URL url = context.getResource(path);
                if (url == null || isDirectory()) {
                    return null;
                }
                URLConnection connection = url.openConnection();
                connection.setUseCaches(false);
                Stamp stamp = new Stamp(Math.max(0, connection.getLastModified()), connection.getContentLengthLong());
                connection.getInputStream().close();
                return stamp;
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public InputStream open() {
            return isDirectory() ? null : context.getResourceAsStream(path);
        }

        /** Whether the container lists entries below this path: a directory, which is not a file to read. */
        private boolean isDirectory() {
            Set<String> children = context.getResourcePaths(path + "/");
            return children != null && !children.isEmpty();
        }
    }

    /** A file the {@link FileLocator} found, read through its URL (an entry of a jar, for one). */
    private record UrlFile(URL url) implements File {
        @Override
        public Stamp stamp() {
            try {
                URLConnection connection = url.openConnection();
                connection.setUseCaches(false);
                Stamp stamp = new Stamp(Math.max(0, connection.getLastModified()), connection.getContentLengthLong());
                connection.getInputStream().close();
                return stamp.size() < 0 ? null : stamp;
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public InputStream open() throws IOException {
            try {
                URLConnection connection = url.openConnection();
                connection.setUseCaches(false);
                return connection.getInputStream();
            } catch (java.io.FileNotFoundException | NoSuchFileException e) {
                return null;
            }
        }
    }
}
