package org.ecstatic.tools.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RewritersTest {

    @ParameterizedTest
    @ValueSource(strings = {"site.css", "css/site.min.css", "SITE.CSS", "a/b/Theme.Css"})
    void choosesTheCssRewriterForStyleSheets(String name) {
        assertThat(Rewriters.forFileName(name)).isInstanceOf(CssRewriter.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.js", "js/app.min.js", "APP.JS", "module.mjs", "lib/Module.MJS"})
    void choosesTheJsRewriterForScripts(String name) {
        assertThat(Rewriters.forFileName(name)).isInstanceOf(JsRewriter.class);
        assertThat(Rewriters.forFileName(name, true)).isInstanceOf(JsRewriter.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.js", "module.mjs"})
    void choosesTheSourceMapRewriterForScriptsWhenModulesAreNotRewritten(String name) {
        assertThat(Rewriters.forFileName(name, false)).isInstanceOf(SourceMapRewriter.class);
        assertThat(Rewriters.forFileName("site.css", false)).isInstanceOf(CssRewriter.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"logo.png", "app.js.map", "site.css.map", "index.html", "data.json", "css", "js",
            "site.scss", "app.jsx", "font.woff2", ""})
    void choosesNoRewriterForOtherFiles(String name) {
        assertThat(Rewriters.forFileName(name)).isNull();
    }

    @Test
    void rejectsANullName() {
        assertThatThrownBy(() -> Rewriters.forFileName(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be null");
    }
}
