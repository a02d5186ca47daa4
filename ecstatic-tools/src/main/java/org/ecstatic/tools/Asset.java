package org.ecstatic.tools;

import org.ecstatic.runtime.manifest.Digest;
import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.tools.rewrite.Reference;
import org.ecstatic.tools.rewrite.ScanNote;
import org.ecstatic.tools.rewrite.SourceText;
import org.ecstatic.tools.rewrite.TextOfBytes;

import org.ecstatic.runtime.manifest.Manifest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One logical path during a run: its source, what the last run knew of it, and what this run makes of it. */
final class Asset implements TextOfBytes {
    final SourceFile source;
    final CollectState.Entry previous;
    final boolean noHash;

    /** The source bytes, while they are needed; null before reading and after writing. */
    byte[] bytes;
    Digest sourceDigest;
    String sourceSha;
    /** Whether the source bytes differ from those of the last run. */
    boolean sourceChanged = true;
    List<Reference> references = List.of();
    /** The logical path each reference names; null where it names no static file. */
    List<String> targets = List.of();
    /**
     * The asset each reference names, looked up once when the references are resolved; null where it
     * names none, and the array null where they were not looked up (a run in which no source changed).
     */
    Asset[] named;
    /** Its place among the assets of the run, once references are resolved: its number in the reference graph. */
    int number;
    /** What the scan noticed besides the references: bare specifiers, computed imports, constructs left open. */
    List<ScanNote> notes = List.of();

    /** The hash each reference is rewritten with (that of the file it names); null where it is kept as written. */
    List<String> referenceHashes = List.of();
    byte[] output;
    String hash;
    String integrity;
    long outputSize;
    List<String> encodings = List.of();
    /** The hashed names of the modules it imports statically, for the manifest; null until worked out. */
    List<String> imports;
    /**
     * What the manifest lists of it, its name and its hashed name's entry (null for a no-hash file): made
     * as soon as it is written, on every core, rather than when the manifest is; null until then.
     */
    Map.Entry<String, Manifest.FileEntry> manifestEntry;
    /** The size and modification time of each file written, in the order of {@link CollectState.Entry#outputNames}. */
    List<CollectState.Written> written = List.of();
    /** Whether an output of the last run is not as that run left it: all of them are written again. */
    boolean repair;
    /** Whether this run writes the output of this asset. */
    boolean write;
    /** Whether it was written as soon as it was read: it has no references to rewrite. */
    boolean writtenEarly;

    /** The name of the hashed file, made for {@link #hashedNameOf}; see {@link #hashedName()}. */
    private String hashedName;
    private String hashedNameOf;

    /** How the bytes read as text, known once they were decoded; null before. */
    private Charset charset;
    /** The length of the text in UTF-16 units, known once the bytes were decoded. */
    private int units = -1;
    private String text;

    Asset(SourceFile source, CollectState.Entry previous, boolean noHash) {
        this.source = source;
        this.previous = previous;
        this.noHash = noHash;
    }

    String logical() {
        return source.logical();
    }

    /**
     * Returns the name of its hashed file for the hash it has now, made once: the manifest lists it, and
     * so does the import list of each module that imports it. Not for a no-hash file.
     */
    String hashedName() {
        String of = hash;
        String name = hashedName;
        if (name == null || hashedNameOf != of) {
            name = HashedName.format(logical(), of);
            hashedName = name;
            hashedNameOf = of;
        }
        return name;
    }

    /** Reads the source and computes its digest. */
    void read() {
        bytes = source.read();
        sourceDigest = Sha256.of(bytes);
        sourceSha = sourceDigest.hex();
    }

    /** Takes over what the last run knew of an unchanged source. */
    void takeOverSource() {
        sourceChanged = false;
        sourceSha = previous.sourceSha();
        references = previous.references();
        targets = previous.targets();
        notes = previous.notes();
    }

    /** Returns whether the source has the size and modification time the last run recorded. */
    boolean sameStamp() {
        return previous != null && previous.size() == source.size() && previous.modified() == source.modified();
    }

    /** Takes over the output of the last run: it would come out byte for byte the same. */
    void takeOverOutput() {
        referenceHashes = previous.referenceHashes();
        hash = previous.hash();
        integrity = previous.integrity();
        outputSize = previous.outputSize();
        encodings = previous.encodings();
        written = previous.written();
        release();
    }

    /** Lets go of the bytes and text once they are no longer needed. */
    void release() {
        bytes = null;
        output = null;
        text = null;
    }

    /** Lets go of the decoded text; {@link #text()} decodes the bytes again when asked. */
    void forgetText() {
        text = null;
    }

    /**
     * Returns the source as text: UTF-8, or ISO-8859-1 (byte for byte) when it is not UTF-8. Kept until
     * the asset is written, so that finding and replacing references decode it once.
     */
    String text() {
        if (text == null) {
            SourceText decoded = NativeText.decode(bytes);
            text = decoded.text();
            charset = decoded.charset();
            units = text.length();
        }
        return text;
    }

    @Override
    public String get() {
        return text();
    }

    /**
     * Takes the bytes, which a scan found to be all ASCII, as the text, without copying them: each byte a
     * character, read as UTF-8.
     */
    @Override
    public CharSequence ascii() {
        charset = StandardCharsets.UTF_8;
        units = bytes.length;
        return text != null ? text : TextOfBytes.asciiView(bytes);
    }

    /** Returns text from {@link #text()} as bytes in the same encoding. */
    byte[] encode(String text) {
        return text.getBytes(charset != null ? charset : StandardCharsets.UTF_8);
    }

    /**
     * Returns how the bytes read as text (UTF-8, or ISO-8859-1 when they are not UTF-8) when they were
     * decoded in this run, which a decoded text leaves known after it is let go; null when they were not.
     */
    Charset charset() {
        return charset;
    }

    /** Returns the length of the text in UTF-16 units where {@link #charset()} is known; -1 where it is not. */
    int units() {
        return units;
    }

    /** Returns the number of references replaced with hashed ones. */
    int replacedCount() {
        return (int) referenceHashes.stream().filter(h -> h != null).count();
    }

    /** Returns the state to remember of this asset for the next run. */
    CollectState.Entry toEntry() {
        return new CollectState.Entry(source.size(), source.modified(), sourceSha, references, targets, referenceHashes,
                noHash ? null : hash, integrity, outputSize, encodings, written, notes);
    }
}
