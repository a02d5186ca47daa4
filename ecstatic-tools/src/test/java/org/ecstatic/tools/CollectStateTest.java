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
                java.util.Arrays.asList("./a.0123456789ab.js", null, "c.0123456789ab.png", null), "0123456789ab", "sha256-x",
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
}
