package org.ecstatic.tools;

import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.tools.rewrite.Reference;
import org.ecstatic.tools.rewrite.Rewriter;
import org.ecstatic.tools.rewrite.Rewriters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bootstrap 5.3.3 ({@code dist/css}, {@code dist/js} subset) and Font Awesome Free 6.7.2 ({@code css},
 * {@code webfonts}) as published on the npm registry, under {@code collect/thirdparty}.
 */
class ThirdPartyCollectTest {
    @TempDir
    static Path tmp;
    static Path out;
    static Manifest manifest;
    static CollectReport report;

    @BeforeAll
    static void collect() {
        out = tmp.resolve("out");
        report = Collector.collect(CollectOptions.builder(out, tmp.resolve("manifest.json"))
                .source(Fixtures.ROOT.resolve("thirdparty")).build());
        manifest = Manifest.read(tmp.resolve("manifest.json"));
    }

    @Test
    void everyReferenceIsFoundAndNoneIsMissing() {
        assertThat(report.missing()).isEmpty();
        assertThat(report.cycles()).isEmpty();
        assertThat(report.files()).isEqualTo(27);
        assertThat(report.hashed()).isEqualTo(27);
    }

    @Test
    void everyRewrittenReferenceNamesAHashedFileThatExistsInTheOutput() {
        Map<String, List<String>> targets = new TreeMap<>();
        manifest.paths().forEach((logical, hashed) -> {
            Rewriter rewriter = Rewriters.forFileName(logical);
            if (rewriter != null) {
                List<String> named = new ArrayList<>();
                for (Reference r : rewriter.references(Fixtures.read(out.resolve(hashed)))) {
                    String target = LogicalPaths.resolve(hashed, r.target(), "/static/");
                    assertThat(out.resolve(target)).as("%s line %d: %s", hashed, r.line(), r.target()).isRegularFile();
                    assertThat(HashedName.parse(target)).as("%s line %d: %s", hashed, r.line(), r.target()).isPresent();
                    assertThat(manifest.files()).containsKey(target);
                    named.add(target);
                }
                targets.put(logical, named);
            }
        });

        assertThat(report.rewritten()).isEqualTo(targets.values().stream().mapToInt(List::size).sum());
        assertThat(targets.get("bootstrap/css/bootstrap.min.css"))
                .containsExactly(manifest.hashedName("bootstrap/css/bootstrap.min.css.map"));
        assertThat(targets.get("bootstrap/js/bootstrap.bundle.min.js"))
                .containsExactly(manifest.hashedName("bootstrap/js/bootstrap.bundle.min.js.map"));
        assertThat(targets.get("fontawesome/css/all.min.css")).hasSize(20).containsOnly(
                manifest.hashedName("fontawesome/webfonts/fa-brands-400.woff2"),
                manifest.hashedName("fontawesome/webfonts/fa-brands-400.ttf"),
                manifest.hashedName("fontawesome/webfonts/fa-regular-400.woff2"),
                manifest.hashedName("fontawesome/webfonts/fa-regular-400.ttf"),
                manifest.hashedName("fontawesome/webfonts/fa-solid-900.woff2"),
                manifest.hashedName("fontawesome/webfonts/fa-solid-900.ttf"),
                manifest.hashedName("fontawesome/webfonts/fa-v4compatibility.woff2"),
                manifest.hashedName("fontawesome/webfonts/fa-v4compatibility.ttf"));
    }

    @Test
    void styleSheetsAndFontsOtherThanWoff2AreCompressedInBothForms() {
        assertThat(manifest.file(manifest.hashedName("bootstrap/css/bootstrap.min.css")).encodings())
                .containsExactly("br", "gzip");
        assertThat(manifest.file(manifest.hashedName("fontawesome/webfonts/fa-solid-900.ttf")).encodings())
                .containsExactly("br", "gzip");
        assertThat(manifest.file(manifest.hashedName("fontawesome/webfonts/fa-solid-900.woff2")).encodings())
                .isEmpty();
        assertThat(Files.isRegularFile(out.resolve(manifest.hashedName("bootstrap/css/bootstrap.min.css") + ".br")))
                .isTrue();
    }
}
