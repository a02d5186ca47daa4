package org.ecstatic.taglib;

import org.ecstatic.runtime.EcstaticException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        @Test
        void urlKeepsQueryAndFragmentAndIsNotEscaped() throws Exception {
            assertThat(site.page("/lax/functions-query.jsp")).isEqualTo("""
                    <a href="/lax/static/css/site.383b7421d1db.css?v=1&lang=en#top">/lax/static/js/app.d5cc536d539e.js</a>
                    """);
        }

        @Test
        void integrityLooksAtTheNameWithoutQueryOrFragment() throws Exception {
            assertThat(site.page("/lax/integrity.jsp")).isEqualTo("<p>[sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=] "
                    + "[sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=] []</p>\n");
        }
    }

    /** Called where no request is being served, here on the test's own thread. */
    @Nested
    class OutsideARequest {
        @Test
        void urlFailsNamingTheCall() {
            assertThatThrownBy(() -> ElFunctions.url("css/site.css"))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("${static:url('css/site.css')} was called outside a request. The EL functions work in "
                            + "JSPs of a web application that has ecstatic-taglib in WEB-INF/lib.");
        }

        @Test
        void integrityFailsNamingTheCall() {
            assertThatThrownBy(() -> ElFunctions.integrity("css/site.css"))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("${static:integrity('css/site.css')} was called outside a request. The EL functions "
                            + "work in JSPs of a web application that has ecstatic-taglib in WEB-INF/lib.");
        }
    }
}
