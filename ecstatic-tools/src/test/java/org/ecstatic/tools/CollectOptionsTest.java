package org.ecstatic.tools;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectOptionsTest {
    static final Path OUT = Path.of("target/app/static");
    static final Path MANIFEST = Path.of("target/classes/META-INF/ecstatic/manifest.json");
    static final Path SRC = Path.of("src/main/webapp/static");

    static CollectOptions.Builder builder() {
        return CollectOptions.builder(OUT, MANIFEST).source(SRC);
    }

    @Nested
    class Defaults {
        @Test
        void aBuilderWithOneSourceGivesTheDocumentedDefaults() {
            assertThat(builder().build()).isEqualTo(new CollectOptions(List.of(SRC), List.of(), OUT, MANIFEST,
                    CollectOptions.defaultState(OUT, MANIFEST),
                    List.of(".*", "*~", "CVS", "Thumbs.db"), List.of(), false, List.of(),
                    CollectOptions.Compare.MTIME, true, 8, "/static/"));
        }

        @Test
        void theDefaultConstantsAreTheDocumentedValues() {
            assertThat(CollectOptions.DEFAULT_EXCLUDES).containsExactly(".*", "*~", "CVS", "Thumbs.db");
            assertThat(CollectOptions.DEFAULT_BROTLI_QUALITY).isEqualTo(8);
            assertThat(CollectOptions.DEFAULT_STATIC_PREFIX).isEqualTo("/static/");
        }

        @Test
        void theStateFileSitsInTheUsersCacheUnlessOneIsGiven() {
            Path state = CollectOptions.builder(OUT, Path.of("manifest.json")).source(SRC).build().state();
            // the tests run with XDG_CACHE_HOME set to the module's target/cache
            assertThat(state.getParent()).isEqualTo(Path.of(System.getenv("XDG_CACHE_HOME"), "ecstatic"));
            assertThat(state.getFileName().toString()).matches("manifest\\.json-[0-9a-f]{12}\\.state");
            assertThat(CollectOptions.builder(OUT.resolve("other"), Path.of("manifest.json")).source(SRC).build().state())
                    .isNotEqualTo(state);
            assertThat(builder().state(Path.of("target/ecstatic/collect.state")).build().state())
                    .isEqualTo(Path.of("target/ecstatic/collect.state"));
        }

        @Test
        void aStateSetBackToNullIsTheDefaultAgain() {
            assertThat(builder().state(Path.of("x.state")).state(null).build().state())
                    .isEqualTo(CollectOptions.defaultState(OUT, MANIFEST));
        }
    }

    @Nested
    class Setters {
        @Test
        void everySetterReachesItsComponent() {
            CollectOptions options = CollectOptions.builder(OUT, MANIFEST)
                    .source(Path.of("a"))
                    .jar(Path.of("lib.jar"))
                    .state(Path.of("s.state"))
                    .excludes(List.of("*.psd"))
                    .noHash(List.of("robots.txt"))
                    .strict(true)
                    .ignoreMissing(List.of("*.map"))
                    .compare(CollectOptions.Compare.HASH)
                    .precompress(false)
                    .brotliQuality(11)
                    .staticPrefix("/assets/")
                    .build();

            assertThat(options).isEqualTo(new CollectOptions(List.of(Path.of("a")), List.of(Path.of("lib.jar")), OUT,
                    MANIFEST, Path.of("s.state"), List.of("*.psd"), List.of("robots.txt"), true, List.of("*.map"),
                    CollectOptions.Compare.HASH, false, 11, "/assets/"));
        }

        @Test
        void sourcesAndJarsKeepTheOrderTheyWereAddedIn() {
            CollectOptions options = CollectOptions.builder(OUT, MANIFEST)
                    .source(Path.of("b")).jar(Path.of("z.jar")).source(Path.of("a")).jar(Path.of("y.jar")).build();

            assertThat(options.sources()).containsExactly(Path.of("b"), Path.of("a"));
            assertThat(options.jars()).containsExactly(Path.of("z.jar"), Path.of("y.jar"));
        }

        @Test
        void givenExcludesReplaceTheDefaults() {
            assertThat(builder().excludes(List.of("*.psd")).build().excludes()).containsExactly("*.psd");
            assertThat(builder().excludes(List.of()).build().excludes()).isEmpty();
        }

        @Test
        void toBuilderStartsFromEveryValueOfTheOptions() {
            CollectOptions options = builder().jar(Path.of("lib.jar")).state(Path.of("s.state"))
                    .excludes(List.of("*.psd")).noHash(List.of("robots.txt")).strict(true)
                    .ignoreMissing(List.of("*.map")).compare(CollectOptions.Compare.HASH).precompress(false)
                    .brotliQuality(3).staticPrefix("/assets/").build();

            assertThat(options.toBuilder().build()).isEqualTo(options);
            assertThat(options.toBuilder().strict(false).build())
                    .isEqualTo(new CollectOptions(List.of(SRC), List.of(Path.of("lib.jar")), OUT, MANIFEST,
                            Path.of("s.state"), List.of("*.psd"), List.of("robots.txt"), false, List.of("*.map"),
                            CollectOptions.Compare.HASH, false, 3, "/assets/"));
        }

        @Test
        void optionsDoNotChangeWhenTheListsTheyWereBuiltFromDo() {
            List<String> excludes = new ArrayList<>(List.of("*.psd"));
            CollectOptions.Builder builder = builder().excludes(excludes);
            CollectOptions options = builder.build();

            excludes.add("*.tmp");
            builder.source(Path.of("more"));

            assertThat(options.excludes()).containsExactly("*.psd");
            assertThat(options.sources()).containsExactly(SRC);
            assertThatThrownBy(() -> options.sources().add(Path.of("x")))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> options.noHash().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class StaticPrefix {
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                "/static/|/static/",
                "/assets/|/assets/",
                "assets|/assets/",
                "/assets|/assets/",
                "assets/|/assets/",
                "` /assets/ `|/assets/",
                "/app/static/|/app/static/",
                "/|/"})
        void isRootAbsoluteAndEndsWithASlash(String given, String kept) {
            assertThat(builder().staticPrefix(given).build().staticPrefix()).isEqualTo(kept);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t"})
        void aBlankPrefixIsTheDefault(String blank) {
            assertThat(builder().staticPrefix(blank).build().staticPrefix()).isEqualTo("/static/");
        }

        @Test
        void aNullPrefixIsTheDefault() {
            assertThat(builder().staticPrefix(null).build().staticPrefix()).isEqualTo("/static/");
        }
    }

    @Nested
    class Validation {
        @ParameterizedTest
        @ValueSource(ints = {0, 1, 8, 11})
        void acceptsEveryBrotliQualityFromZeroToEleven(int quality) {
            assertThat(builder().brotliQuality(quality).build().brotliQuality()).isEqualTo(quality);
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 12, Integer.MIN_VALUE, Integer.MAX_VALUE})
        void rejectsABrotliQualityOutsideZeroToEleven(int quality) {
            assertThatThrownBy(() -> builder().brotliQuality(quality).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the Brotli quality is 0 to 11, not " + quality);
        }

        @Test
        void rejectsARunWithoutSourceDirectoriesOrJars() {
            assertThatThrownBy(() -> CollectOptions.builder(OUT, MANIFEST).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no sources: name at least one source directory or jar");
        }

        @Test
        void aJarAloneIsEnoughOfASource() {
            CollectOptions options = CollectOptions.builder(OUT, MANIFEST).jar(Path.of("lib.jar")).build();

            assertThat(options.sources()).isEmpty();
            assertThat(options.jars()).containsExactly(Path.of("lib.jar"));
        }

        @Test
        void namesTheMissingOutputOrManifest() {
            assertThatThrownBy(() -> CollectOptions.builder(null, MANIFEST))
                    .isInstanceOf(NullPointerException.class).hasMessage("output");
            assertThatThrownBy(() -> CollectOptions.builder(OUT, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("manifest");
        }

        @Test
        void namesAMissingCompareModeOrState() {
            assertThatThrownBy(() -> builder().compare(null).build())
                    .isInstanceOf(NullPointerException.class).hasMessage("compare");
            assertThatThrownBy(() -> new CollectOptions(List.of(SRC), List.of(), OUT, MANIFEST, null,
                    List.of(), List.of(), false, List.of(), CollectOptions.Compare.MTIME, true, 8, "/static/"))
                    .isInstanceOf(NullPointerException.class).hasMessage("state");
        }

        @Test
        void theQualityIsCheckedBeforeTheSources() {
            assertThatThrownBy(() -> CollectOptions.builder(OUT, MANIFEST).brotliQuality(12).build())
                    .hasMessage("the Brotli quality is 0 to 11, not 12");
        }
    }
}
