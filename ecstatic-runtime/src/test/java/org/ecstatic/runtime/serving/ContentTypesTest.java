package org.ecstatic.runtime.serving;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTypesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "css/site.css | text/css;charset=utf-8",
            "js/app.js | text/javascript;charset=utf-8",
            "js/app.mjs | text/javascript;charset=utf-8",
            "app.wasm | application/wasm",
            "fonts/icons.woff2 | font/woff2",
            "site.webmanifest | application/manifest+json",
            "js/app.js.map | application/json",
            "img/photo.avif | image/avif",
            "img/logo.svg | image/svg+xml",
            "IMG/PHOTO.PNG | image/png",
            "css/site.css.gz | application/gzip",
            "LICENSE | application/octet-stream",
            ".hidden | application/octet-stream",
            "dir.d/README | application/octet-stream",
            "data.unknownext | application/octet-stream"})
    void typesByTheLastExtension(String name, String type) {
        assertThat(ContentTypes.of(name, null)).isEqualTo(type);
    }
}
