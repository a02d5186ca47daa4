package org.ecstatic.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collects real modules: a pruned copy of pinned npm packages (three with examples and a wasm file
 * loaded through {@code new URL}, lit, d3, preact's minified {@code .mjs}, @ffmpeg/ffmpeg, rxjs,
 * lodash-es; see src/test/js-corpus/README.md), then parses every hashed module and its source with
 * Acorn on Node.js (src/test/node/check-modules.mjs) and compares them.
 */
class ModuleCorpusTest {
    static final Path CORPUS = Path.of("src/test/js-corpus/static");
    static final Path CHECKER = Path.of("src/test/node/check-modules.mjs");

    @TempDir
    static Path tmp;
    static Path out;
    static Path manifestFile;
    static CollectReport report;
    static Manifest manifest;
    /** What check-modules.mjs found. */
    static JsonObject check;

    static CollectOptions options() {
        return CollectOptions.builder(out, manifestFile).state(tmp.resolve("state")).source(CORPUS)
                .precompress(false).ignoreMissing(List.of("*.map")).build();
    }

    @BeforeAll
    static void collectAndParse() throws IOException, InterruptedException {
        out = tmp.resolve("out");
        manifestFile = tmp.resolve("manifest.json");
        report = Collector.collect(options());
        manifest = Manifest.read(manifestFile);
        check = acorn(CORPUS, out, manifestFile);
    }

    /** Runs check-modules.mjs with Node.js and returns the JSON object it prints. */
    static JsonObject acorn(Path sources, Path output, Path manifest) throws IOException, InterruptedException {
        Process node;
        try {
            node = new ProcessBuilder("node", CHECKER.toAbsolutePath().toString(), sources.toAbsolutePath().toString(),
                    output.toAbsolutePath().toString(), manifest.toAbsolutePath().toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new AssertionError("This test parses the collected modules with Acorn on Node.js, and `node` "
                    + "could not be started (" + e.getMessage() + "): install it, e.g. apt-get install nodejs", e);
        }
        String printed = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("node ends").isTrue();
        assertThat(node.exitValue()).as("exit status of node " + CHECKER).isZero();
        try (JsonReader reader = Json.createReader(new StringReader(printed))) {
            return reader.readObject();
        }
    }

    static List<String> strings(String member) {
        return check.getJsonArray(member).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void everyHashedModuleParsesAndDiffersFromItsSourceOnlyByTheHashesInItsSpecifiers() {
        long hashedModules = manifest.paths().entrySet().stream()
                .filter(e -> e.getKey().endsWith(".js") || e.getKey().endsWith(".mjs"))
                .filter(e -> !e.getKey().equals(e.getValue())).count();

        assertThat(hashedModules).isEqualTo(1884);
        assertThat(strings("unparsable")).isEmpty();
        assertThat(strings("mismatches")).isEmpty();
        assertThat(check.getInt("modules")).isEqualTo(1884);
        assertThat(check.getInt("specifiers")).isEqualTo(6718);
    }

    @Test
    void theSpecifiersAcornFindsHashedAreExactlyTheReferencesTheCollectorRewrote() {
        assertThat(report.rewritten()).isEqualTo(5701);
        assertThat(check.getInt("rewritten")).isEqualTo(report.rewritten());
    }

    @Test
    void everyRelativeSpecifierNamesAHashedFileUnlessTheCollectorReportedIt() {
        TreeSet<String> reported = report.modules().stream().filter(n -> n.kind() == ModuleNote.Kind.NO_EXTENSION)
                .map(n -> n.file() + ":" + n.line() + " " + n.text()).collect(Collectors.toCollection(TreeSet::new));
        report.missing().forEach(m -> reported.add(m.file() + ":" + m.line() + " " + m.reference()));

        assertThat(new TreeSet<>(strings("unresolved"))).isEqualTo(reported);
        assertThat(reported).hasSize(905);
        assertThat(reported).filteredOn(r -> !r.startsWith("rxjs/"))
                .containsExactly("three/src/nodes/functions/material/getParallaxCorrectNormal.js:1 ../../accessors/Position");
    }

    @Test
    void theManifestListsTheStaticImportsOfEachModuleAsAcornFindsThem() {
        Map<String, List<String>> expected = new TreeMap<>();
        check.getJsonObject("imports").forEach((hashed, imports) -> expected.put(hashed,
                imports.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        Map<String, List<String>> listed = new TreeMap<>();
        expected.keySet().forEach(hashed -> listed.put(hashed, manifest.file(hashed).imports()));

        assertThat(listed).isEqualTo(expected);
        assertThat(listed.values().stream().mapToInt(List::size).sum()).isEqualTo(5668);
    }

    @Test
    void reportsTheBareSpecifiersTheComputedImportAndTheCycleOfTheCorpus() {
        assertThat(report.modules()).filteredOn(n -> n.kind() == ModuleNote.Kind.BARE_SPECIFIER).hasSize(111);
        assertThat(report.notes()).hasSize(1);
        assertThat(report.notes().get(0)).startsWith("111 imports name bare module specifiers, left as written for an "
                + "import map to resolve: @lit/reactive-element, @lit/reactive-element/decorators/custom-element.js, ")
                .endsWith(", lit-html/static.js, module, preact, preact/hooks, three, tslib");
        assertThat(report.modules()).filteredOn(n -> n.kind() == ModuleNote.Kind.DYNAMIC_IMPORT).containsExactly(
                new ModuleNote("@ffmpeg/ffmpeg/dist/esm/worker.js", 19, ModuleNote.Kind.DYNAMIC_IMPORT,
                        "import( /* webpackIgnore: true */ /* @vite-ignore */ _coreU…", null));
        assertThat(report.modules()).filteredOn(n -> n.kind() == ModuleNote.Kind.UNTERMINATED).isEmpty();
        assertThat(report.cycles()).containsExactly(List.of("d3-selection/src/selection/data.js",
                "d3-selection/src/selection/enter.js", "d3-selection/src/selection/exit.js",
                "d3-selection/src/selection/filter.js", "d3-selection/src/selection/index.js",
                "d3-selection/src/selection/merge.js", "d3-selection/src/selection/select.js",
                "d3-selection/src/selection/selectAll.js", "d3-selection/src/selection/sort.js"));
    }

    @Test
    void rewritesTheWasmFileThatAModuleLoadsThroughNewUrlAndLeavesItsDirectoryBaseAlone() throws IOException {
        String rhino = Files.readString(out.resolve(manifest.hashedName("three/examples/jsm/libs/rhino3dm/rhino3dm.module.js")));
        String wasm = manifest.hashedName("three/examples/jsm/libs/rhino3dm/rhino3dm.wasm");

        assertThat(rhino).contains("new URL(\"" + wasm.substring(wasm.lastIndexOf('/') + 1) + "\",import.meta.url)")
                .contains("new URL(\"./\",import.meta.url)");
    }

    @Test
    void aSecondRunWithNothingChangedWritesNothing() throws IOException {
        byte[] before = Files.readAllBytes(manifestFile);
        CollectReport again = Collector.collect(options());

        assertThat(again.nothingWritten()).isTrue();
        assertThat(again.modules()).isEqualTo(report.modules());
        assertThat(Files.readAllBytes(manifestFile)).isEqualTo(before);
    }
}
