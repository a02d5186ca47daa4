package org.ecstatic.publish;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTypesTest {
    @Nested
    class ByExtension {
        @Test
        void areTheTypesTheServingFilterSends() {
            assertThat(ContentTypes.of("css/site.3f2a1b9c0d4e.css")).isEqualTo("text/css;charset=utf-8");
            assertThat(ContentTypes.of("js/widget.3f2a1b9c0d4e.mjs")).isEqualTo("text/javascript;charset=utf-8");
            assertThat(ContentTypes.of("fonts/a.3f2a1b9c0d4e.WOFF2")).isEqualTo("font/woff2");
            assertThat(ContentTypes.of("js/app.js.map")).isEqualTo("application/json");
            assertThat(ContentTypes.of("img/icons.svg")).isEqualTo("image/svg+xml");
        }

        @Test
        void areOctetStreamForAnUnknownExtensionOrNone() {
            assertThat(ContentTypes.of("LICENSE.3f2a1b9c0d4e")).isEqualTo("application/octet-stream");
            assertThat(ContentTypes.of("data/blob.xyz")).isEqualTo("application/octet-stream");
            assertThat(ContentTypes.of("dir.d/README")).isEqualTo("application/octet-stream");
            assertThat(ContentTypes.of(".htaccess")).isEqualTo("application/octet-stream");
        }
    }
}
