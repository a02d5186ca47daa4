package org.ecstatic.tools.cli;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentsTest {
    static final Set<String> WITH_VALUE = Set.of("source", "output", "keep");
    static final Set<String> FLAGS = Set.of("strict", "lax");

    static Arguments parse(String... args) {
        return Arguments.parse("collect", List.of(args), WITH_VALUE, FLAGS);
    }

    @Nested
    class OptionForms {
        @Test
        void aValueInTheNextArgument() {
            Arguments arguments = parse("--output", "target/static");

            assertThat(arguments.has("output")).isTrue();
            assertThat(arguments.all("output")).containsExactly("target/static");
        }

        @Test
        void aValueAfterAnEqualsSign() {
            assertThat(parse("--output=target/static").all("output")).containsExactly("target/static");
        }

        @Test
        void onlyTheFirstEqualsSignSeparatesTheValue() {
            assertThat(parse("--source=a=b").all("source")).containsExactly("a=b");
            assertThat(parse("--source", "a=b").all("source")).containsExactly("a=b");
        }

        @Test
        void anEqualsSignWithNothingAfterItIsAnEmptyValue() {
            assertThat(parse("--output=").all("output")).containsExactly("");
        }

        @Test
        void theNextArgumentIsTheValueWhateverItLooksLike() {
            Arguments arguments = parse("--output", "--strict", "--source", "-");

            assertThat(arguments.all("output")).containsExactly("--strict");
            assertThat(arguments.all("source")).containsExactly("-");
            assertThat(arguments.has("strict")).isFalse();
        }

        @Test
        void aBareFlag() {
            Arguments arguments = parse("--strict");

            assertThat(arguments.has("strict")).isTrue();
            assertThat(arguments.has("lax")).isFalse();
        }

        @Test
        void noArgumentsGiveNothing() {
            Arguments arguments = parse();

            assertThat(arguments.has("output")).isFalse();
            assertThat(arguments.all("output")).isEmpty();
            assertThat(arguments.get("output", "fallback")).isEqualTo("fallback");
        }
    }

    @Nested
    class RepeatedOptions {
        @Test
        void keepEveryValueInOrder() {
            Arguments arguments = parse("--source", "b", "--output", "out", "--source=a", "--source", "c");

            assertThat(arguments.all("source")).containsExactly("b", "a", "c");
        }

        @Test
        void theLastValueWins() {
            Arguments arguments = parse("--output", "first", "--output=second");

            assertThat(arguments.get("output", "fallback")).isEqualTo("second");
            assertThat(arguments.required("output")).isEqualTo("second");
        }

        @Test
        void aRepeatedFlagIsGiven() {
            assertThat(parse("--strict", "--strict").has("strict")).isTrue();
        }
    }

    @Nested
    class Mistakes {
        @Test
        void anUnknownOptionIsNamed() {
            assertThatThrownBy(() -> parse("--output", "out", "--frobnicate"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: unknown option --frobnicate (see ecstatic collect --help)");
        }

        @Test
        void anUnknownOptionIsNamedWithoutItsValue() {
            assertThatThrownBy(() -> parse("--frobnicate=yes"))
                    .hasMessage("ecstatic collect: unknown option --frobnicate (see ecstatic collect --help)");
        }

        @Test
        void optionsAreCaseSensitive() {
            assertThatThrownBy(() -> parse("--Output", "out"))
                    .hasMessage("ecstatic collect: unknown option --Output (see ecstatic collect --help)");
        }

        @Test
        void twoDashesAloneAreAnUnknownOption() {
            assertThatThrownBy(() -> parse("--"))
                    .hasMessage("ecstatic collect: unknown option -- (see ecstatic collect --help)");
        }

        @Test
        void anOptionAtTheEndWithoutItsValue() {
            assertThatThrownBy(() -> parse("--strict", "--output"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --output needs a value (see ecstatic collect --help)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"src", "-s", "-", "collect"})
        void anArgumentThatIsNoOptionIsNamed(String stray) {
            assertThatThrownBy(() -> parse("--output", "out", stray))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: unexpected argument '" + stray + "' (see ecstatic collect --help)");
        }

        @Test
        void aFlagGivenAValueIsToldItTakesNone() {
            assertThatThrownBy(() -> parse("--strict=true"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --strict takes no value; write --strict alone (see ecstatic collect --help)");
        }

        @Test
        void theMessageNamesTheCommandParsed() {
            assertThatThrownBy(() -> Arguments.parse("clean", List.of("--strict"), Set.of("keep"), Set.of()))
                    .hasMessage("ecstatic clean: unknown option --strict (see ecstatic clean --help)");
        }
    }

    @Nested
    class Required {
        @Test
        void givesTheValue() {
            assertThat(parse("--output", "out").required("output")).isEqualTo("out");
        }

        @ParameterizedTest
        @ValueSource(strings = {"--strict", "--output=", "--output= "})
        void aMissingOrBlankValueIsNamed(String arg) {
            Arguments arguments = parse(arg);

            assertThatThrownBy(() -> arguments.required("output"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --output is required (see ecstatic collect --help)");
        }
    }

    @Nested
    class Directories {
        @TempDir
        Path tmp;

        @Test
        void givesAnExistingDirectoryAsAPath() {
            assertThat(parse().existingDirectory("source", tmp.toString())).isEqualTo(tmp);
        }

        @Test
        void aDirectoryThatDoesNotExistIsNamed() {
            Path none = tmp.resolve("none");

            assertThatThrownBy(() -> parse().existingDirectory("source", none.toString()))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --source " + none + ": no such directory (see ecstatic collect --help)");
        }

        @Test
        void aFileIsNoDirectory() throws IOException {
            Path file = Files.writeString(tmp.resolve("site.css"), "a{}");

            assertThatThrownBy(() -> parse().existingDirectory("output", file.toString()))
                    .hasMessage("ecstatic collect: --output " + file + ": no such directory (see ecstatic collect --help)");
        }
    }

    @Nested
    class Counts {
        @Test
        void givesTheFallbackWhenNotGiven() {
            assertThat(parse().count("keep", -1)).isEqualTo(-1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "1", "3", "2147483647"})
        void givesAWholeNumberOfZeroOrMore(String value) {
            assertThat(parse("--keep", value).count("keep", -1)).isEqualTo(Integer.parseInt(value));
        }

        @Test
        void theLastValueCounts() {
            assertThat(parse("--keep", "x", "--keep", "2").count("keep", -1)).isEqualTo(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1", "x", "1.5", "", " 1", "2147483648", "one"})
        void anythingElseIsNamed(String value) {
            Arguments arguments = parse("--keep=" + value);

            assertThatThrownBy(() -> arguments.count("keep", 0))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("ecstatic collect: --keep " + value + ": expected a whole number of 0 or more "
                            + "(see ecstatic collect --help)");
        }
    }

    @Test
    void aUsageErrorOfTheCommandPointsAtItsHelp() {
        assertThat(parse().usage("--strict and --lax contradict each other; give one"))
                .isInstanceOf(UsageException.class)
                .hasMessage("ecstatic collect: --strict and --lax contradict each other; give one "
                        + "(see ecstatic collect --help)");
    }
}
