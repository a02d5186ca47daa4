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
    class LaxMode {
        @Test
        void anUnlistedNameGivesItsUnhashedUrlAndNoIntegrity() throws Exception {
            assertThat(site.page("/lax/unknown.jsp")).isEqualTo(String.join("",
                    "<p>/lax/static/img/not-collected.png</p>\n",
                    "<p>/lax/static/img/not-collected.png []</p>\n",
                    "<link rel=\"stylesheet\" href=\"/lax/static/css/not-collected.css\"/>",
                    "<script src=\"/lax/static/js/not-collected.js\"></script>"));
        }

        @Test
        void theWarningAboutAnUnlistedNameNamesTheTagAndTheJsp() throws Exception {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.ecstatic.runtime");
            java.util.List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.logging.Handler handler = new java.util.logging.Handler() {
                @Override
                public void publish(java.util.logging.LogRecord record) {
                    if (record.getLevel() == java.util.logging.Level.WARNING) {
                        warnings.add(record.getMessage());
                    }
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            logger.addHandler(handler);
            try {
                assertThat(site.page("/lax/asked.jsp")).isEqualTo("<p>/lax/static/img/asked-for-here.png</p>\n");
            } finally {
                logger.removeHandler(handler);
            }
            assertThat(warnings).hasSize(1).first().asString()
                    .startsWith("Ecstatic: the static file 'img/asked-for-here.png' is not in the manifest ")
                    .endsWith(" (asked for by <static:url path=\"img/asked-for-here.png\"/> in /asked.jsp); its URL "
                            + "carries no hash. Check the name, or collect the static files again.");
        }
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

        @Test
        void theIntegrityOfAMissingFileIsEmptyAsInLaxMode() throws Exception {
            assertThat(site.page("/strict/integrity.jsp")).isEqualTo("<p>[sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=] "
                    + "[sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=] []</p>\n");
        }
    }

    /** The /off deployment: no listener in web.xml, and the runtime's initializer does not run. */
    @Nested
    class EcstaticNotStarted {
        static final String NOT_STARTED = "Ecstatic is not started for the web application '/off': the ServletContext "
                + "has no attribute org.ecstatic.runtime.StaticUrls, so nothing loaded the manifest. On a standalone "
                + "Jetty or Tomcat, ecstatic-runtime's ServletContainerInitializer starts it from WEB-INF/lib unless "
                + "fragment scanning is off (metadata-complete, an empty <absolute-ordering/>); then declare "
                + "org.ecstatic.runtime.EcstaticListener in web.xml. An embedded container (Spring Boot's, an embedded "
                + "Jetty without its annotations configuration) runs no initializer from a jar and reads no web.xml: "
                + "in Spring Boot, add ecstatic-spring-boot; elsewhere, call EcstaticStartup.start before the filters "
                + "start.";

        @Test
        void theUrlTagFailsNamingItselfAndTheJsp() throws Exception {
            site.assertFailure("/off/url.jsp", "<static:url path=\"css/site.css\"/> in /url.jsp: " + NOT_STARTED);
        }

        @Test
        void theElementTagsFailNamingThemselvesAndTheJsp() throws Exception {
            site.assertFailure("/off/elements.jsp", "<static:stylesheet path=\"css/site.css\"/> in /elements.jsp: "
                    + NOT_STARTED);
            site.assertFailure("/off/script.jsp", "<static:script path=\"js/app.js\"/> in /script.jsp: " + NOT_STARTED);
        }

        @Test
        void theFunctionsFailNamingTheCallAndTheJsp() throws Exception {
            site.assertFailure("/off/functions.jsp", "${static:url('css/site.css')} in /functions.jsp: " + NOT_STARTED);
            site.assertFailure("/off/integrity.jsp", "${static:integrity('css/site.css')} in /integrity.jsp: "
                    + NOT_STARTED);
        }
    }
}
