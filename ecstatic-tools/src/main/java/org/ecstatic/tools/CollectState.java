package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Names;
import org.ecstatic.tools.rewrite.Reference;
import org.ecstatic.tools.rewrite.ScanNote;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * What the last run knew about each source, so that the next run reads only what changed: size,
 * modification time and content hash of the source, its references and the logical paths they name,
 * the hash each was rewritten with, and the hashed file written. Also the order in which hashed versions
 * of each logical path appeared, for {@code clean --keep N}, and the size and modification time of
 * every file written, so that an output changed or deleted behind the collector's back is written
 * again. Kept in a compact binary file outside what is packaged (it is read on every run, so it must
 * be quick to read). A file that cannot be read as such (it ends with a CRC-32C of the rest) only
 * makes the next run a full one; so does one that names a file the collector would not write (a
 * name that could leave the output directory, a hash that is not 12 hex digits, an unknown
 * encoding): the CRC-32C finds damage, not tampering, and a state kept in a CI cache is not trusted.
 *
 * <p>The references of each source, most of the file for a tree of modules, are decoded only when a
 * run needs them: a run in which no source changed needs only those of the sources that named a file
 * that was not there. Each is stored with the number of the file it names (its place among the
 * logical paths) rather than its name, and with the hash it was rewritten with rather than the whole
 * rewritten reference.
 */
final class CollectState {
    private static final int MAGIC = 0x45435354; // "ECST"
    private static final int VERSION = 6;

    private final String settings;
    private final Map<String, Entry> files;
    private final SortedMap<String, List<String>> history;
    private final List<List<String>> cycles;

    /**
     * What is known of one logical path after a run.
     *
     * @param size         the size of the source
     * @param modified     its modification time (ms)
     * @param sourceSha    the SHA-256 hex of the source bytes
     * @param references   the references found in the source
     * @param targets      the logical path each reference names, null where it names no static file
     * @param referenceHashes the hash each reference was rewritten with (that of the file it names),
     *                     null where it was kept as written
     * @param hash         the 12 hex digits of the written file, or null for a no-hash file
     * @param integrity    the integrity of the written file
     * @param outputSize   the size of the written file
     * @param encodings    the precompressed forms written beside it
     * @param written      the size and modification time of each file written for it, as
     *                     {@link #outputNames} names them
     * @param notes        what the scan of the source noticed besides its references
     */
    record Entry(long size, long modified, String sourceSha, List<Reference> references, List<String> targets,
                 List<String> referenceHashes, String hash, String integrity, long outputSize, List<String> encodings,
                 List<Written> written, List<ScanNote> notes) {

        /** Returns an entry of a source in which the scan noticed nothing besides its references. */
        Entry(long size, long modified, String sourceSha, List<Reference> references, List<String> targets,
              List<String> referenceHashes, String hash, String integrity, long outputSize, List<String> encodings,
              List<Written> written) {
            this(size, modified, sourceSha, references, targets, referenceHashes, hash, integrity, outputSize, encodings,
                    written, List.of());
        }

        /** Decodes the references read from a state file now; they are otherwise decoded when first read. */
        void load() {
            if (references instanceof StoredReferences.View<?> view) {
                view.stored.decoded();
            }
        }

        /**
         * Returns whether a reference of this entry may name a file that is not among the sources: false
         * only for an entry read from a state in which every file its references named was a source.
         */
        boolean mayMissTargets() {
            return !(references instanceof StoredReferences.View<?> view) || view.stored.unresolved > 0;
        }

        /**
         * Returns the names of the files written for {@code logical}, relative to the output: the
         * original, then the hashed copy and its compressed forms (none for a no-hash file).
         */
        List<String> outputNames(String logical) {
            return CollectState.outputNames(logical, hash, encodings);
        }

        /** Returns whether every name this entry would put into the output is one the collector writes. */
        boolean isValid(String logical) {
            return Names.isPlain(logical) && (hash == null || HashedName.isHash(hash))
                    && Precompressor.ENCODINGS.containsAll(encodings) && written.size() == outputNames(logical).size();
        }
    }

    /**
     * Returns the names of the files written for {@code logical}, relative to the output: the original,
     * then for a hashed file ({@code hash} not null) the hashed copy and its compressed forms.
     */
    static List<String> outputNames(String logical, String hash, List<String> encodings) {
        if (hash == null) {
            return List.of(logical);
        }
        String hashed = HashedName.format(logical, hash);
        List<String> names = new ArrayList<>(2 + encodings.size());
        names.add(logical);
        names.add(hashed);
        encodings.forEach(encoding -> names.add(hashed + Precompressor.suffix(encoding)));
        return names;
    }

    /**
     * A file as the collector left it: a later run that finds another size or modification time writes it again.
     *
     * @param size     the length in bytes
     * @param modified the modification time in milliseconds since the epoch
     */
    record Written(long size, long modified) {
    }

    CollectState(String settings, Map<String, Entry> files, SortedMap<String, List<String>> history,
                 List<List<String>> cycles) {
        this.settings = settings;
        this.files = files;
        this.history = history;
        this.cycles = cycles;
    }

    /** Returns an empty state: every file is new. */
    static CollectState empty() {
        return new CollectState("", new TreeMap<>(), new TreeMap<>(), List.of());
    }

    /** Returns the settings the files were written with (options that change the output). */
    String settings() {
        return settings;
    }

    /** Returns what the last run wrote for a logical path, or null when it did not have it. */
    Entry file(String logical) {
        return files.get(logical);
    }

    /** Returns every logical path of the last run. */
    Map<String, Entry> files() {
        return files;
    }

    /** Returns the hashes of each logical path in the order they appeared, oldest first. */
    SortedMap<String, List<String>> history() {
        return history;
    }

    /** Returns the reference cycles the last run found, as {@link ReferenceGraph#cycles()} gives them. */
    List<List<String>> cycles() {
        return cycles;
    }

    /** Reads the state at {@code file}; an empty state when there is none or it is of another version or damaged. */
    static CollectState read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException e) {
            throw new EcstaticException("Could not read the collector state " + file + ": " + e
                    + ". Delete it to collect everything again.", e);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Integer.BYTES);
            if (in.getInt() != MAGIC || in.getInt() != VERSION || checksum(bytes, bytes.length - Integer.BYTES)
                    != ByteBuffer.wrap(bytes, bytes.length - Integer.BYTES, Integer.BYTES).getInt()) {
                return empty();
            }
            String settings = string(in);
            int count = in.getInt();
            if (count < 0 || count > in.remaining()) {
                return empty();
            }
            Map<String, Entry> files = new HashMap<>(count * 4 / 3 + 1);
            String[] names = new String[count];
            for (int i = 0; i < count; i++) {
                names[i] = string(in);
                files.put(names[i], entry(in, names));
            }
            SortedMap<String, List<String>> history = new TreeMap<>();
            for (int n = in.getInt(); n > 0; n--) {
                history.put(string(in), strings(in));
            }
            List<List<String>> cycles = new ArrayList<>();
            for (int n = in.getInt(); n > 0; n--) {
                cycles.add(strings(in));
            }
            CollectState state = new CollectState(settings, files, history, List.copyOf(cycles));
            return state.isValid() ? state : empty();
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
                 | NullPointerException e) {
            return empty(); // damaged: the next run is a full one
        }
    }

    /**
     * The references of a state file that are not what the collector writes, found when they are
     * decoded (the rest of the file was): the run starts again without the state.
     */
    static final class Unreadable extends RuntimeException {
        private Unreadable(RuntimeException cause) {
            super("the references stored in the collector state cannot be read", cause, false, false);
        }
    }

    /** Returns whether every name and hash of this state is one the collector could have written. */
    private boolean isValid() {
        return files.entrySet().stream().allMatch(e -> e.getValue().isValid(e.getKey()))
                && history.entrySet().stream().allMatch(e -> Names.isPlain(e.getKey())
                        && e.getValue().stream().allMatch(HashedName::isHash))
                && cycles.stream().flatMap(List::stream).allMatch(Names::isPlain);
    }

    /** Writes the state to {@code file}: to a temporary file beside it, then moved into place. */
    void write(Path file) {
        write(file, serialized());
    }

    /** Returns the bytes {@link #write(Path)} writes. */
    byte[] toBytes() {
        Serialized state = serialized();
        return Arrays.copyOf(state.bytes(), state.length());
    }

    /**
     * The bytes of a state: the first {@code length} of {@code bytes}, an array made as large as the
     * state was thought to need and not cut to size (a state of thousands of files takes megabytes, and
     * each copy of it is one more large array for the garbage collector).
     */
    record Serialized(byte[] bytes, int length) {
    }

    /**
     * Returns the bytes {@link #write(Path)} writes. Made apart from the writing so that a run can work
     * them out while it writes the manifest, and write them after it.
     */
    Serialized serialized() {
        long references = 0;
        for (Entry e : files.values()) {
            references += e.references().size();
        }
        // about what a file and a reference take, so that the array is seldom made again larger
        Out out = new Out((int) Math.min(64 * 1024 + files.size() * 384L + references * 96, Integer.MAX_VALUE - 64));
        // the logical paths are written in this order, and references name them by their place in it
        SortedMap<String, Entry> files = this.files instanceof SortedMap<String, Entry> sorted && sorted.comparator() == null
                ? sorted : new TreeMap<>(this.files);
        out.i32(MAGIC);
        out.i32(VERSION);
        out.string(settings);
        out.i32(files.size());
        Map<String, Integer> numbers = new HashMap<>(files.size() * 4 / 3 + 1);
        for (String logical : files.keySet()) {
            numbers.put(logical, numbers.size());
        }
        Out block = new Out(4096);
        for (var e : files.entrySet()) {
            out.string(e.getKey());
            entry(out, e.getValue(), numbers, block);
        }
        out.i32(history.size());
        for (var e : history.entrySet()) {
            out.string(e.getKey());
            out.strings(e.getValue());
        }
        out.i32(cycles.size());
        for (List<String> cycle : cycles) {
            out.strings(cycle);
        }
        out.i32(checksum(out.bytes, out.size));
        return new Serialized(out.bytes, out.size);
    }

    /** Writes state bytes from {@link #toBytes()} to {@code file}: to a temporary file beside it, then moved into place. */
    static void write(Path file, byte[] state) {
        write(file, new Serialized(state, state.length));
    }

    /** Writes state bytes from {@link #serialized()} to {@code file}: to a temporary file beside it, then moved into place. */
    static void write(Path file, Serialized state) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                for (int at = 0; at < state.length(); at += 8192) {
                    out.write(state.bytes(), at, Math.min(8192, state.length() - at));
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new EcstaticException("Could not write the collector state " + file + ": " + e
                    + ". Check that its directory is writable.", e);
        }
    }

    private static void entry(Out out, Entry e, Map<String, Integer> numbers, Out block) {
        out.i64(e.size());
        out.i64(e.modified());
        out.string(e.sourceSha());
        out.string(e.hash());
        out.string(e.integrity());
        out.i64(e.outputSize());
        out.strings(e.encodings());
        out.i32(e.written().size());
        for (Written w : e.written()) {
            out.i64(w.size());
            out.i64(w.modified());
        }
        out.i32(e.notes().size());
        for (ScanNote note : e.notes()) {
            out.u8(note.kind().ordinal());
            out.i32(note.line());
            out.string(note.text());
        }
        // the references last, behind their length: a run that does not need them skips them
        block.size = 0;
        int unresolved = 0;
        for (int i = 0; i < e.references().size(); i++) {
            Reference r = e.references().get(i);
            block.i32(r.start());
            block.i32(r.end());
            block.i32(r.line());
            block.u8(r.kind().ordinal());
            block.string(r.target());
            String target = e.targets().get(i);
            Integer number = target == null ? null : numbers.get(target);
            if (number != null) {
                block.i32(number);
            } else if (target == null) {
                block.i32(NO_TARGET);
            } else {
                block.i32(UNKNOWN_TARGET);
                block.string(target);
                unresolved++;
            }
            block.string(e.referenceHashes().get(i));
        }
        out.i32(e.references().size());
        out.i32(unresolved);
        out.i32(block.size);
        out.bytes(block.bytes, block.size);
    }

    /** In place of the number of the file a reference names: it names no static file. */
    private static final int NO_TARGET = -1;
    /** In place of the number of the file a reference names: a file that was not there, named after it. */
    private static final int UNKNOWN_TARGET = -2;

    /** Returns the CRC-32C of {@code bytes[0, length)}, which ends the file, so that damage is noticed. */
    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    private static Entry entry(ByteBuffer in, String[] names) {
        long size = in.getLong();
        long modified = in.getLong();
        String sourceSha = string(in);
        String hash = string(in);
        String integrity = string(in);
        long outputSize = in.getLong();
        List<String> encodings = strings(in);
        int count = in.getInt();
        List<Written> written = new ArrayList<>(Math.min(count, 8));
        for (int i = 0; i < count; i++) {
            written.add(new Written(in.getLong(), in.getLong()));
        }
        int noteCount = in.getInt();
        List<ScanNote> notes = new ArrayList<>(Math.min(noteCount, 64));
        for (int i = 0; i < noteCount; i++) {
            ScanNote.Kind kind = ScanNote.Kind.values()[in.get()];
            int line = in.getInt();
            notes.add(new ScanNote(kind, line, string(in)));
        }
        int references = in.getInt();
        int unresolved = in.getInt();
        int length = in.getInt();
        if (references < 0 || unresolved < 0 || unresolved > references || length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("damaged");
        }
        StoredReferences stored = new StoredReferences(in.array(), in.position(), length, references, unresolved, names);
        in.position(in.position() + length);
        return new Entry(size, modified, sourceSha, stored.references, stored.targets, stored.hashes, hash, integrity,
                outputSize, encodings, List.copyOf(written), List.copyOf(notes));
    }

    /**
     * The references of one entry as the state file holds them, decoded the first time any of the three
     * lists is read (from any thread); the lists are sized without decoding.
     */
    private static final class StoredReferences {
        private final byte[] bytes;
        private final int offset;
        private final int length;
        private final int count;
        final int unresolved;
        private final String[] names;
        final View<Reference> references = new View<>(this, 0);
        final View<String> targets = new View<>(this, 1);
        final View<String> hashes = new View<>(this, 2);
        private volatile List<List<?>> decoded;

        StoredReferences(byte[] bytes, int offset, int length, int count, int unresolved, String[] names) {
            this.bytes = bytes;
            this.offset = offset;
            this.length = length;
            this.count = count;
            this.unresolved = unresolved;
            this.names = names;
        }

        private List<List<?>> decoded() {
            List<List<?>> lists = decoded;
            if (lists == null) {
                synchronized (this) {
                    lists = decoded;
                    if (lists == null) {
                        decoded = lists = decode();
                    }
                }
            }
            return lists;
        }

        private List<List<?>> decode() {
            try {
                ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
                List<Reference> references = new ArrayList<>(count);
                List<String> targets = new ArrayList<>(count);
                List<String> hashes = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    int start = in.getInt();
                    int end = in.getInt();
                    int line = in.getInt();
                    Reference.Kind kind = Reference.Kind.values()[in.get()];
                    references.add(new Reference(start, end, line, string(in), kind));
                    int number = in.getInt();
                    if (number < UNKNOWN_TARGET || number >= names.length) {
                        throw new IllegalArgumentException("no file " + number);
                    }
                    targets.add(number >= 0 ? names[number] : number == NO_TARGET ? null : string(in));
                    String hash = string(in);
                    if (hash != null && !HashedName.isHash(hash)) {
                        throw new IllegalArgumentException("not a hash: " + hash);
                    }
                    hashes.add(hash);
                }
                if (in.position() != offset + length) {
                    throw new IllegalArgumentException("references of another length");
                }
                return List.of(references, targets, hashes);
            } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
                     | NullPointerException e) {
                throw new Unreadable(e);
            }
        }

        /** One of the three lists. */
        static final class View<T> extends AbstractList<T> {
            final StoredReferences stored;
            private final int which;

            View(StoredReferences stored, int which) {
                this.stored = stored;
                this.which = which;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T get(int index) {
                return (T) stored.decoded().get(which).get(index);
            }

            @Override
            public int size() {
                return stored.count;
            }
        }
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    private static List<String> strings(ByteBuffer in) {
        int n = in.getInt();
        List<String> list = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            list.add(string(in));
        }
        return List.copyOf(list);
    }

    /**
     * The bytes of a state file as they are written: big-endian numbers, strings as their UTF-8 length
     * (-1 for null) and bytes, into one array that grows as needed (a state of thousands of files is
     * written in one go, and a stream would take every number a byte at a time).
     */
    private static final class Out {
        byte[] bytes;
        int size;

        Out(int capacity) {
            bytes = new byte[capacity];
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
            }
        }

        void u8(int value) {
            room(1);
            bytes[size++] = (byte) value;
        }

        void i32(int value) {
            room(4);
            bytes[size] = (byte) (value >>> 24);
            bytes[size + 1] = (byte) (value >>> 16);
            bytes[size + 2] = (byte) (value >>> 8);
            bytes[size + 3] = (byte) value;
            size += 4;
        }

        void i64(long value) {
            i32((int) (value >>> 32));
            i32((int) value);
        }

        void bytes(byte[] from, int length) {
            room(length);
            System.arraycopy(from, 0, bytes, size, length);
            size += length;
        }

        void string(String s) {
            if (s == null) {
                i32(-1);
                return;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            i32(utf8.length);
            bytes(utf8, utf8.length);
        }

        void strings(List<String> list) {
            i32(list.size());
            for (String s : list) {
                string(s);
            }
        }
    }
}
