package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches a manifest file: one daemon thread looks at its last-modified time, size and file key
 * (a new inode after an atomic move) once per interval, and when they changed and then stayed the
 * same for one more interval (so that a file still being written is not read) reads the file and
 * hands the new manifest on. A file that cannot be read or parsed is reported once in the log and
 * the manifest in service stays. Requests never wait for this thread and never touch the disk.
 */
final class ManifestWatch implements AutoCloseable {
    /** How often the file is looked at unless told otherwise. */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(ManifestWatch.class.getPackageName());

    private final Path file;
    private final Consumer<Manifest> onChange;
    private final ScheduledExecutorService timer;
    private Stamp seen;
    private Stamp pending;

    /** The attributes that tell one version of the file from the next. */
    private record Stamp(long lastModified, long size, Object fileKey) {
    }

    /** Starts watching {@code file}, whose current version is already in service. */
    ManifestWatch(Path file, Duration interval, Consumer<Manifest> onChange) {
        this.file = file;
        this.onChange = onChange;
        this.seen = stamp();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ecstatic-manifest-watch " + file.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops watching; the manifest in service stays. */
    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void check() {
        Stamp before = stamp();
        if (Objects.equals(before, seen)) {
            pending = null;
            return;
        }
        if (!Objects.equals(before, pending)) {
            pending = before;
            return;
        }
        if (before == null) {
            seen = null;
            LOG.log(Level.WARNING, "Ecstatic: the manifest " + file + " is gone; the one loaded before stays "
                    + "in service until a new one is written.");
            return;
        }
        Manifest manifest;
        try {
            manifest = Manifest.read(file);
        } catch (RuntimeException e) {
            if (Objects.equals(stamp(), before)) {
                seen = before;
                LOG.log(Level.SEVERE, "Ecstatic: rejected the changed manifest; the previous one stays in "
                        + "service. " + e.getMessage());
            }
            return;
        }
        if (Objects.equals(stamp(), before)) {
            seen = before;
            onChange.accept(manifest);
            LOG.log(Level.INFO, "Ecstatic: reloaded manifest " + file + " (" + manifest.paths().size()
                    + " paths, " + manifest.files().size() + " files)");
        }
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.lastModifiedTime().toMillis(), a.size(), a.fileKey());
        } catch (IOException e) {
            return null;
        }
    }
}
