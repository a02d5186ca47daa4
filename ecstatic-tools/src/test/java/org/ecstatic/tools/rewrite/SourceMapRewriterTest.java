package org.ecstatic.tools.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecstatic.tools.rewrite.Fixture.ref;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceMapRewriterTest {

    private final SourceMapRewriter rewriter = new SourceMapRewriter();

    private static Fixture js(String stem) {
        return Fixture.load("js", stem, ".js");
    }

    @Nested
    class FinalComment {

        @Test
        void findsTheHashCommentOnTheLastLine() {
            js("app").assertFinds(rewriter, ref(41, 51, 2, "app.js.map"));
        }

        @Test
        void findsTheLegacyAtCommentWithoutATrailingLineBreak() {
            js("legacy").assertFinds(rewriter, ref(32, 45, 2, "legacy.js.map"));
        }

        @Test
        void findsTheCommentOfAModuleWithCrLfLineBreaks() {
            Fixture.load("js", "module", ".mjs").assertFinds(rewriter, ref(42, 56, 2, "module.mjs.map"));
        }

        @Test
        void findsTheCommentAtTheEndOfAMinifiedLine() {
            js("minified").assertFinds(rewriter, ref(37, 47, 1, "min.js.map"));
        }

        @Test
        void ignoresTheSameTextInStringsAndCommentsBeforeTheLastLineAndKeepsTheQuery() {
            js("string-earlier").assertFinds(rewriter, ref(114, 134, 6, "maps/real.js.map?v=2"));
        }
    }

    @Nested
    class NoReference {

        @ParameterizedTest
        @ValueSource(strings = {"data-map", "remote-map", "not-last", "blank"})
        void findsNothingForDataOrRemoteMapsACommentThatIsNotLastOrABlankFile(String stem) {
            js(stem).assertFinds(rewriter);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "//", "//# ", "//# sourceMappingURL=", "//# sourceMappingURL=   ", "x//#sourceMappingURL=a.map",
                "//# sourceMappingURL=//cdn/a.map", "//# sourceMappingURL=#x", "// sourceMappingURL=a.map"})
        void findsNothingInIncompleteOrNonLocalComments(String text) {
            assertThat(rewriter.references(text)).isEmpty();
        }

        @Test
        void rejectsNullText() {
            assertThatThrownBy(() -> rewriter.references(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("text must not be null");
        }
    }
}
