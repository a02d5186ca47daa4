package org.ecstatic.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class CollectStateTest {
    @TempDir
    Path tmp;

    static CollectState.Entry entry(String hash, List<String> encodings) {
        int outputs = hash == null ? 1 : 2 + encodings.size();
        return new CollectState.Entry(10, 20, "ab".repeat(32), List.of(), List.of(), List.of(), hash, "sha256-x", 10,
                encodings, java.util.Collections.nCopies(outputs, new CollectState.Written(10, 30)));
    }

    static CollectState state(Map<String, CollectState.Entry> files, Map<String, List<String>> history) {
        return new CollectState("settings", new TreeMap<>(files), new TreeMap<>(history), List.of());
    }

    @Test
    void readsBackWhatItWrote() {
        Path file = tmp.resolve("state");
        state(Map.of("css/site.css", entry("0123456789ab", List.of("br", "gzip")), "robots.txt", entry(null, List.of())),
                Map.of("css/site.css", List.of("aaaaaaaaaaaa", "0123456789ab"))).write(file);

        CollectState read = CollectState.read(file);

        assertThat(read.settings()).isEqualTo("settings");
        assertThat(read.files()).containsOnlyKeys("css/site.css", "robots.txt");
        assertThat(read.file("css/site.css")).isEqualTo(entry("0123456789ab", List.of("br", "gzip")));
        assertThat(read.history()).containsExactly(Map.entry("css/site.css", List.of("aaaaaaaaaaaa", "0123456789ab")));
    }

    @Test
    void readsBackTheKindOfEachReferenceAndTheNotesOfAScan() {
        Path file = tmp.resolve("state");
        List<org.ecstatic.tools.rewrite.Reference> references = List.of(
                new org.ecstatic.tools.rewrite.Reference(8, 14, 1, "./a.js", org.ecstatic.tools.rewrite.Reference.Kind.STATIC_IMPORT),
                new org.ecstatic.tools.rewrite.Reference(30, 36, 2, "./b.js", org.ecstatic.tools.rewrite.Reference.Kind.DYNAMIC_IMPORT),
                new org.ecstatic.tools.rewrite.Reference(50, 55, 3, "c.png", org.ecstatic.tools.rewrite.Reference.Kind.MODULE_URL),
                new org.ecstatic.tools.rewrite.Reference(70, 78, 4, "a.js.map"));
        List<org.ecstatic.tools.rewrite.ScanNote> notes = List.of(
                new org.ecstatic.tools.rewrite.ScanNote(org.ecstatic.tools.rewrite.ScanNote.Kind.BARE_SPECIFIER, 5, "lit"),
                new org.ecstatic.tools.rewrite.ScanNote(org.ecstatic.tools.rewrite.ScanNote.Kind.DYNAMIC_IMPORT, 6, "import(x)"),
                new org.ecstatic.tools.rewrite.ScanNote(org.ecstatic.tools.rewrite.ScanNote.Kind.UNTERMINATED, 7, "a string"));
        CollectState.Entry entry = new CollectState.Entry(10, 20, "ab".repeat(32), references,
                java.util.Arrays.asList("js/a.js", "js/b.js", "js/c.png", null),
                java.util.Arrays.asList("0123456789ab", null, "ba9876543210", null), "0123456789ab", "sha256-x",
                10, List.of(), java.util.Collections.nCopies(2, new CollectState.Written(10, 30)), notes);
        state(Map.of("js/app.js", entry), Map.of()).write(file);

        assertThat(CollectState.read(file).file("js/app.js")).isEqualTo(entry);
    }

    @Test
    void writesTheBytesItMakesBeforehandAndLeavesNoTemporaryFile() throws IOException {
        CollectState state = state(Map.of("css/site.css", entry("0123456789ab", List.of("gzip"))), Map.of());
        Path first = tmp.resolve("dir/first");
        Path second = tmp.resolve("second");
        state.write(first);
        CollectState.write(second, state.toBytes());

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first)).isEqualTo(state.toBytes());
        assertThat(CollectState.read(second).file("css/site.css")).isEqualTo(entry("0123456789ab", List.of("gzip")));
        assertThat(first.resolveSibling("first.tmp")).doesNotExist();
    }

    @Test
    void namesEveryFileItWroteForAnEntry() {
        assertThat(entry("0123456789ab", List.of("br", "gzip")).outputNames("css/site.css")).containsExactly(
                "css/site.css", "css/site.0123456789ab.css", "css/site.0123456789ab.css.br", "css/site.0123456789ab.css.gz");
        assertThat(entry(null, List.of()).outputNames("robots.txt")).containsExactly("robots.txt");
    }

    @Test
    void isEmptyWhenThereIsNoFile() {
        assertThat(CollectState.read(tmp.resolve("none")).files()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../victim.txt", "/etc/passwd", "css//site.css", "./a.css", "a\\b.css"})
    void aStateNamingAFileTheCollectorWouldNotWriteIsNotTrusted(String name) {
        Path file = tmp.resolve("state");
        state(Map.of("css/site.css", entry("0123456789ab", List.of()), name, entry(null, List.of())), Map.of()).write(file);

        assertThat(CollectState.read(file).files()).isEmpty();
    }

    @Test
    void aStateWithAHashThatIsNotTwelveHexDigitsOrAnUnknownEncodingIsNotTrusted() {
        Path file = tmp.resolve("state");
        state(Map.of("a.css", entry("../../../x", List.of())), Map.of()).write(file);
        assertThat(CollectState.read(file).files()).isEmpty();

        state(Map.of("a.css", entry("0123456789ab", List.of("gzip/../../x"))), Map.of()).write(file);
        assertThat(CollectState.read(file).files()).isEmpty();

        state(Map.of("a.css", entry("0123456789ab", List.of())), Map.of("a.css", List.of("/../x"))).write(file);
        assertThat(CollectState.read(file).files()).isEmpty();

        state(Map.of("a.css", entry("0123456789ab", List.of())), Map.of("../a.css", List.of("0123456789ab"))).write(file);
        assertThat(CollectState.read(file).files()).isEmpty();
    }

    @Test
    void aDamagedFileIsAnEmptyState() throws IOException {
        Path file = tmp.resolve("state");
        state(Map.of("a.css", entry("0123456789ab", List.of())), Map.of()).write(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);

        assertThat(CollectState.read(file).files()).isEmpty();
    }

    @Test
    void namesTheFileOfAReferenceByItsPlaceAndTellsWhetherOneNamedAFileThatWasNotThere() throws IOException {
        Path file = tmp.resolve("state");
        List<org.ecstatic.tools.rewrite.Reference> references = List.of(
                new org.ecstatic.tools.rewrite.Reference(8, 28, 1, "./lib/shared-util.js", org.ecstatic.tools.rewrite.Reference.Kind.STATIC_IMPORT),
                new org.ecstatic.tools.rewrite.Reference(40, 47, 2, "https:x", org.ecstatic.tools.rewrite.Reference.Kind.STATIC_IMPORT));
        CollectState.Entry resolved = new CollectState.Entry(10, 20, "ab".repeat(32), references,
                java.util.Arrays.asList("js/lib/shared-util.js", null), java.util.Arrays.asList("0123456789ab", null),
                "0123456789ab", "sha256-x", 10, List.of(), java.util.Collections.nCopies(2, new CollectState.Written(10, 30)));
        CollectState.Entry missing = new CollectState.Entry(10, 20, "ab".repeat(32), references.subList(0, 1),
                List.of("js/gone/shared-util.js"), java.util.Collections.singletonList(null), "0123456789ab", "sha256-x",
                10, List.of(), java.util.Collections.nCopies(2, new CollectState.Written(10, 30)));
        state(Map.of("js/a.js", resolved, "js/b.js", resolved, "js/c.js", missing, "js/lib/shared-util.js",
                entry("ba9876543210", List.of())), Map.of()).write(file);

        CollectState read = CollectState.read(file);

        assertThat(read.file("js/a.js")).isEqualTo(resolved);
        assertThat(read.file("js/b.js")).isEqualTo(resolved);
        assertThat(read.file("js/c.js")).isEqualTo(missing);
        assertThat(read.file("js/a.js").mayMissTargets()).isFalse();
        assertThat(read.file("js/c.js").mayMissTargets()).isTrue();
        assertThat(resolved.mayMissTargets()).isTrue(); // not read from a file: not known
        // the file's name is written once, as a key, not once more for each reference to it
        assertThat(occurrences(Files.readAllBytes(file), "js/lib/shared-util.js")).isEqualTo(1);
        assertThat(occurrences(Files.readAllBytes(file), "js/gone/shared-util.js")).isEqualTo(1);
    }

    @Test
    void referencesThatAreNotWhatTheCollectorWritesAreFoundWhenDecoded() throws IOException {
        Path file = tmp.resolve("state");
        CollectState.Entry entry = new CollectState.Entry(10, 20, "ab".repeat(32),
                List.of(new org.ecstatic.tools.rewrite.Reference(5, 11, 1, "./b.js", org.ecstatic.tools.rewrite.Reference.Kind.STATIC_IMPORT)),
                List.of("b.js"), List.of("fedcba987654"), "0123456789ab", "sha256-x", 10, List.of(),
                java.util.Collections.nCopies(2, new CollectState.Written(10, 30)));
        state(Map.of("a.js", entry, "b.js", entry("fedcba987654", List.of())), Map.of()).write(file);
        // a state as a CI cache could hand back: the damage is inside a reference, with a checksum to match
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, "fedcba987654");
        System.arraycopy("../../../x.y".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, at, 12);
        Fixtures.writeWithChecksum(file, bytes);

        CollectState read = CollectState.read(file);

        assertThat(read.files()).containsOnlyKeys("a.js", "b.js");
        assertThat(read.file("a.js").references()).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read.file("a.js").references().get(0))
                .isInstanceOf(CollectState.Unreadable.class)
                .hasMessage("the references stored in the collector state cannot be read");
    }

    private static int indexOf(byte[] bytes, String ascii) {
        byte[] needle = ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int occurrences(byte[] bytes, String ascii) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int count = 0;
        for (int i = text.indexOf(ascii); i >= 0; i = text.indexOf(ascii, i + 1)) {
            count++;
        }
        return count;
    }
}
