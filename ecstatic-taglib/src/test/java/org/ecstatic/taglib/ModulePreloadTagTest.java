package org.ecstatic.taglib;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code <static:modulepreload>}: one {@code link rel="modulepreload"} for the entry and each module it
 * imports statically (js/modules/app.js imports lib/format.js and ../shared/util.js, which imports app.js
 * back), in breadth-first order, each once.
 */
@OnContainer
class ModulePreloadTagTest {
    private static final String APP = "js/modules/app.2eafa965a373.js\" integrity=\"sha256-Lq+pZaNz/UpAHHtZTBuLpZyOdRwIKs+sBaCx5WJxxWA=\"";
    private static final String FORMAT = "js/modules/lib/format.fdce86f67769.js\" integrity=\"sha256-/c6G9ndpKQ6aqxuTwNhlonaBOwD3HLm/APCZnpAJ7T8=\"";
    private static final String UTIL = "js/shared/util.5dc7b778983d.js\" integrity=\"sha256-Xce3eJg9Iz/+4CN/3AwWhLCZyGFNS6FfPEqzeClZn9A=\"";

    private final Site site;

    ModulePreloadTagTest(Site site) {
        this.site = site;
    }

    private static String link(String base, String module, String more) {
        return "<link rel=\"modulepreload\" href=\"" + base + module + more + "/>";
    }

    @Test
    void writesTheEntryThenItsStaticImportsOnceEachThroughACycle() throws Exception {
        String base = "/lax/static/";
        String credentials = " crossorigin=\"use-credentials\"";
        assertThat(site.page("/lax/modulepreload.jsp")).isEqualTo(link(base, APP, "") + link(base, FORMAT, "")
                + link(base, UTIL, "") + link(base, UTIL, credentials) + link(base, APP, credentials)
                + link(base, FORMAT, credentials));
    }

    @Test
    void addsCrossoriginAnonymousForTheUrlsOfACdnUnlessGiven() throws Exception {
        String anonymous = " crossorigin=\"anonymous\"";
        String credentials = " crossorigin=\"use-credentials\"";
        assertThat(site.page("/cdn/modulepreload.jsp")).isEqualTo(link(Site.CDN, APP, anonymous)
                + link(Site.CDN, FORMAT, anonymous) + link(Site.CDN, UTIL, anonymous) + link(Site.CDN, UTIL, credentials)
                + link(Site.CDN, APP, credentials) + link(Site.CDN, FORMAT, credentials));
    }

    @Test
    void writesTheEntryAloneInDevModeWhereNoImportIsKnown() throws Exception {
        assertThat(site.page("/dev/modulepreload.jsp")).isEqualTo(link("/dev/static/", APP, "")
                + link("/dev/static/", UTIL, " crossorigin=\"use-credentials\""));
    }

    @Test
    void writesTheUnhashedUrlOfAnUnknownEntryInLaxMode() throws Exception {
        assertThat(site.page("/lax/modulepreload-missing.jsp")).isEqualTo("<link rel=\"modulepreload\" href=\"/lax/static/js/missing.js\"/>");
    }

    @Test
    void failsForAnUnknownEntryInStrictMode() throws Exception {
        site.assertFailure("/strict/modulepreload-missing.jsp", "<static:modulepreload path=\"js/missing.js\"/> in "
                + "/modulepreload-missing.jsp: The static file 'js/missing.js'" + ImportMapTagTest.NOT_IN_MANIFEST);
    }
}
