package org.ecstatic.taglib;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecstatic.taglib.WebappFixture.SITE_CSS;

/**
 * A name looked up for a tag or a function: unlisted names in lax and strict mode, and a web application
 * where Ecstatic is not started. A failure names the usage as written, the JSP and the cause.
 */
@OnContainer
class LookupTest {
    private final Site site;

    LookupTest(Site site) {
        this.site = site;
    }

    @Nested
    class StrictMode {
        /** What the runtime says after the name; the manifest is named by its URL in the web application. */
        static final String NOT_IN_MANIFEST = " is not in the manifest <url>/WEB-INF/classes/META-INF/ecstatic/manifest.json. "
                + "Check the name, or collect the static files again (ecstatic.strict=true).";

        @Test
        void aMissingFileFailsTheUrlTagNamingTagPathAndJsp() throws Exception {
            site.assertFailure("/strict/strict.jsp", "<static:url path=\"css/missing.css\"/> in /strict.jsp: "
                    + "The static file 'css/missing.css'" + NOT_IN_MANIFEST);
        }

        @Test
        void aMissingFileFailsTheStylesheetTag() throws Exception {
            site.assertFailure("/strict/strict-stylesheet.jsp", "<static:stylesheet path=\"css/missing.css\"/> "
                    + "in /strict-stylesheet.jsp: The static file 'css/missing.css'" + NOT_IN_MANIFEST);
        }

        @Test
        void aMissingFileFailsTheUrlFunction() throws Exception {
            site.assertFailure("/strict/strict-function.jsp", "${static:url('img/missing.png')} "
                    + "in /strict-function.jsp: The static file 'img/missing.png'" + NOT_IN_MANIFEST);
        }

        @Test
        void knownFilesStillResolve() throws Exception {
            assertThat(site.page("/strict/functions.jsp")).startsWith("<img src=\"/strict/static/" + SITE_CSS + "\" alt=\"\">\n");
        }
    }
}
