package org.ecstatic.taglib;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecstatic.taglib.Site.CDN;
import static org.ecstatic.taglib.WebappFixture.SITE_CSS;

/** {@code <static:url>}: the URL written escaped, or stored unescaped in {@code var}. */
@OnContainer
class UrlTagTest {
    private final Site site;

    UrlTagTest(Site site) {
        this.site = site;
    }

    @Test
    void writesHashedUrlsEscapedAndStoresThemInVarAndScope() throws Exception {
        assertThat(site.page("/lax/url.jsp")).isEqualTo("""
                <p>/lax/static/css/site.383b7421d1db.css</p>
                <p>/lax/static/js/app.d5cc536d539e.js</p>
                <p>/lax/static/css/site.383b7421d1db.css?v=1&amp;lang=en#top</p>
                <p>/lax/static/img/not-collected.png</p>
                <p>page: /lax/static/js/app.d5cc536d539e.js</p>
                <p>request: /lax/static/css/print.a4852844fbcf.css</p>
                """);
    }

    @Test
    void writesTheCdnBaseUrlWhenOneIsConfigured() throws Exception {
        assertThat(site.page("/cdn/url.jsp")).startsWith("<p>" + CDN + SITE_CSS + "</p>\n");
    }

    @Test
    void storesTheUrlInVarUnescapedForThePageToEscape() throws Exception {
        assertThat(site.page("/lax/url-var.jsp")).isEqualTo("""
                <p>/lax/static/css/site.383b7421d1db.css?v=1&amp;lang=en</p>
                <p>/lax/static/css/site.383b7421d1db.css?v=1&lang=en</p>
                """);
    }
}
