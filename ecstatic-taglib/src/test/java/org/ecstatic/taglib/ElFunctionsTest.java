package org.ecstatic.taglib;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ${static:url(...)}} and {@code ${static:integrity(...)}}. */
class ElFunctionsTest {
    @Nested
    @OnContainer
    class InPages {
        private final Site site;

        InPages(Site site) {
            this.site = site;
        }

        @Test
        void urlAndIntegrityWorkInExpressions() throws Exception {
            assertThat(site.page("/lax/functions.jsp")).isEqualTo("""
                    <img src="/lax/static/css/site.383b7421d1db.css" alt="">
                    <link rel="preload" href="/lax/static/js/widget.a2098bd92b10.mjs" integrity="sha256-ogmL2SsQv4uBbSS3VWsc6MSah50TBIkGXvEFHBfgQvY=">
                    <p>[]</p>
                    """);
        }
    }
}
