package org.ecstatic.runtime.serving;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.StaticFilesFilter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecstatic.runtime.StaticFilesFilter.CORS_ALLOW_ORIGIN;
import static org.ecstatic.runtime.StaticFilesFilter.MAX_CACHED_FILE_SIZE;
import static org.ecstatic.runtime.StaticFilesFilter.MAX_CACHE_BYTES;

/** The init parameters of {@link StaticFilesFilter}, read from a filter's configuration. */
class ServingOptionsTest {

    /** A filter's configuration as web.xml gives it: a name and init parameters. */
    private record Config(String filterName, Map<String, String> parameters) implements FilterConfig {
        @Override
        public String getFilterName() {
            return filterName;
        }

        @Override
        public ServletContext getServletContext() {
            throw new UnsupportedOperationException("the options do not need the context");
        }

        @Override
        public String getInitParameter(String name) {
            return parameters.get(name);
        }

        @Override
        public Enumeration<String> getInitParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }

    private static ServingOptions options(String... nameValues) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.put(nameValues[i], nameValues[i + 1]);
        }
        return ServingOptions.from(new Config("ecstatic-static-files", parameters));
    }

    @Test
    void defaultsToNoCorsHeader64KiBFilesAnd16MiBInAll() {
        assertThat(options()).isEqualTo(new ServingOptions(null, 65_536, 16_777_216));
        assertThat(ServingOptions.DEFAULT_MAX_CACHED_FILE_SIZE).isEqualTo(65_536);
        assertThat(ServingOptions.DEFAULT_MAX_CACHE_BYTES).isEqualTo(16_777_216);
    }

    @Test
    void readsAllThreeParameters() {
        assertThat(options(CORS_ALLOW_ORIGIN, "https://app.example", MAX_CACHED_FILE_SIZE, "1024",
                MAX_CACHE_BYTES, "1048576"))
                .isEqualTo(new ServingOptions("https://app.example", 1024, 1_048_576));
    }

    @Test
    void namesTheParametersAsTheFilterDocumentsThem() {
        assertThat(CORS_ALLOW_ORIGIN).isEqualTo("corsAllowOrigin");
        assertThat(MAX_CACHED_FILE_SIZE).isEqualTo("maxCachedFileSize");
        assertThat(MAX_CACHE_BYTES).isEqualTo("maxCacheBytes");
    }

    @Nested
    class CorsAllowOrigin {
        @Test
        void trimsTheOrigin() {
            assertThat(options(CORS_ALLOW_ORIGIN, "  *\t").corsAllowOrigin()).isEqualTo("*");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n"})
        void takesABlankOriginForNone(String blank) {
            assertThat(options(CORS_ALLOW_ORIGIN, blank).corsAllowOrigin()).isNull();
        }
    }

    @Nested
    class Sizes {
        @ParameterizedTest(name = "''{0}'' -> {1}")
        @CsvSource(delimiter = '|', value = {
                "0           | 0",
                "1           | 1",
                "' 2048 '    | 2048",
                "+5          | 5",
                "007         | 7",
                "9223372036854775807 | 9223372036854775807"})
        void readsAWholeNumberOfBytes(String value, long bytes) {
            assertThat(options(MAX_CACHED_FILE_SIZE, value).maxCachedFileSize()).isEqualTo(bytes);
            assertThat(options(MAX_CACHE_BYTES, value).maxCacheBytes()).isEqualTo(bytes);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void takesABlankSizeForTheDefault(String blank) {
            assertThat(options(MAX_CACHED_FILE_SIZE, blank, MAX_CACHE_BYTES, blank))
                    .isEqualTo(new ServingOptions(null, 65_536, 16_777_216));
        }

        @ParameterizedTest
        @ValueSource(strings = {"64k", "64 KiB", "-1", "1.5", "1e6", "0x10", "one", "9223372036854775808", "1 000"})
        void refusesAFileSizeThatIsNotAWholeNumberOfBytes(String value) {
            assertThatThrownBy(() -> options(MAX_CACHED_FILE_SIZE, value))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The init parameter maxCachedFileSize of the filter ecstatic-static-files is '" + value
                            + "'; expected a whole number of bytes such as 65536 (0 streams every file)");
        }

        @Test
        void refusesATotalThatIsNotAWholeNumberOfBytesAndSuggestsItsOwnDefault() {
            assertThatThrownBy(() -> options(MAX_CACHE_BYTES, "16MB"))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The init parameter maxCacheBytes of the filter ecstatic-static-files is '16MB'; "
                            + "expected a whole number of bytes such as 16777216 (0 streams every file)");
        }

        @Test
        void quotesTheValueAsItWasGivenAndNamesTheFilterAsItWasDeclared() {
            Config config = new Config("assets", Map.of(MAX_CACHED_FILE_SIZE, " -64 "));

            assertThatThrownBy(() -> ServingOptions.from(config))
                    .hasMessage("The init parameter maxCachedFileSize of the filter assets is ' -64 '; "
                            + "expected a whole number of bytes such as 65536 (0 streams every file)");
        }

        @Test
        void reportsTheFileSizeFirstWhenBothAreWrong() {
            assertThatThrownBy(() -> options(MAX_CACHED_FILE_SIZE, "x", MAX_CACHE_BYTES, "y"))
                    .hasMessageStartingWith("The init parameter maxCachedFileSize ");
        }
    }

    @Nested
    class Budget {
        @Test
        void givesABudgetOfTheConfiguredSizes() {
            MemoryBudget budget = options(MAX_CACHED_FILE_SIZE, "100", MAX_CACHE_BYTES, "250").newBudget();

            assertThat(budget.maxFileSize()).isEqualTo(100);
            assertThat(budget.reserve(101)).isFalse();
            assertThat(budget.reserve(100)).isTrue();
            assertThat(budget.reserve(100)).isTrue();
            assertThat(budget.reserve(51)).isFalse();
            assertThat(budget.reserve(50)).isTrue();
        }

        @Test
        void givesAFreshBudgetEachTime() {
            ServingOptions options = options(MAX_CACHED_FILE_SIZE, "100", MAX_CACHE_BYTES, "100");
            MemoryBudget first = options.newBudget();
            assertThat(first.reserve(100)).isTrue();

            MemoryBudget second = options.newBudget();

            assertThat(second).isNotSameAs(first);
            assertThat(second.reserve(100)).isTrue();
            assertThat(first.reserve(1)).isFalse();
        }
    }
}
