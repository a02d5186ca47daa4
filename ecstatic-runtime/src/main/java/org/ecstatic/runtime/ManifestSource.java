package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the manifest is read from, as {@code ecstatic.manifest} says: a resource on the web
 * application's class path (the default {@code META-INF/ecstatic/manifest.json}, which the build
 * puts in {@code WEB-INF/classes}) or a {@code file:} path, which is watched for changes.
 */
sealed interface ManifestSource {

    /** Returns the source that {@code config} names, looking class-path resources up in {@code loader}. */
    static ManifestSource of(EcstaticConfig config, ClassLoader loader) {
        if (config.manifestIsFile()) {
            return new FileSource(filePath(config.manifest()));
        }
        String name = config.manifest().startsWith("/") ? config.manifest().substring(1) : config.manifest();
        return new ClasspathSource(name, loader.getResource(name));
    }

    /** Returns whether there is a manifest to read. */
    boolean exists();

    /** Returns where the manifest is, as the log and error messages show it: a URL or a file path. */
    String describe();

    /**
     * Reads and parses the manifest.
     *
     * @throws EcstaticException naming the source when it is missing, unreadable or not a manifest
     */
    Manifest load();

    /** A resource on the web application's class path; {@code url} is null when there is none. */
    record ClasspathSource(String name, URL url) implements ManifestSource {
        @Override
        public boolean exists() {
            return url != null;
        }

        @Override
        public String describe() {
            return url != null ? url.toString() : name;
        }

        @Override
        public Manifest load() {
            if (url == null) {
                throw new EcstaticException("The manifest " + name + " is not on the class path of the web "
                        + "application (ecstatic.manifest, ecstatic.mode=manifest). Run ecstatic:collect (or the "
                        + "ecstatic command line) so that it ends up in WEB-INF/classes/" + name + ", point "
                        + "ecstatic.manifest at it, or set ecstatic.mode to auto or dev.");
            }
            try (InputStream in = url.openStream()) {
                return Manifest.parse(in, url.toString());
            } catch (IOException e) {
                throw new EcstaticException("The manifest " + url + " could not be read: " + e, e);
            }
        }
    }

    /** A manifest file on disk, reloaded when it changes. */
    record FileSource(Path file) implements ManifestSource {
        @Override
        public boolean exists() {
            return Files.isRegularFile(file);
        }

        @Override
        public String describe() {
            return file.toString();
        }

        @Override
        public Manifest load() {
            return Manifest.read(file);
        }
    }

    private static Path filePath(String value) {
        String path = value.substring("file:".length());
        try {
            return path.startsWith("//") ? Path.of(URI.create(value)) : Path.of(path).toAbsolutePath();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new EcstaticException(EcstaticConfig.MANIFEST + " is '" + value + "', which is not a file path ("
                    + e.getMessage() + "); expected file:/absolute/path/manifest.json");
        }
    }
}
