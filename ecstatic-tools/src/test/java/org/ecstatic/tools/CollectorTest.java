package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.manifest.Digest;
import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecstatic.tools.Fixtures.hashOf;
import static org.ecstatic.tools.Fixtures.read;
import static org.ecstatic.tools.Fixtures.tree;
import static org.ecstatic.tools.Fixtures.write;

class CollectorTest {
    @TempDir
    Path tmp;
    Path out;
    Path manifestFile;

    @BeforeEach
    void paths() {
        out = tmp.resolve("out");
        manifestFile = tmp.resolve("manifest.json");
    }

    CollectOptions.Builder options(Path... sources) {
        CollectOptions.Builder b = CollectOptions.builder(out, manifestFile).precompress(false);
        for (Path s : sources) {
            b.source(s);
        }
        return b;
    }

    Manifest manifest() {
        return Manifest.read(manifestFile);
    }

    @Nested
    class Sources {
        Path app;
        Path vendor;

        @BeforeEach
        void site() {
            app = Fixtures.copy("site/app", tmp.resolve("app"));
            vendor = Fixtures.copy("site/vendor", tmp.resolve("vendor"));
        }

        @Test
        void firstSourceWinsAndTheReportNamesShadowedPaths() {
            CollectReport report = Collector.collect(options(app, vendor).build());

            assertThat(read(out.resolve("css/print.css"))).isEqualTo("body { color: black; }\n");
            assertThat(read(out.resolve("vendor/lib.js"))).isEqualTo("var lib = 1;\n");
            assertThat(report.shadowed()).containsExactly(new CollectReport.Shadowed("css/print.css",
                    app.resolve("css/print.css").toString(), vendor.resolve("css/print.css").toString()));
        }

        @Test
        void defaultExcludesLeaveOutDotFilesBackupsCvsAndThumbs() {
            write(app.resolve(".DS_Store"), "junk");
            write(app.resolve(".git/config"), "junk");
            write(app.resolve("css/site.css~"), "junk");
            write(app.resolve("CVS/Entries"), "junk");
            write(app.resolve("img/Thumbs.db"), "junk");

            Collector.collect(options(app).build());

            assertThat(manifest().paths().keySet()).containsExactly("css/base.css", "css/print.css", "css/site.css",
                    "fonts/icons.woff2", "img/logo.png", "img/my image.png", "js/app.js", "js/app.js.map",
                    "robots.txt");
        }

        @Test
        void givenExcludesReplaceTheDefaults() {
            write(app.resolve(".well-known/security.txt"), "Contact: x");

            Collector.collect(options(app).excludes(List.of("*.map", "fonts")).build());

            assertThat(manifest().paths().keySet()).contains(".well-known/security.txt")
                    .doesNotContain("js/app.js.map", "fonts/icons.woff2");
        }

        @Test
        void webJarsAreSourcesAfterTheDirectories() throws IOException {
            Path jar = tmp.resolve("lib-1.0.jar");
            try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
                for (String[] entry : new String[][]{
                        {"META-INF/resources/webjars/lib/1.0/lib.css", ".lib { background: url(lib.png); }\n"},
                        {"META-INF/resources/webjars/lib/1.0/lib.png", "png"},
                        {"META-INF/resources/css/print.css", "from the jar"},
                        {"META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n"},
                        {"org/example/Lib.class", "not a resource"}}) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(entry[0]));
                    zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }

            CollectReport report = Collector.collect(options(app).jar(jar).build());

            String png = hashOf("png");
            assertThat(read(out.resolve(manifest().hashedName("webjars/lib/1.0/lib.css"))))
                    .isEqualTo(".lib { background: url(lib." + png + ".png); }\n");
            assertThat(read(out.resolve("css/print.css"))).isEqualTo("body { color: black; }\n");
            assertThat(report.shadowed()).containsExactly(new CollectReport.Shadowed("css/print.css",
                    app.resolve("css/print.css").toString(), jar + "!/META-INF/resources/css/print.css"));
            assertThat(manifest().paths().keySet()).noneMatch(name -> name.contains("MANIFEST") || name.contains("Lib"));
        }

        @Test
        void aMissingSourceDirectoryIsNamed() {
            Path nowhere = tmp.resolve("nowhere");
            assertThatThrownBy(() -> Collector.collect(options(nowhere).build()))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The source directory " + nowhere + " does not exist. "
                            + "Create it or remove it from the sources.");
        }
    }

    @Nested
    class HashedNames {
        Path app;

        @BeforeEach
        void site() {
            app = Fixtures.copy("site/app", tmp.resolve("app"));
        }

        @Test
        void writesHashedCopiesBesideTheOriginals() {
            Collector.collect(options(app).build());
            String logo = hashOf(app.resolve("img/logo.png"));
            String map = hashOf(app.resolve("js/app.js.map"));

            assertThat(tree(out)).contains("img/logo.png", "img/logo." + logo + ".png",
                    "js/app.js.map", "js/app.js." + map + ".map");
            assertThat(out.resolve("img/logo." + logo + ".png")).hasSameBinaryContentAs(app.resolve("img/logo.png"));
            assertThat(out.resolve("img/logo.png")).hasSameBinaryContentAs(app.resolve("img/logo.png"));
        }

        @Test
        void originalsKeepTheirReferencesAsWritten() {
            Collector.collect(options(app).build());

            assertThat(out.resolve("css/site.css")).hasSameBinaryContentAs(app.resolve("css/site.css"));
        }

        @Test
        void noHashFilesAreWrittenUnderTheirOwnNamesOnly() {
            Collector.collect(options(app).noHash(List.of("robots.txt", "js/*.map")).build());

            assertThat(tree(out)).contains("robots.txt", "js/app.js.map")
                    .noneMatch(name -> name.startsWith("robots.") && !name.equals("robots.txt"))
                    .noneMatch(name -> name.startsWith("js/app.js.") && !name.equals("js/app.js.map"));
            assertThat(manifest().paths()).containsEntry("robots.txt", "robots.txt")
                    .containsEntry("js/app.js.map", "js/app.js.map");
            assertThat(manifest().files().keySet()).noneMatch(name -> name.startsWith("robots"));
            assertThat(read(out.resolve("js/app." + hashOf(app.resolve("js/app.js")) + ".js")))
                    .isEqualTo(read(app.resolve("js/app.js")));
        }

        @Test
        void aNameThatAlreadyCarriesAHashGetsItReplaced() {
            write(app.resolve("lib/chunk.0123456789ab.js"), "chunk();\n");

            Collector.collect(options(app).build());

            String hash = hashOf("chunk();\n");
            assertThat(manifest().hashedName("lib/chunk.0123456789ab.js")).isEqualTo("lib/chunk." + hash + ".js");
        }

        @Test
        void theManifestListsSizesAndIntegrity() throws IOException {
            Collector.collect(options(app).build());

            byte[] logo = Files.readAllBytes(app.resolve("img/logo.png"));
            String name = "img/logo." + Digest.of(logo).shortHex() + ".png";
            assertThat(manifest().hashedName("img/logo.png")).isEqualTo(name);
            assertThat(manifest().file(name))
                    .isEqualTo(new Manifest.FileEntry(logo.length, Digest.of(logo).integrity(), List.of()));
        }
    }

    @Nested
    class Rewriting {
        Path app;

        @BeforeEach
        void site() {
            app = Fixtures.copy("site/app", tmp.resolve("app"));
        }

        @Test
        void rewritesEveryFormOfReferenceAndLeavesTheRestAlone() {
            CollectReport report = Collector.collect(options(app).build());
            String logo = hashOf(app.resolve("img/logo.png"));
            String pic = hashOf(app.resolve("img/my image.png"));
            String icons = hashOf(app.resolve("fonts/icons.woff2"));
            String base = hashOf("html { background: url(./../img/logo." + logo + ".png); }\n");
            String print = hashOf(app.resolve("css/print.css"));

            String expected = "@import \"base." + base + ".css\";\n"
                    + "@import url(print." + print + ".css) print;\n"
                    + "\n"
                    + "/* url(commented-out.png) stays as it is */\n"
                    + "body { background: url(../img/logo." + logo + ".png) no-repeat; }\n"
                    + ".hero { background-image: url( '/static/img/logo." + logo + ".png' ); }\n"
                    + ".pic { background: URL(\"../img/my image." + pic + ".png\"); }\n"
                    + ".pic2 { background: url(../img/my%20image." + pic + ".png); }\n"
                    + "@font-face { font-family: icons; src: url(\"../fonts/icons." + icons
                    + ".woff2?v=3#iefix\") format(\"woff2\"), url(../fonts/icons." + icons + ".woff2?#iefix); }\n"
                    + ".inline { background: url(data:image/png;base64,iVBORw0KGgo=); }\n"
                    + ".remote { background: url(https://cdn.example.com/x.png); }\n"
                    + ".proto { background: url(//cdn.example.com/y.png); }\n"
                    + ".frag { filter: url(#blur); }\n"
                    + ".content::after { content: \"url(not-a-reference.png)\"; }\n";
            String site = manifest().hashedName("css/site.css");
            assertThat(site).isEqualTo("css/site." + hashOf(expected) + ".css");
            assertThat(read(out.resolve(site))).isEqualTo(expected);
            assertThat(report.missing()).isEmpty();
        }

        @Test
        void rewritesTheSourceMapCommentOfScripts() {
            Collector.collect(options(app).build());
            String map = hashOf(app.resolve("js/app.js.map"));

            String expected = "console.log(\"app\");\n//# sourceMappingURL=app.js." + map + ".map\n";
            assertThat(read(out.resolve(manifest().hashedName("js/app.js")))).isEqualTo(expected);
            assertThat(manifest().hashedName("js/app.js")).isEqualTo("js/app." + hashOf(expected) + ".js");
        }

        @Test
        void aChangedImageChangesTheHashOfEveryStyleSheetThatUsesItTransitively() {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            Collector.collect(options(chain).build());
            Manifest before = manifest();

            write(chain.resolve("img/bg.png"), "another image");
            Collector.collect(options(chain).build());

            assertThat(manifest().hashedName("css/theme.css")).isNotEqualTo(before.hashedName("css/theme.css"));
            assertThat(manifest().hashedName("css/page.css")).isNotEqualTo(before.hashedName("css/page.css"));
            assertThat(manifest().hashedName("css/other.css")).isEqualTo(before.hashedName("css/other.css"));
            assertThat(read(out.resolve(manifest().hashedName("css/page.css"))))
                    .isEqualTo("@import \"" + manifest().hashedName("css/theme.css").substring(4) + "\";\n"
                            + ".page { color: red; }\n");
        }

        @Test
        void aStyleSheetThatIsNotUtf8KeepsEveryOtherByteAsItWas() throws IOException {
            byte[] latin1 = "/* caf\u00e9 */ .a { background: url(../img/logo.png); }\n"
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            Files.write(app.resolve("css/latin1.css"), latin1);

            Collector.collect(options(app).build());

            byte[] expected = ("/* caf\u00e9 */ .a { background: url(../img/logo." + hashOf(app.resolve("img/logo.png"))
                    + ".png); }\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(Files.readAllBytes(out.resolve(manifest().hashedName("css/latin1.css")))).isEqualTo(expected);
        }

        @Test
        void countsTheReferencesItRewrote() {
            CollectReport report = Collector.collect(options(app).build());

            // site.css 8, base.css 1, app.js 1
            assertThat(report.rewritten()).isEqualTo(10);
        }
    }

    @Nested
    class MissingReferences {
        Path src;

        @BeforeEach
        void copyFixture() {
            src = Fixtures.copy("missing", tmp.resolve("missing"));
        }

        @Test
        void laxKeepsThemAsWrittenAndReportsFileLineAndReference() {
            CollectReport report = Collector.collect(options(src).build());

            assertThat(report.missing()).containsExactly(
                    new MissingReference("css/broken.css", 3, "../img/nope.png"),
                    new MissingReference("css/broken.css", 4, "/static/img/gone.png?v=1"),
                    new MissingReference("css/broken.css", 5, "broken.css.map"));
            String there = hashOf(src.resolve("img/there.png"));
            assertThat(read(out.resolve(manifest().hashedName("css/broken.css")))).isEqualTo(
                    ".a { background: url(../img/there." + there + ".png); }\n\n"
                            + ".b { background: url(../img/nope.png); }\n"
                            + ".c { background: url(\"/static/img/gone.png?v=1\"); }\n"
                            + "/*# sourceMappingURL=broken.css.map */\n");
            assertThat(report.summary()).contains("1 reference rewritten, 3 missing (kept)");
        }

        @Test
        void strictFailsListingEveryMissingReferenceAndWritesNothing() {
            assertThatThrownBy(() -> Collector.collect(options(src).strict(true).build()))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("""
                            3 references name files that do not exist under the static roots:
                              css/broken.css (line 3) references ../img/nope.png
                              css/broken.css (line 4) references /static/img/gone.png?v=1
                              css/broken.css (line 5) references broken.css.map
                            Fix the paths or add the files; list expected ones with --ignore-missing \
                            (ecstatic.ignoreMissing), or run without --strict to keep them unhashed.""");
            assertThat(out).doesNotExist();
            assertThat(manifestFile).doesNotExist();
        }

        @Test
        void strictFailsOnOneMissingReferenceInTheSingular() {
            assertThatThrownBy(() -> Collector.collect(options(src).strict(true)
                    .ignoreMissing(List.of("*.map", "img/gone.png")).build()))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("""
                            1 reference names a file that does not exist under the static roots:
                              css/broken.css (line 3) references ../img/nope.png
                            Fix the paths or add the files; list expected ones with --ignore-missing \
                            (ecstatic.ignoreMissing), or run without --strict to keep them unhashed.""");
        }

        @Test
        void ignoreMissingGlobsSilenceExpectedOnes() {
            CollectReport report = Collector.collect(options(src).strict(true)
                    .ignoreMissing(List.of("*.map", "img/nope.png", "img/gone.png")).build());

            assertThat(report.missing()).isEmpty();
        }
    }

    @Nested
    class Modules {
        Path src;
        String util;
        String lazy;
        String wasm;
        String shapes;

        @BeforeEach
        void modules() {
            src = Fixtures.copy("modules", tmp.resolve("modules"));
            util = hashOf(src.resolve("js/util.js"));
            lazy = hashOf(src.resolve("js/lazy.js"));
            wasm = hashOf(src.resolve("js/core.wasm"));
            shapes = hashOf("export const circle = 1\nexport * from \"../util." + util + ".js\"\n");
        }

        @Test
        void rewritesRelativeSpecifiersKeepingThemRelativeWithTheirQuotesAndQueries() {
            Collector.collect(options(src).build());

            assertThat(read(out.resolve(manifest().hashedName("js/app.js")))).isEqualTo("""
                    // app.js: import './no-comment.js' stays a comment
                    import { util } from './util.%s.js';
                    import {html} from 'lit'
                    import './helper'
                    export * from "./lib/shapes.%s.mjs?v=1";
                    const lazy = () => import(`./lazy.%s.js`);
                    const wasm = new URL('core.%s.wasm', import.meta.url);
                    const base = new URL('./', import.meta.url);
                    const pick = name => import(name);
                    """.formatted(util, shapes, lazy, wasm));
            assertThat(manifest().hashedName("js/lib/shapes.mjs")).isEqualTo("js/lib/shapes." + shapes + ".mjs");
            assertThat(read(out.resolve("js/util." + util + ".js"))).isEqualTo(read(src.resolve("js/util.js")));
        }

        @Test
        void listEachModulesStaticImportsByTheirHashedNamesInTheManifest() {
            Collector.collect(options(src).build());

            Manifest m = manifest();
            assertThat(m.file(m.hashedName("js/app.js")).imports())
                    .containsExactly("js/lib/shapes." + shapes + ".mjs", "js/util." + util + ".js");
            assertThat(m.file(m.hashedName("js/lib/shapes.mjs")).imports()).containsExactly("js/util." + util + ".js");
            assertThat(m.file(m.hashedName("js/util.js")).imports()).isEmpty();
            assertThat(m.file(m.hashedName("js/main.js")).imports()).containsExactly(m.hashedName("js/cycle/a.js"));
            assertThat(read(manifestFile)).contains("\"js/lib/shapes." + shapes + ".mjs\": "
                    + "{\"imports\": [\"js/util." + util + ".js\"], \"integrity\": ");
        }

        @Test
        void reportsSpecifiersWithoutExtensionBareSpecifiersAndComputedImportsWithFileAndLine() {
            CollectReport report = Collector.collect(options(src).build());

            assertThat(report.missing()).isEmpty();
            assertThat(report.modules()).containsExactly(
                    new ModuleNote("js/app.js", 3, ModuleNote.Kind.BARE_SPECIFIER, "lit", null),
                    new ModuleNote("js/app.js", 4, ModuleNote.Kind.NO_EXTENSION, "./helper", "./helper.js"),
                    new ModuleNote("js/app.js", 9, ModuleNote.Kind.DYNAMIC_IMPORT, "import(name)", null));
            assertThat(report.warnings()).containsExactly(
                    "reference cycle between js/cycle/a.js, js/cycle/b.js; hashed as one group",
                    "js/app.js (line 4) imports ./helper, which has no extension: a browser asks for exactly that URL "
                            + "(only a bundler tries extensions); write ./helper.js; kept as written",
                    "js/app.js (line 9): import(name) imports a name computed at run time, which is not rewritten: "
                            + "that module loads by its plain name, not its hashed one");
            assertThat(report.notes()).containsExactly(
                    "1 import names a bare module specifier, left as written for an import map to resolve: lit");
        }

        @Test
        void aRunThatFindsNothingChangedReportsTheSameAndWritesTheSameManifest() throws IOException {
            CollectReport first = Collector.collect(options(src).build());
            byte[] manifestBytes = Files.readAllBytes(manifestFile);
            CollectReport again = Collector.collect(options(src).build());

            assertThat(again.nothingWritten()).isTrue();
            assertThat(again.modules()).isEqualTo(first.modules());
            assertThat(again.warnings()).isEqualTo(first.warnings());
            assertThat(Files.readAllBytes(manifestFile)).isEqualTo(manifestBytes);
        }

        @Test
        void aStrictRunFailsOnASpecifierWithoutExtensionButNotOnBareOnes() {
            assertThatThrownBy(() -> Collector.collect(options(src).strict(true).build()))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("1 module specifier has no extension and names no file:\n"
                            + "  js/app.js (line 4) imports ./helper, which has no extension: a browser asks for exactly "
                            + "that URL (only a bundler tries extensions); write ./helper.js\n"
                            + "Fix the paths or add the files; list expected ones with --ignore-missing "
                            + "(ecstatic.ignoreMissing), or run without --strict to keep them unhashed.");
            Fixtures.write(src.resolve("js/app.js"), read(src.resolve("js/app.js")).replace("'./helper'", "'./helper.js'"));
            CollectReport strict = Collector.collect(options(src).strict(true).build());
            assertThat(strict.modules()).extracting(ModuleNote::kind)
                    .containsExactly(ModuleNote.Kind.BARE_SPECIFIER, ModuleNote.Kind.DYNAMIC_IMPORT);
        }

        @Test
        void hashesAModuleCycleAsOneGroupWhoseMembersImportEachOtherHashed() {
            Collector.collect(options(src).build());

            String withPlaceholderA = "import { b } from './b.000000000000.js';\nexport const a = () => b;\n";
            String withPlaceholderB = "import { a } from './a.000000000000.js';\nexport const b = () => a;\n";
            String group = Digest.of(("js/cycle/a.js\n" + withPlaceholderA.length() + "\n" + withPlaceholderA
                    + "js/cycle/b.js\n" + withPlaceholderB.length() + "\n" + withPlaceholderB)
                    .getBytes(StandardCharsets.UTF_8)).hex();
            String a = hashOf(group + "\njs/cycle/a.js");
            String b = hashOf(group + "\njs/cycle/b.js");
            assertThat(read(out.resolve("js/cycle/a." + a + ".js")))
                    .isEqualTo("import { b } from './b." + b + ".js';\nexport const a = () => b;\n");
            assertThat(read(out.resolve("js/cycle/b." + b + ".js")))
                    .isEqualTo("import { a } from './a." + a + ".js';\nexport const b = () => a;\n");
            assertThat(read(out.resolve(manifest().hashedName("js/main.js"))))
                    .isEqualTo("import { a } from './cycle/a." + a + ".js';\na();\n");
            assertThat(manifest().file("js/cycle/a." + a + ".js").imports()).containsExactly("js/cycle/b." + b + ".js");
        }

        @Test
        void rewritesRootRelativeSpecifiersUnderThePrefixAndLeavesNoHashModulesPlain() {
            Fixtures.write(src.resolve("js/root.js"), "import '/static/js/util.js';\nimport '/elsewhere/x.js';\n"
                    + "import './sw.js';\n");
            Fixtures.write(src.resolve("js/sw.js"), "self.x = 1;\n");
            CollectReport report = Collector.collect(options(src).noHash(List.of("js/sw.js")).build());

            assertThat(read(out.resolve(manifest().hashedName("js/root.js")))).isEqualTo("import '/static/js/util."
                    + util + ".js';\nimport '/elsewhere/x.js';\nimport './sw.js';\n");
            assertThat(manifest().file(manifest().hashedName("js/root.js")).imports()).containsExactly("js/util." + util + ".js");
            assertThat(report.missing()).isEmpty();
        }

        @Test
        void reportsAModuleThatLeavesAStringOpenWithFileAndLine() {
            Fixtures.write(src.resolve("js/broken.js"), "import './util.js';\nconst s = 'open\nimport './lazy.js';\n");
            CollectReport report = Collector.collect(options(src).build());

            assertThat(report.warnings()).contains("js/broken.js (line 2): a string is left open, so this may not be "
                    + "JavaScript; module specifiers after it may have been missed");
            assertThat(read(out.resolve(manifest().hashedName("js/broken.js")))).isEqualTo("import './util." + util
                    + ".js';\nconst s = 'open\nimport './lazy." + lazy + ".js';\n");
        }

        @Test
        void leavesModulesAsWrittenWhenToldTo() {
            CollectReport report = Collector.collect(options(src).modules(false).build());

            assertThat(read(out.resolve(manifest().hashedName("js/app.js")))).isEqualTo(read(src.resolve("js/app.js")));
            assertThat(report.modules()).isEmpty();
            assertThat(report.cycles()).isEmpty();
            assertThat(manifest().file(manifest().hashedName("js/app.js")).imports()).isEmpty();
        }
    }

    @Nested
    class Cycles {
        /** The hash of the group of {@code texts} (path, then text with placeholders), as docs/collector.md says. */
        String group(String... pathsAndTexts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                String text = pathsAndTexts[i + 1];
                all.append(pathsAndTexts[i]).append('\n')
                        .append(text.getBytes(StandardCharsets.UTF_8).length).append('\n').append(text);
            }
            return Digest.of(all.toString().getBytes(StandardCharsets.UTF_8)).hex();
        }

        @Test
        void areReportedAndHashedAsOneGroupWhoseMembersNameEachOtherHashed() {
            Path src = Fixtures.copy("cycle", tmp.resolve("cycle"));
            CollectReport report = Collector.collect(options(src).build());

            assertThat(report.cycles()).containsExactly(List.of("a.css", "b.css"));
            String dot = hashOf(src.resolve("img/dot.png"));
            String group = group("a.css", "@import \"b.000000000000.css\";\n.a { background: url(img/dot." + dot + ".png); }\n",
                    "b.css", "@import \"a.000000000000.css\";\n");
            String a = hashOf(group + "\na.css");
            String b = hashOf(group + "\nb.css");
            assertThat(manifest().hashedName("a.css")).isEqualTo("a." + a + ".css");
            assertThat(manifest().hashedName("b.css")).isEqualTo("b." + b + ".css");
            assertThat(read(out.resolve("a." + a + ".css")))
                    .isEqualTo("@import \"b." + b + ".css\";\n.a { background: url(img/dot." + dot + ".png); }\n");
            assertThat(read(out.resolve("b." + b + ".css"))).isEqualTo("@import \"a." + a + ".css\";\n");
            assertThat(read(out.resolve(manifest().hashedName("c.css")))).isEqualTo("@import \"a." + a + ".css\";\n");
            assertThat(manifest().file("a." + a + ".css").integrity())
                    .isEqualTo(Digest.of(read(out.resolve("a." + a + ".css"))
                            .getBytes(StandardCharsets.UTF_8)).integrity());
        }

        @Test
        void getTheSameHashesInAnotherRunAndNewOnesWhenAMemberChanges() throws IOException {
            Path src = Fixtures.copy("cycle", tmp.resolve("cycle"));
            Collector.collect(options(src).build());
            Manifest first = manifest();
            Path elsewhere = tmp.resolve("elsewhere");
            Collector.collect(CollectOptions.builder(elsewhere.resolve("out"), elsewhere.resolve("manifest.json"))
                    .state(elsewhere.resolve("state")).source(src).build());
            assertThat(Manifest.read(elsewhere.resolve("manifest.json")).paths()).isEqualTo(first.paths());

            Files.writeString(src.resolve("b.css"), "@import \"a.css\";\n.b { color: red }\n");
            Collector.collect(options(src).build());
            assertThat(manifest().hashedName("a.css")).isNotEqualTo(first.hashedName("a.css"));
            assertThat(manifest().hashedName("b.css")).isNotEqualTo(first.hashedName("b.css"));
            assertThat(read(out.resolve(manifest().hashedName("a.css")))).startsWith("@import \"" + manifest().hashedName("b.css"));
        }

        @Test
        void areStillReportedByARunThatFindsNothingChanged() {
            Path src = Fixtures.copy("cycle", tmp.resolve("cycle"));
            Collector.collect(options(src).build());
            CollectReport again = Collector.collect(options(src).build());

            assertThat(again.nothingWritten()).isTrue();
            assertThat(again.cycles()).containsExactly(List.of("a.css", "b.css"));
            assertThat(again.warnings()).containsExactly("reference cycle between a.css, b.css; hashed as one group");
        }
    }

    @Nested
    class Incremental {
        Path chain;

        @BeforeEach
        void copyFixture() {
            chain = Fixtures.copy("chain", tmp.resolve("chain"));
        }

        @Test
        void aDamagedStateFileMakesTheNextRunAFullOneWithTheSameResult() throws IOException {
            Collector.collect(options(chain).build());
            byte[] manifest = Files.readAllBytes(manifestFile);
            Path state = options(chain).build().state();
            byte[] good = Files.readAllBytes(state);
            java.util.Random random = new java.util.Random(11);
            for (int round = 0; round < 40; round++) {
                byte[] damaged = round % 2 == 0
                        ? java.util.Arrays.copyOf(good, random.nextInt(good.length)) // cut short
                        : good.clone();
                if (round % 2 == 1) {
                    for (int flips = 0; flips < 4; flips++) {
                        damaged[8 + random.nextInt(damaged.length - 8)] ^= (byte) (1 + random.nextInt(255));
                    }
                }
                Files.write(state, damaged);
                Files.setLastModifiedTime(chain.resolve("img/bg.png"), FileTime.fromMillis(1_000_000L * (round + 1)));

                CollectReport report = Collector.collect(options(chain).build());

                assertThat(report.summary()).as("round " + round).contains(" 0 missing (kept)");
                assertThat(Files.readAllBytes(manifestFile)).as("round " + round).isEqualTo(manifest);
            }
        }

        @Test
        void aFileThatBecomesADirectoryOfTheSameNameAndBackIsCollectedWithoutCleaningTheOutput() throws IOException {
            Path src = Files.createDirectories(tmp.resolve("src/css"));
            Files.writeString(src.resolve("site"), "a{}");
            Collector.collect(options(src.getParent()).build());

            Files.delete(src.resolve("site"));
            Files.writeString(Files.createDirectories(src.resolve("site")).resolve("inner.css"), "c{}");
            Collector.collect(options(src.getParent()).build());
            assertThat(out.resolve("css/site/inner.css")).hasContent("c{}");
            assertThat(out.resolve("css/site/inner." + hashOf("c{}") + ".css")).hasContent("c{}");
            assertThat(out.resolve("css/site." + hashOf("a{}"))).hasContent("a{}"); // the older version is kept
            assertThat(manifest().paths()).containsExactly(Map.entry("css/site/inner.css", "css/site/inner." + hashOf("c{}") + ".css"));

            deleteTree(src.resolve("site"));
            Files.writeString(src.resolve("site"), "d{}");
            Collector.collect(options(src.getParent()).build());
            assertThat(out.resolve("css/site")).hasContent("d{}");
            assertThat(manifest().paths()).containsExactly(Map.entry("css/site", "css/site." + hashOf("d{}")));
            assertThat(tree(out)).containsExactlyInAnyOrder("css/site", "css/site." + hashOf("d{}"), "css/site." + hashOf("a{}"));
        }

        @Test
        void whatTheCollectorDidNotWriteIsNeverDeletedToMakeRoomAndTheMessageSaysWhatToDo() throws IOException {
            Path src = Files.createDirectories(tmp.resolve("src/css/site"));
            Files.writeString(src.resolve("inner.css"), "c{}");
            Files.writeString(src.resolveSibling("x.css"), "x{}");
            Collector.collect(options(src.getParent().getParent()).build());
            Path notes = Files.writeString(out.resolve("css/site/notes.txt"), "mine");
            deleteTree(src);
            Files.writeString(src, "d{}");

            assertThatThrownBy(() -> Collector.collect(options(src.getParent().getParent()).build()))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("Could not write " + out.resolve("css/site") + ": a directory of that name holds "
                            + notes + ", which the collector did not write. Move it out of the output directory, or "
                            + "collect into an empty one. The manifest was left as it was.");
            assertThat(notes).hasContent("mine");

            Files.delete(notes);
            Files.writeString(out.resolve("img"), "mine too");
            Files.writeString(Files.createDirectories(src.resolveSibling("../img")).resolve("logo.svg"), "<svg/>");
            assertThatThrownBy(() -> Collector.collect(options(src.getParent().getParent()).build()))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessageStartingWith("Could not write into " + out.resolve("img") + ": " + out.resolve("img")
                            + " is a file, where a directory must be. The collector did not write it; move it out of "
                            + "the output directory, or collect into an empty one.");
            assertThat(out.resolve("img")).hasContent("mine too");
        }

        void deleteTree(Path dir) throws IOException {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }

        @Test
        void aSecondRunOverUnchangedSourcesWritesNothingAndSaysSo() throws IOException {
            Collector.collect(options(chain).build());
            FileTime manifestTime = Files.getLastModifiedTime(manifestFile);
            List<String> before = tree(out);

            CollectReport again = Collector.collect(options(chain).build());

            assertThat(again.written()).isEmpty();
            assertThat(again.nothingWritten()).isTrue();
            assertThat(again.summary()).startsWith("collected 6 files (")
                    .contains(": 0 hashed, 0 references rewritten, 0 missing (kept), 6 unchanged, in ");
            assertThat(tree(out)).isEqualTo(before);
            assertThat(Files.getLastModifiedTime(manifestFile)).isEqualTo(manifestTime);
        }

        @Test
        void oneChangedImageRewritesExactlyThatImageAndItsReferrers() {
            Collector.collect(options(chain).build());

            write(chain.resolve("img/bg.png"), "another image");
            CollectReport report = Collector.collect(options(chain).build());

            assertThat(report.written()).containsExactly("css/page.css", "css/theme.css", "img/bg.png");
            assertThat(report.unchanged()).isEqualTo(3);
            assertThat(report.hashed()).isEqualTo(3);
            assertThat(report.rewritten()).isEqualTo(2);
        }

        @Test
        void aTouchedButUnchangedFileIsNotWritten() throws IOException {
            Collector.collect(options(chain).build());

            Files.setLastModifiedTime(chain.resolve("img/bg.png"), FileTime.fromMillis(1_000_000_000_000L));
            CollectReport report = Collector.collect(options(chain).build());

            assertThat(report.written()).isEmpty();
        }

        @Test
        void compareHashNoticesAChangeThatKeepsSizeAndModificationTime() throws IOException {
            Collector.collect(options(chain).compare(CollectOptions.Compare.HASH).build());
            Path plain = chain.resolve("js/plain.js");
            FileTime time = Files.getLastModifiedTime(plain);
            String text = read(plain);

            write(plain, text.replace("true", "TRUE"));
            Files.setLastModifiedTime(plain, time);
            CollectReport byMtime = Collector.collect(options(chain).build());
            CollectReport byHash = Collector.collect(options(chain).compare(CollectOptions.Compare.HASH).build());

            assertThat(byMtime.written()).isEmpty();
            assertThat(byHash.written()).containsExactly("js/plain.js");
        }

        @Test
        void aRemovedSourceDropsOutOfPathsAndItsHashedFileIsKept() throws IOException {
            Collector.collect(options(chain).build());
            String other = manifest().hashedName("css/other.css");

            Files.delete(chain.resolve("css/other.css"));
            CollectReport report = Collector.collect(options(chain).build());

            assertThat(report.removed()).containsExactly("css/other.css");
            assertThat(manifest().paths()).doesNotContainKey("css/other.css");
            assertThat(manifest().files()).containsKey(other);
            assertThat(out.resolve(other)).exists();
            assertThat(out.resolve("css/other.css")).doesNotExist();
        }

        @Test
        void aNewFileResolvesAReferenceThatWasMissing() {
            write(chain.resolve("css/later.css"), ".l { background: url(../img/later.png); }\n");
            CollectReport first = Collector.collect(options(chain).build());
            assertThat(first.missing()).containsExactly(new MissingReference("css/later.css", 1, "../img/later.png"));

            write(chain.resolve("img/later.png"), "later");
            CollectReport second = Collector.collect(options(chain).build());

            assertThat(second.missing()).isEmpty();
            assertThat(second.written()).containsExactly("css/later.css", "img/later.png");
        }

        @Test
        void olderHashedVersionsStayInTheOutputAndTheManifest() {
            Collector.collect(options(chain).build());
            String first = manifest().hashedName("img/bg.png");

            write(chain.resolve("img/bg.png"), "second image");
            Collector.collect(options(chain).build());

            String second = manifest().hashedName("img/bg.png");
            assertThat(second).isNotEqualTo(first);
            assertThat(manifest().files()).containsKeys(first, second);
            assertThat(out.resolve(first)).exists();
            assertThat(out.resolve(second)).exists();
        }

        @Test
        void changedOptionsMakeAFullRunThatStillKeepsOlderVersions() {
            Collector.collect(options(chain).build());
            String first = manifest().hashedName("img/bg.png");
            write(chain.resolve("img/bg.png"), "second image");

            CollectReport report = Collector.collect(options(chain).noHash(List.of("*.js")).build());

            assertThat(report.written()).hasSize(6);
            assertThat(manifest().files()).containsKey(first);
            assertThat(manifest().paths()).containsEntry("js/plain.js", "js/plain.js");
        }
    }

    @Nested
    class Precompression {
        @Test
        void writesGzipAndBrotliFormsOfCompressibleFilesAndListsThem() throws IOException {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            Collector.collect(options(chain).precompress(true).build());

            String plain = manifest().hashedName("js/plain.js");
            assertThat(manifest().file(plain).encodings()).containsExactly("br", "gzip");
            byte[] original = Files.readAllBytes(out.resolve(plain));
            try (var gz = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(out.resolve(plain + ".gz"))))) {
                assertThat(gz.readAllBytes()).isEqualTo(original);
            }
            assertThat(decodeBrotli(Files.readAllBytes(out.resolve(plain + ".br")))).isEqualTo(original);
        }

        @Test
        void skipsImagesAndFormsThatSaveLessThanFivePercent() {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            write(chain.resolve("css/tiny.css"), "a{b:c}\n");
            Collector.collect(options(chain).precompress(true).build());

            String bg = manifest().hashedName("img/bg.png");
            String other = manifest().hashedName("css/tiny.css");
            assertThat(manifest().file(bg).encodings()).isEmpty();
            assertThat(manifest().file(other).encodings()).isEmpty();
            assertThat(out.resolve(bg + ".gz")).doesNotExist();
            assertThat(out.resolve(other + ".gz")).doesNotExist();
        }

        byte[] decodeBrotli(byte[] compressed) throws IOException {
            Precompressor.ensureBrotli();
            return com.aayushatharva.brotli4j.decoder.Decoder.decompress(compressed).getDecompressedData();
        }
    }

    @Nested
    class Runs {
        @Test
        void progressIsToldForEveryFileReadAndEveryFileWrittenAfterRewriting() {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            List<String> updates = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            new Collector(options(chain).build(), (phase, done, total) -> updates.add(phase + " " + done + "/" + total))
                    .collect();

            // the three files without references are written as they are read; the three style
            // sheets after their references are hashed
            assertThat(updates).hasSize(9).contains("reading 6/6", "writing 3/3")
                    .filteredOn(u -> u.startsWith("reading")).hasSize(6);
        }

        @Test
        void aCollectorRunsOnce() {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            Collector collector = new Collector(options(chain).build());
            collector.collect();

            assertThatThrownBy(collector::collect).isInstanceOf(IllegalStateException.class)
                    .hasMessage("a Collector runs once; make a new one for another run");
        }
    }

    @Nested
    class Manifests {
        @Test
        void aFailureWhileWritingLeavesThePreviousManifestIntact() throws IOException {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            Collector.collect(options(chain).build());
            byte[] before = Files.readAllBytes(manifestFile);

            write(chain.resolve("fonts/new.css"), "new {}\n");
            write(out.resolve("fonts"), "a file where the collector needs a directory");
            assertThatThrownBy(() -> Collector.collect(options(chain).build()))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("Could not write into " + out.resolve("fonts") + ": " + out.resolve("fonts") + " is a file, "
                            + "where a directory must be. The collector did not write it; move it out of the output "
                            + "directory, or collect into an empty one. The manifest was left as it was.");
            assertThat(Files.readAllBytes(manifestFile)).isEqualTo(before);
        }

        @Test
        void identicalSourcesGiveIdenticalManifestBytesInAnyDirectory() throws IOException {
            Path one = Fixtures.copy("site/app", tmp.resolve("one/src"));
            Path two = Fixtures.copy("site/app", tmp.resolve("two/elsewhere/src"));
            Collector.collect(CollectOptions.builder(tmp.resolve("one/out"), tmp.resolve("one/m.json"))
                    .source(one).build());
            Collector.collect(CollectOptions.builder(tmp.resolve("two/x/out"), tmp.resolve("two/x/manifest.json"))
                    .source(two).build());

            assertThat(Files.readAllBytes(tmp.resolve("two/x/manifest.json")))
                    .isEqualTo(Files.readAllBytes(tmp.resolve("one/m.json")));
        }
    }

    @Nested
    class OutsideTheOutput {
        @Test
        void aCraftedJarEntryWritesAndDeletesNothingAnywhere() throws IOException {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            Path victim = Files.writeString(Files.createDirectories(tmp.resolve("srv/app")).resolve("pwned.txt"), "mine");
            Path jar = SourcesTest.jar(tmp.resolve("evil.jar"), java.util.Map.of(
                    "META-INF/resources//" + victim.toString().substring(1), "pwned",
                    "META-INF/resources/webjars/x/../../../WEB-INF/web.xml", "<web-app/>"));

            assertThatThrownBy(() -> Collector.collect(options(chain).jar(jar).excludes(List.of("*.png")).build()))
                    .isInstanceOf(EcstaticException.class).hasMessageStartingWith("The jar " + jar + " holds the entry");
            assertThat(victim).hasContent("mine");
            assertThat(tmp.resolve("srv/app")).isDirectoryContaining(p -> true);
            try (var listing = Files.list(tmp.resolve("srv/app"))) {
                assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("pwned.txt");
            }
            assertThat(out).doesNotExist();
            assertThat(manifestFile).doesNotExist();
        }

        @Test
        void aStateThatNamesAFileOutsideTheOutputIsNotTrustedAndNothingIsDeleted() throws IOException {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            CollectOptions options = options(chain).build();
            Collector.collect(options);
            byte[] manifest = Files.readAllBytes(manifestFile);
            Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep me");
            // a state as a CI cache could hand back: a removed source whose name climbs out of the output
            CollectState state = CollectState.read(options.state());
            java.util.Map<String, CollectState.Entry> files = new java.util.HashMap<>(state.files());
            CollectState.Entry any = files.values().iterator().next();
            files.put("../victim.txt", new CollectState.Entry(1, 1, any.sourceSha(), List.of(), List.of(), List.of(),
                    null, any.integrity(), 1, List.of(), List.of(new CollectState.Written(1, 1))));
            new CollectState(state.settings(), files, state.history(), state.cycles()).write(options.state());

            CollectReport report = Collector.collect(options);

            assertThat(victim).hasContent("keep me");
            assertThat(report.removed()).isEmpty();
            assertThat(report.summary()).contains("6 hashed"); // the state was not trusted: a full run
            assertThat(Files.readAllBytes(manifestFile)).isEqualTo(manifest);
        }

        @Test
        void aStateWhoseStoredReferencesAreNotWhatTheCollectorWritesMakesTheRunAFullOne() throws IOException {
            CollectOptions options = options(Fixtures.copy("chain", tmp.resolve("chain"))).build();
            Collector.collect(options);
            byte[] manifest = Files.readAllBytes(manifestFile);
            // the hash that page.css's reference to theme.css was rewritten with (page.css comes first in the
            // state, before theme.css's own entry), spoilt under a matching checksum
            byte[] bytes = Files.readAllBytes(options.state());
            String theme = org.ecstatic.runtime.manifest.Manifest.read(manifestFile).paths().get("css/theme.css")
                    .replaceAll(".*theme\\.([0-9a-f]{12})\\.css", "$1");
            int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(theme);
            assertThat(at).isPositive();
            System.arraycopy("zzzzzzzzzzzz".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, at, 12);
            Fixtures.writeWithChecksum(options.state(), bytes);
            Files.setLastModifiedTime(tmp.resolve("chain/img/bg.png"), FileTime.fromMillis(1_000_000L));

            CollectReport report = Collector.collect(options);

            assertThat(report.summary()).contains(" 0 unchanged"); // the state was not trusted: a full run
            assertThat(Files.readAllBytes(manifestFile)).isEqualTo(manifest);
        }

        @Test
        void refusesAnOutputInsideASource() throws IOException {
            Path w = Fixtures.copy("chain", tmp.resolve("w"));
            CollectOptions inside = CollectOptions.builder(w.resolve("static"), manifestFile).source(w).build();
            assertThatThrownBy(() -> Collector.collect(inside))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The output directory " + w.resolve("static") + " is inside the source directory " + w
                            + ": every run would collect the output of the last one again. Write the output outside "
                            + "the sources (for a WAR, the exploded WAR under target/).");
            assertThat(w.resolve("static")).doesNotExist();
            CollectOptions same = CollectOptions.builder(w, manifestFile).source(w).build();
            assertThatThrownBy(() -> Collector.collect(same)).hasMessageStartingWith("The output directory " + w
                    + " is the source directory " + w + ": ");
        }
    }

    @Nested
    class Repair {
        @Test
        void anOriginalAndItsHashedCopyNeverShareAnInode() throws IOException {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            Collector.collect(options(chain).build());
            String plain = manifest().hashedName("js/plain.js");
            assertThat(Files.getAttribute(out.resolve("js/plain.js"), "unix:nlink")).isEqualTo(1);
            assertThat(Files.getAttribute(out.resolve(plain), "unix:nlink")).isEqualTo(1);

            // a later build step (resource filtering) rewrites the original in place
            byte[] hashedBefore = Files.readAllBytes(out.resolve(plain));
            try (var channel = java.nio.channels.FileChannel.open(out.resolve("js/plain.js"),
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap("FILTERED".getBytes(StandardCharsets.UTF_8)), 0);
            }
            assertThat(out.resolve(plain)).hasBinaryContent(hashedBefore);
        }

        @Test
        void aRunWritesAgainWhatWasChangedOrDeletedBehindItsBack() throws IOException {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            Collector.collect(options(chain).precompress(true).build());
            String plain = manifest().hashedName("js/plain.js");
            String theme = manifest().hashedName("css/theme.css");
            byte[] plainBytes = Files.readAllBytes(out.resolve(plain));
            byte[] themeBytes = Files.readAllBytes(out.resolve(theme));
            byte[] brBytes = Files.readAllBytes(out.resolve(plain + ".br"));
            byte[] altered = plainBytes.clone();
            altered[0] ^= 1; // same size, new time
            Files.write(out.resolve(plain), altered);
            Files.delete(out.resolve(plain + ".br"));
            Files.writeString(out.resolve(theme), "tampered");
            Files.delete(out.resolve("css/page.css"));
            assertThat(OutputCheck.of(out, manifestFile).differences()).hasSize(4); // verify does not look at originals

            CollectReport report = Collector.collect(options(chain).precompress(true).build());

            assertThat(OutputCheck.of(out, manifestFile).differences()).isEmpty();
            assertThat(out.resolve(plain)).hasBinaryContent(plainBytes);
            assertThat(out.resolve(plain + ".br")).hasBinaryContent(brBytes);
            assertThat(out.resolve(theme)).hasBinaryContent(themeBytes);
            assertThat(out.resolve("css/page.css")).exists();
            assertThat(report.written()).containsExactly("css/page.css", "css/theme.css", "js/plain.js");

            CollectReport again = Collector.collect(options(chain).precompress(true).build());
            assertThat(again.written()).isEmpty();
        }

        @Test
        void repairsWithCompareByHashToo() throws IOException {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            CollectOptions byHash = options(chain).compare(CollectOptions.Compare.HASH).build();
            Collector.collect(byHash);
            String bg = manifest().hashedName("img/bg.png");
            Files.delete(out.resolve(bg));

            Collector.collect(byHash);

            assertThat(OutputCheck.of(out, manifestFile).differences()).isEmpty();
        }
    }

    @Nested
    class OddInputs {
        @Test
        void aReferenceToAFileNameEndingInASlashIsReportedNotACrash() throws IOException {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            write(chain.resolve("css/odd.css"), ".x { background: url(../img/bg.png/); }\n");

            CollectReport report = Collector.collect(options(chain).build());

            assertThat(report.missing()).containsExactly(new MissingReference("css/odd.css", 1, "../img/bg.png/"));
            assertThat(read(out.resolve(manifest().hashedName("css/odd.css"))))
                    .isEqualTo(".x { background: url(../img/bg.png/); }\n");
            assertThatThrownBy(() -> Collector.collect(options(chain).strict(true).build()))
                    .hasMessageContaining("css/odd.css (line 1) references ../img/bg.png/");
        }

        @Test
        void aCssEscapeInTheFileNameIsDecodedAndTheHashedReferenceStillWorks() throws IOException {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            write(chain.resolve("css/escaped.css"), ".x { background: url(\"../img/bg\\2e png\"); }\n");

            Collector.collect(options(chain).build());

            String bg = manifest().hashedName("img/bg.png");
            assertThat(read(out.resolve(manifest().hashedName("css/escaped.css"))))
                    .isEqualTo(".x { background: url(\"../" + bg + "\"); }\n");
        }

        @Test
        void aStringContinuedByABackslashBeforeCrLfKeepsItsLineBreakEscapedWhenRewritten() {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            write(chain.resolve("css/continued.css"), "@import \"th\\\r\neme.css\";\r\n");

            Collector.collect(options(chain).build());

            String theme = manifest().hashedName("css/theme.css");
            assertThat(read(out.resolve(manifest().hashedName("css/continued.css"))))
                    .isEqualTo("@import \"th\\\r\n" + theme.substring("css/th".length()) + "\";\r\n");
        }

        @Test
        void aSourceEditedWithItsTimePutBackIsCollectedRightOnceItsBytesAreRead() throws IOException {
            Path chain = Fixtures.copy("chain", tmp.resolve("chain"));
            Collector.collect(options(chain).build());
            Path theme = chain.resolve("css/theme.css");
            FileTime time = Files.getLastModifiedTime(theme);
            // the same size, another reference earlier in the text, and the time put back (touch -r)
            String edited = ".t{background:url(../img/bg.png)}\n";
            edited = "/*" + "x".repeat((int) Files.size(theme) - edited.length() - 4) + "*/" + edited;
            write(theme, edited);
            assertThat(Files.size(theme)).isEqualTo(Fixtures.read(Fixtures.ROOT.resolve("chain/css/theme.css")).length());
            Files.setLastModifiedTime(theme, time);
            write(chain.resolve("img/bg.png"), "a new image");

            Collector.collect(options(chain).build());
            Collector.collect(options(chain).build());

            Path fresh = tmp.resolve("fresh");
            Collector.collect(CollectOptions.builder(fresh.resolve("out"), fresh.resolve("manifest.json"))
                    .state(fresh.resolve("state")).source(chain).precompress(false).build());
            assertThat(Manifest.read(manifestFile).paths()).isEqualTo(Manifest.read(fresh.resolve("manifest.json")).paths());
        }
    }

    /** Files written as they are (no references to rewrite, no compressed forms) are copied by the library where it is in use. */
    @Nested
    class CopyingAsItIs {
        Map<String, String> tree(Path dir) {
            Map<String, String> files = new java.util.TreeMap<>();
            try (var walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(f -> {
                    try {
                        files.put(dir.relativize(f).toString(), Digest.of(Files.readAllBytes(f)).hex()
                                + " " + java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return files;
        }

        @Test
        void writesTheSameOutputManifestAndStampsAsTheJdk() throws IOException {
            org.assertj.core.api.Assumptions.assumeThat(NativeFiles.inUse() && Sha256.isNative())
                    .as("the library is in use: " + NativeLibrary.problem()).isTrue();
            Path app = Fixtures.copy("site/app", tmp.resolve("app"));
            Path vendor = Fixtures.copy("site/vendor", tmp.resolve("vendor"));
            Path jdkOut = tmp.resolve("jdk");
            NativeFiles.jdkOnly(true);
            try {
                Collector.collect(CollectOptions.builder(jdkOut, tmp.resolve("jdk.json")).state(tmp.resolve("jdk.state"))
                        .precompress(false).source(app).source(vendor).build());
            } finally {
                NativeFiles.jdkOnly(false);
            }
            CollectReport report = Collector.collect(options(app, vendor).state(tmp.resolve("state")).build());

            assertThat(tree(out)).isEqualTo(tree(jdkOut)).containsKey("img/logo.png")
                    .containsKey("img/logo." + hashOf(app.resolve("img/logo.png")) + ".png");
            assertThat(Files.readAllBytes(manifestFile)).isEqualTo(Files.readAllBytes(tmp.resolve("jdk.json")));
            assertThat(report.written()).contains("img/logo.png", "fonts/icons.woff2", "robots.txt");
            // the stamps it recorded are the files' own: a run after it finds every output as it left it
            CollectReport again = Collector.collect(options(app, vendor).state(tmp.resolve("state")).build());
            assertThat(again.written()).isEmpty();
            assertThat(again.unchanged()).isEqualTo(report.files());
        }
    }
}
