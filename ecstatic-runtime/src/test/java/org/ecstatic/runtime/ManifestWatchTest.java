package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestWatchTest {
    static final Duration INTERVAL = Duration.ofMillis(20);

    @TempDir
    Path dir;

    /** The manifests the watch handed on, in order. */
    final List<Manifest> handedOn = new CopyOnWriteArrayList<>();

    /** A manifest of {@code count} paths whose hashed names carry {@code hash}; the same length for every hash. */
    static Manifest manifest(String hash, int count) {
        Map<String, String> paths = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            paths.put("css/site" + i + ".css", "css/site" + i + "." + hash + ".css");
        }
        return Manifest.of(paths, Map.of());
    }

    static Manifest manifest(String hash) {
        return manifest(hash, 1);
    }

    Path written(String name, Manifest manifest) {
        Path file = dir.resolve(name);
        manifest.writeAtomically(file);
        return file;
    }

    ManifestWatch watch(Path file) {
        return new ManifestWatch(file, INTERVAL, handedOn::add);
    }

    static String reloaded(Path file, int paths) {
        return "Ecstatic: reloaded manifest " + file + " (" + paths + " paths, 0 files)";
    }

    /** Waits for the watch's line saying it handed a manifest on; it comes after the hand-on. */
    static void awaitLine(LogCapture log, Level level, String line) throws Exception {
        Eventually.await(line, () -> log.messages(level).contains(line));
    }

    /**
     * Gives the watch a few more looks at the file as it is now, so that a report or a hand-on repeated
     * on a later look would show in what the test asserts next. Nothing is asserted about time.
     */
    static void letTheWatchLookAgain() throws InterruptedException {
        Thread.sleep(INTERVAL.toMillis() * 5);
    }

    @Nested
    class ChangedFiles {
        @Test
        void areHandedOnWhenRewrittenInPlace() throws Exception {
            Path file = written("manifest.json", manifest("aaaaaaaaaaaa"));
            try (LogCapture log = LogCapture.ecstatic(); ManifestWatch watch = watch(file)) {
                Files.write(file, manifest("bbbbbbbbbbbb", 2).toJson());
                awaitLine(log, Level.INFO, reloaded(file, 2));
                assertThat(handedOn).containsExactly(manifest("bbbbbbbbbbbb", 2));
            }
        }

        @Test
        void areHandedOnWhenMovedIntoPlaceWithTheSameSizeAndTime() throws Exception {
            Path file = written("manifest.json", manifest("aaaaaaaaaaaa"));
            Path next = written("manifest.json.next", manifest("bbbbbbbbbbbb"));
            Files.setLastModifiedTime(next, Files.getLastModifiedTime(file));
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
            BasicFileAttributes after = Files.readAttributes(next, BasicFileAttributes.class);
            assertThat(after.size()).isEqualTo(before.size());
            assertThat(after.lastModifiedTime()).isEqualTo(before.lastModifiedTime());
            assertThat(after.fileKey()).isNotNull().isNotEqualTo(before.fileKey());

            try (LogCapture log = LogCapture.ecstatic(); ManifestWatch watch = watch(file)) {
                Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                awaitLine(log, Level.INFO, reloaded(file, 1));
                assertThat(handedOn).containsExactly(manifest("bbbbbbbbbbbb"));
            }
        }

        @Test
        void areHandedOnOncePerVersion() throws Exception {
            Path file = written("manifest.json", manifest("aaaaaaaaaaaa"));
            try (LogCapture log = LogCapture.ecstatic(); ManifestWatch watch = watch(file)) {
                manifest("bbbbbbbbbbbb", 2).writeAtomically(file);
                awaitLine(log, Level.INFO, reloaded(file, 2));
                letTheWatchLookAgain();
                manifest("cccccccccccc", 3).writeAtomically(file);
                awaitLine(log, Level.INFO, reloaded(file, 3));
                assertThat(handedOn).containsExactly(manifest("bbbbbbbbbbbb", 2), manifest("cccccccccccc", 3));
                assertThat(log.messages(Level.INFO)).containsExactly(reloaded(file, 2), reloaded(file, 3));
            }
        }

        /**
         * The writer appends a few bytes every couple of milliseconds, so the file changes between any
         * two looks; the interval is longer than elsewhere so that a writer briefly held up by a busy
         * machine still counts as writing.
         */
        @Test
        void areNotReadWhileTheyAreStillBeingWritten() throws Exception {
            Path file = written("manifest.json", manifest("aaaaaaaaaaaa"));
            Manifest complete = manifest("bbbbbbbbbbbb", 40);
            byte[] json = complete.toJson();
            try (LogCapture log = LogCapture.ecstatic();
                 ManifestWatch watch = new ManifestWatch(file, Duration.ofMillis(100), handedOn::add)) {
                int chunk = json.length / 300 + 1; // 300 writes, some 2 ms apart: several intervals
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
                    for (int from = 0; from < json.length; from += chunk) {
                        out.write(Arrays.copyOfRange(json, from, Math.min(json.length, from + chunk)));
                        out.flush();
                        Thread.sleep(2);
                    }
                }
                awaitLine(log, Level.INFO, reloaded(file, 40));
                assertThat(log.messages(Level.SEVERE)).isEmpty();
                assertThat(handedOn).containsExactly(complete);
            }
        }
    }

    @Nested
    class BrokenFiles {
        @Test
        void areReportedOnceAndTheManifestInServiceStays() throws Exception {
            Path file = written("manifest.json", manifest("aaaaaaaaaaaa"));
            try (LogCapture log = LogCapture.ecstatic(); ManifestWatch watch = watch(file)) {
                Files.writeString(file, "{\"paths\": {\"css/site.css\": 7}, \"version\": 1}");
                String rejected = "Ecstatic: rejected the changed manifest; the previous one stays in service. "
                        + "The manifest " + file + " is not an Ecstatic manifest: paths.\"css/site.css\" is a number, "
                        + "expected a string. Rebuild it with ecstatic:collect (or the ecstatic command line).";
                awaitLine(log, Level.SEVERE, rejected);
                letTheWatchLookAgain();
                assertThat(handedOn).isEmpty();

                manifest("cccccccccccc", 2).writeAtomically(file);
                awaitLine(log, Level.INFO, reloaded(file, 2));
                assertThat(log.messages(Level.SEVERE)).containsExactly(rejected);
                assertThat(handedOn).containsExactly(manifest("cccccccccccc", 2));
            }
        }
    }

    @Nested
    class DeletedFiles {
        @Test
        void areReportedOnceAndANewFileIsPickedUpAgain() throws Exception {
            Path file = written("manifest.json", manifest("aaaaaaaaaaaa"));
            try (LogCapture log = LogCapture.ecstatic(); ManifestWatch watch = watch(file)) {
                Files.delete(file);
                String gone = "Ecstatic: the manifest " + file + " is gone; the one loaded before stays in service "
                        + "until a new one is written.";
                awaitLine(log, Level.WARNING, gone);
                letTheWatchLookAgain();
                assertThat(handedOn).isEmpty();

                manifest("cccccccccccc", 2).writeAtomically(file);
                awaitLine(log, Level.INFO, reloaded(file, 2));
                assertThat(log.messages(Level.WARNING)).containsExactly(gone);
                assertThat(handedOn).containsExactly(manifest("cccccccccccc", 2));
            }
        }

        @Test
        void areHandedOnAgainWhenTheSameManifestComesBack() throws Exception {
            Path file = written("manifest.json", manifest("aaaaaaaaaaaa"));
            try (LogCapture log = LogCapture.ecstatic(); ManifestWatch watch = watch(file)) {
                Files.delete(file);
                awaitLine(log, Level.WARNING, "Ecstatic: the manifest " + file + " is gone; the one loaded before "
                        + "stays in service until a new one is written.");
                manifest("aaaaaaaaaaaa").writeAtomically(file);
                awaitLine(log, Level.INFO, reloaded(file, 1));
                assertThat(handedOn).containsExactly(manifest("aaaaaaaaaaaa"));
            }
        }
    }

    @Nested
    class Closing {
        static List<Thread> threads(String name) {
            return Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals(name) && t.isAlive()).toList();
        }

        @Test
        void stopsTheOneDaemonThreadNamedAfterTheFile() throws Exception {
            Path file = written("closing.json", manifest("aaaaaaaaaaaa"));
            ManifestWatch watch = watch(file);
            try {
                assertThat(threads("ecstatic-manifest-watch closing.json")).singleElement()
                        .satisfies(thread -> assertThat(thread.isDaemon()).as("daemon").isTrue());
            } finally {
                watch.close();
            }
            Eventually.await("the watch thread ends", () -> threads("ecstatic-manifest-watch closing.json").isEmpty());
        }
    }
}
