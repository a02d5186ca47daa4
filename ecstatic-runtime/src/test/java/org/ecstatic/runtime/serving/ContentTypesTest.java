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

    /** What the publisher sets on objects in a bucket: the table alone, without a container to ask. */
    @org.junit.jupiter.api.Nested
    class WithoutAContainer {
        @org.junit.jupiter.api.Test
        void areTheTypesTheServingFilterSends() {
            assertThat(ContentTypes.of("css/site.3f2a1b9c0d4e.css")).isEqualTo("text/css;charset=utf-8");
            assertThat(ContentTypes.of("js/widget.3f2a1b9c0d4e.mjs")).isEqualTo("text/javascript;charset=utf-8");
            assertThat(ContentTypes.of("fonts/a.3f2a1b9c0d4e.WOFF2")).isEqualTo("font/woff2");
            assertThat(ContentTypes.of("js/app.js.map")).isEqualTo("application/json");
            assertThat(ContentTypes.of("img/icons.svg")).isEqualTo("image/svg+xml");
        }

        @org.junit.jupiter.api.Test
        void areOctetStreamForAnUnknownExtensionOrNone() {
            assertThat(ContentTypes.of("LICENSE.3f2a1b9c0d4e")).isEqualTo("application/octet-stream");
            assertThat(ContentTypes.of("data/blob.xyz")).isEqualTo("application/octet-stream");
            assertThat(ContentTypes.of("dir.d/README")).isEqualTo("application/octet-stream");
            assertThat(ContentTypes.of(".htaccess")).isEqualTo("application/octet-stream");
        }
    }
}
