package org.ecstatic.runtime.manifest;

import org.ecstatic.runtime.EcstaticException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManifestTest {

    static Manifest fixture(String name) throws Exception {
        try (InputStream in = ManifestTest.class.getResourceAsStream("/manifests/" + name)) {
            return Manifest.parse(in, "manifests/" + name);
        }
    }

    @Nested
    class Reading {
        @Test
        void readsPathsAndFiles() throws Exception {
            Manifest m = fixture("valid.json");
            assertThat(m.hashedName("css/site.css")).isEqualTo("css/site.3f2a1b9c0d4e.css");
            assertThat(m.hashedName("css/missing.css")).isNull();
            assertThat(m.file("css/site.3f2a1b9c0d4e.css")).isEqualTo(new Manifest.FileEntry(1234,
                    "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", List.of("br", "gzip")));
            assertThat(m.file("img/logo.0123456789ab.png").encodings()).isEmpty();
            assertThat(m.size()).isEqualTo(2);
        }

        @Test
        void readsDjangoStaticfilesJsonWithFilesOfUnknownSize() throws Exception {
            Manifest m = fixture("django-staticfiles.json");
            assertThat(m.hashedName("js/app.js")).isEqualTo("js/app.abcdefabcdef.js");
            assertThat(m.files()).containsEntry("admin/css/base.1f2e3d4c5b6a.css",
                    new Manifest.FileEntry(-1, null, List.of()));
        }

        @Test
        void namesTheSourceLineAndColumnAndWhatWasExpectedForBadJson() {
            assertThatThrownBy(() -> fixture("trailing-comma.json"))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessageStartingWith("The manifest manifests/trailing-comma.json is not valid JSON at line 4, column 3: ")
                    .hasMessageContaining("Expected tokens are: [STRING]")
                    .hasMessageEndingWith("Rebuild it with ecstatic:collect (or the ecstatic command line).");
        }

        @Test
        void namesTheKeyOfAValueOfTheWrongType() {
            assertThatThrownBy(() -> fixture("wrong-type.json"))
                    .hasMessage("The manifest manifests/wrong-type.json is not an Ecstatic manifest: "
                            + "paths.\"css/site.css\" is a number, expected a string. "
                            + "Rebuild it with ecstatic:collect (or the ecstatic command line).");
        }

        @Test
        void refusesAnotherVersion() {
            assertThatThrownBy(() -> fixture("future-version.json"))
                    .hasMessage("The manifest manifests/future-version.json is not an Ecstatic manifest: "
                            + "its version is 2, this runtime reads version 1 (and Django's \"1.x\"); "
                            + "upgrade ecstatic-runtime or rebuild the manifest. "
                            + "Rebuild it with ecstatic:collect (or the ecstatic command line).");
        }

        @Test
        void refusesContentAfterTheManifest() {
            assertThatThrownBy(() -> Manifest.parse("{\"version\": 1, \"paths\": {}}\n{}", "two.json"))
                    .hasMessage("The manifest two.json is not valid JSON at line 2, column 1: Expected EOF token, "
                            + "but got CURLYOPEN. Rebuild it with ecstatic:collect (or the ecstatic command line).");
        }

        @Test
        void namesAMissingFile(@TempDir Path dir) {
            Path missing = dir.resolve("manifest.json");
            assertThatThrownBy(() -> Manifest.read(missing))
                    .hasMessage("The manifest " + missing + " does not exist. Run ecstatic:collect "
                            + "(or the ecstatic command line) to write it, or point ecstatic.manifest at it.");
        }
    }

    @Nested
    class Writing {
        final Manifest manifest = Manifest.of(
                Map.of("img/logo.png", "img/logo.0123456789ab.png", "css/site.css", "css/site.3f2a1b9c0d4e.css"),
                Map.of("img/logo.0123456789ab.png", new Manifest.FileEntry(99, "sha256-AAAA", List.of()),
                        "css/site.3f2a1b9c0d4e.css", new Manifest.FileEntry(1234, "sha256-BBBB", List.of("gzip", "br"))));

        @Test
        void writesSortedKeysWithoutTimestamps() {
            assertThat(new String(manifest.toJson(), StandardCharsets.UTF_8)).isEqualTo("""
                    {
                      "files": {
                        "css/site.3f2a1b9c0d4e.css": {"encodings": ["br", "gzip"], "integrity": "sha256-BBBB", "size": 1234},
                        "img/logo.0123456789ab.png": {"integrity": "sha256-AAAA", "size": 99}
                      },
                      "hash": "%s",
                      "paths": {
                        "css/site.css": "css/site.3f2a1b9c0d4e.css",
                        "img/logo.png": "img/logo.0123456789ab.png"
                      },
                      "version": 1
                    }
                    """.formatted(manifest.hash()));
        }

        @Test
        void roundTrips() {
            assertThat(Manifest.parse(new String(manifest.toJson(), StandardCharsets.UTF_8), "x")).isEqualTo(manifest);
        }

        @Test
        void writesTheStaticImportsOfAModuleSortedAndOnlyWhereThereAreSome() {
            Manifest modules = Manifest.of(Map.of("js/app.js", "js/app.0123456789ab.js"),
                    Map.of("js/app.0123456789ab.js", new Manifest.FileEntry(10, "sha256-CCCC", List.of("br"),
                                    List.of("js/util.aaaaaaaaaaaa.js", "js/lib/a.bbbbbbbbbbbb.js")),
                            "js/util.aaaaaaaaaaaa.js", new Manifest.FileEntry(3, "sha256-DDDD", List.of(), List.of())));
            assertThat(new String(modules.toJson(), StandardCharsets.UTF_8)).contains(
                    "    \"js/app.0123456789ab.js\": {\"encodings\": [\"br\"], \"imports\": [\"js/lib/a.bbbbbbbbbbbb.js\", "
                            + "\"js/util.aaaaaaaaaaaa.js\"], \"integrity\": \"sha256-CCCC\", \"size\": 10},\n"
                            + "    \"js/util.aaaaaaaaaaaa.js\": {\"integrity\": \"sha256-DDDD\", \"size\": 3}\n");
            assertThat(Manifest.parse(new String(modules.toJson(), StandardCharsets.UTF_8), "x")).isEqualTo(modules);
        }

        @Test
        void refusesAnImportThatIsNoPlainName() {
            assertThatThrownBy(() -> Manifest.of(Map.of(), Map.of("a.0123456789ab.js",
                    new Manifest.FileEntry(1, null, List.of(), List.of("../x.0123456789ab.js")))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the name \"../x.0123456789ab.js\" ");
        }

        @Test
        void escapesNamesThatNeedIt() {
            Manifest odd = Manifest.of(Map.of("a \"q\"\tb.css", "a.0123456789ab.css"), Map.of());
            String json = new String(odd.toJson(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"a \\\"q\\\"\\tb.css\": \"a.0123456789ab.css\"");
            assertThat(Manifest.parse(json, "x").paths()).isEqualTo(odd.paths());
        }

        @Test
        void writesAnEmptyManifest() {
            assertThat(new String(Manifest.empty().toJson(), StandardCharsets.UTF_8)).isEqualTo("""
                    {
                      "files": {},
                      "hash": "e3b0c44298fc",
                      "paths": {},
                      "version": 1
                    }
                    """);
        }

        @Test
        void hashDependsOnlyOnPaths() {
            Manifest other = Manifest.of(manifest.paths(), Map.of());
            assertThat(other.hash()).isEqualTo(manifest.hash()).matches("[0-9a-f]{12}");
            assertThat(Manifest.of(Map.of("a.css", "a.0123456789ab.css"), Map.of()).hash()).isNotEqualTo(manifest.hash());
        }

        @Test
        void writesAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("out/manifest.json");
            Manifest.empty().writeAtomically(file);
            manifest.writeAtomically(file);
            assertThat(Files.readAllBytes(file)).isEqualTo(manifest.toJson());
            try (var listing = Files.list(file.getParent())) {
                assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("manifest.json");
            }
        }

        @Test
        void writesOnlyWhatChangedWhenAskedTo(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("out/manifest.json");
            assertThat(manifest.writeAtomicallyIfChanged(file)).isTrue();
            assertThat(Files.readAllBytes(file)).isEqualTo(manifest.toJson());
            java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
            Files.setLastModifiedTime(file, old);

            assertThat(Manifest.of(manifest.paths(), manifest.files()).writeAtomicallyIfChanged(file)).isFalse();
            assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);

            assertThat(Manifest.empty().writeAtomicallyIfChanged(file)).isTrue();
            assertThat(Files.readAllBytes(file)).isEqualTo(Manifest.empty().toJson());
            try (var listing = Files.list(file.getParent())) {
                assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("manifest.json");
            }
        }

        @Test
        void givesTheManifestThePermissionsOfAnyNewFileNotOwnerOnly(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("manifest.json");
            Path plain = Files.createFile(dir.resolve("plain.txt")); // what the umask gives a new file
            manifest.writeAtomically(file);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain))
                    .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        }

        @Test
        void leavesThePreviousManifestWhenTheMoveFails(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("manifest.json");
            Files.createDirectory(file); // a directory in the way: the move cannot replace it
            Files.writeString(file.resolve("keep"), "x");
            assertThatThrownBy(() -> manifest.writeAtomically(file))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessageStartingWith("Could not write the manifest " + file + ": ")
                    .hasMessageEndingWith(". The previous manifest, if any, is unchanged.");
            assertThat(file.resolve("keep")).hasContent("x");
            try (var listing = Files.list(dir)) {
                assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("manifest.json");
            }
        }
    }

    @Test
    void fileEntriesHoldTheirEncodingsSortedWithoutRepeatsAndUnchangeable() {
        List<String> given = new java.util.ArrayList<>(List.of("br", "gzip"));
        Manifest.FileEntry entry = new Manifest.FileEntry(1, null, given);
        given.set(0, "x");
        assertThat(entry.encodings()).containsExactly("br", "gzip");
        assertThatThrownBy(() -> entry.encodings().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Manifest.FileEntry(1, null, List.of("gzip", "br", "gzip")).encodings()).containsExactly("br", "gzip");
        assertThat(new Manifest.FileEntry(1, null, null).encodings()).isEmpty();
        assertThat(new Manifest.FileEntry(1, null, null).imports()).isEmpty();
        assertThat(new Manifest.FileEntry(1, null, null, List.of("b.js", "a.js", "b.js")).imports())
                .containsExactly("a.js", "b.js");
    }

    @Test
    void refusesAbsoluteOrBackslashedNames() {
        assertThatThrownBy(() -> Manifest.of(Map.of("/css/a.css", "css/a.0123456789ab.css"), Map.of()))
                .hasMessage("the name \"/css/a.css\" starts with '/'; names are relative to the static root");
        assertThatThrownBy(() -> Manifest.of(Map.of("css\\a.css", "css/a.0123456789ab.css"), Map.of()))
                .hasMessage("the name \"css\\a.css\" holds '\\'; names use forward slashes");
    }
}
