package org.ecstatic.taglib;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code <static:importmap>}, {@code <static:module>} and {@code ${static:importmap()}}: the element and
 * its JSON as a browser receives them. The fixture's modules: js/modules/app.js imports
 * js/modules/lib/format.js and js/shared/util.js, util imports app back (a cycle), vendor/tiny/index.js
 * imports vendor/tiny/core.js; every deployment maps the bare specifier {@code tiny} ({@link Site#IMPORT_MAP}).
 */
@OnContainer
class ImportMapTagTest {
    /** Every module of the fixture and the bare specifier tiny, at the context path /lax; CTX stands for the base. */
    static final String EVERY_MODULE = """
            {
              "imports": {
                "CTX/js/app.js": "CTX/js/app.d5cc536d539e.js",
                "CTX/js/modules/a\\u0026b.js": "CTX/js/modules/a\\u0026b.8bed3b361590.js",
                "CTX/js/modules/app.js": "CTX/js/modules/app.2eafa965a373.js",
                "CTX/js/modules/lib/format.js": "CTX/js/modules/lib/format.fdce86f67769.js",
                "CTX/js/shared/util.js": "CTX/js/shared/util.5dc7b778983d.js",
                "CTX/js/widget.mjs": "CTX/js/widget.a2098bd92b10.mjs",
                "CTX/vendor/tiny/core.js": "CTX/vendor/tiny/core.0fa02c27028f.js",
                "CTX/vendor/tiny/index.js": "CTX/vendor/tiny/index.884d666184a6.js",
                "tiny": "CTX/vendor/tiny/index.884d666184a6.js"
              },
              "integrity": {
                "CTX/js/app.d5cc536d539e.js": "sha256-1cxTbVOeZheBim7MOE1e0pccluBgPy96UP5bUrDsPQ8=",
                "CTX/js/modules/a\\u0026b.8bed3b361590.js": "sha256-i+07NhWQTucXGUGeDzpEfzE+v0LZZzUoWyoh/VjhKFM=",
                "CTX/js/modules/app.2eafa965a373.js": "sha256-Lq+pZaNz/UpAHHtZTBuLpZyOdRwIKs+sBaCx5WJxxWA=",
                "CTX/js/modules/lib/format.fdce86f67769.js": "sha256-/c6G9ndpKQ6aqxuTwNhlonaBOwD3HLm/APCZnpAJ7T8=",
                "CTX/js/shared/util.5dc7b778983d.js": "sha256-Xce3eJg9Iz/+4CN/3AwWhLCZyGFNS6FfPEqzeClZn9A=",
                "CTX/js/widget.a2098bd92b10.mjs": "sha256-ogmL2SsQv4uBbSS3VWsc6MSah50TBIkGXvEFHBfgQvY=",
                "CTX/vendor/tiny/core.0fa02c27028f.js": "sha256-D6AsJwKPAFGz6BdE09WrFx1oBzMIO1TfX22fIaNKhE0=",
                "CTX/vendor/tiny/index.884d666184a6.js": "sha256-iE1mYYSmV0mTcZuwTdAcp6Xyak5+lmZ+v370SzOh7Qg="
              }
            }""";
    /** The widget, the bare specifier tiny and what tiny imports. */
    static final String WIDGET_AND_TINY = """
            {
              "imports": {
                "/lax/static/js/widget.mjs": "/lax/static/js/widget.a2098bd92b10.mjs",
                "/lax/static/vendor/tiny/core.js": "/lax/static/vendor/tiny/core.0fa02c27028f.js",
                "/lax/static/vendor/tiny/index.js": "/lax/static/vendor/tiny/index.884d666184a6.js",
                "tiny": "/lax/static/vendor/tiny/index.884d666184a6.js"
              },
              "integrity": {
                "/lax/static/js/widget.a2098bd92b10.mjs": "sha256-ogmL2SsQv4uBbSS3VWsc6MSah50TBIkGXvEFHBfgQvY=",
                "/lax/static/vendor/tiny/core.0fa02c27028f.js": "sha256-D6AsJwKPAFGz6BdE09WrFx1oBzMIO1TfX22fIaNKhE0=",
                "/lax/static/vendor/tiny/index.884d666184a6.js": "sha256-iE1mYYSmV0mTcZuwTdAcp6Xyak5+lmZ+v370SzOh7Qg="
              }
            }""";
    static final String NOT_IN_MANIFEST = " is not in the manifest <url>/WEB-INF/classes/META-INF/ecstatic/manifest.json. "
            + "Check the name, or collect the static files again (ecstatic.strict=true).";

    private final Site site;

    ImportMapTagTest(Site site) {
        this.site = site;
    }

    private static String script(String json) {
        return "<script type=\"importmap\">" + json + "</script>";
    }

    @Nested
    class EveryModule {
        @Test
        void mapsEachModulesPlainUrlAndTheBareSpecifierToHashedUrlsWithIntegrity() throws Exception {
            assertThat(site.page("/lax/importmap.jsp")).isEqualTo(script(EVERY_MODULE.replace("CTX", "/lax/static")));
        }

        @Test
        void writesTheUrlsOfTheCdn() throws Exception {
            assertThat(site.page("/cdn/importmap.jsp")).isEqualTo(script(EVERY_MODULE.replace("CTX", Site.CDN.substring(0, Site.CDN.length() - 1))));
        }

        @Test
        void theFunctionGivesTheSameJson() throws Exception {
            assertThat(site.page("/lax/importmap-function.jsp")).isEqualTo(script(EVERY_MODULE.replace("CTX", "/lax/static")) + "\n");
        }
    }

    @Nested
    class Restricted {
        @Test
        void byAGlobOrByEntriesWithTheirStaticImportsCycleIncluded() throws Exception {
            assertThat(site.page("/lax/importmap-restricted.jsp")).isEqualTo(script("""
                    {
                      "imports": {
                        "/lax/static/vendor/tiny/core.js": "/lax/static/vendor/tiny/core.0fa02c27028f.js",
                        "/lax/static/vendor/tiny/index.js": "/lax/static/vendor/tiny/index.884d666184a6.js",
                        "tiny": "/lax/static/vendor/tiny/index.884d666184a6.js"
                      },
                      "integrity": {
                        "/lax/static/vendor/tiny/core.0fa02c27028f.js": "sha256-D6AsJwKPAFGz6BdE09WrFx1oBzMIO1TfX22fIaNKhE0=",
                        "/lax/static/vendor/tiny/index.884d666184a6.js": "sha256-iE1mYYSmV0mTcZuwTdAcp6Xyak5+lmZ+v370SzOh7Qg="
                      }
                    }""") + script("""
                    {
                      "imports": {
                        "/lax/static/js/modules/app.js": "/lax/static/js/modules/app.2eafa965a373.js",
                        "/lax/static/js/modules/lib/format.js": "/lax/static/js/modules/lib/format.fdce86f67769.js",
                        "/lax/static/js/shared/util.js": "/lax/static/js/shared/util.5dc7b778983d.js",
                        "/lax/static/vendor/tiny/core.js": "/lax/static/vendor/tiny/core.0fa02c27028f.js",
                        "/lax/static/vendor/tiny/index.js": "/lax/static/vendor/tiny/index.884d666184a6.js",
                        "tiny": "/lax/static/vendor/tiny/index.884d666184a6.js"
                      },
                      "integrity": {
                        "/lax/static/js/modules/app.2eafa965a373.js": "sha256-Lq+pZaNz/UpAHHtZTBuLpZyOdRwIKs+sBaCx5WJxxWA=",
                        "/lax/static/js/modules/lib/format.fdce86f67769.js": "sha256-/c6G9ndpKQ6aqxuTwNhlonaBOwD3HLm/APCZnpAJ7T8=",
                        "/lax/static/js/shared/util.5dc7b778983d.js": "sha256-Xce3eJg9Iz/+4CN/3AwWhLCZyGFNS6FfPEqzeClZn9A=",
                        "/lax/static/vendor/tiny/core.0fa02c27028f.js": "sha256-D6AsJwKPAFGz6BdE09WrFx1oBzMIO1TfX22fIaNKhE0=",
                        "/lax/static/vendor/tiny/index.884d666184a6.js": "sha256-iE1mYYSmV0mTcZuwTdAcp6Xyak5+lmZ+v370SzOh7Qg="
                      }
                    }"""));
        }

        @Test
        void anUnknownEntryIsLeftOutInLaxMode() throws Exception {
            assertThat(site.page("/lax/importmap-missing.jsp")).startsWith("<script type=\"importmap\">" + """
                    {
                      "imports": {
                        "/lax/static/js/modules/app.js": "/lax/static/js/modules/app.2eafa965a373.js",
                        "/lax/static/js/modules/lib/format.js": "/lax/static/js/modules/lib/format.fdce86f67769.js",
                        "/lax/static/js/shared/util.js": "/lax/static/js/shared/util.5dc7b778983d.js",
                        "/lax/static/vendor/tiny/core.js\"""");
        }

        @Test
        void anUnknownEntryFailsTheTagInStrictMode() throws Exception {
            site.assertFailure("/strict/importmap-missing.jsp", "<static:importmap paths=\"js/modules/app.js, js/missing.js\"> "
                    + "in /importmap-missing.jsp: The static file 'js/missing.js'" + NOT_IN_MANIFEST);
        }
    }

    @Nested
    class Modules {
        @Test
        void addBareSpecifiersAndPrefixesEscapedSoThatNoNameEndsTheScript() throws Exception {
            assertThat(site.page("/lax/importmap-modules.jsp")).isEqualTo(script("""
                    {
                      "imports": {
                        "/lax/static/js/widget.mjs": "/lax/static/js/widget.a2098bd92b10.mjs",
                        "/lax/static/vendor/tiny/core.js": "/lax/static/vendor/tiny/core.0fa02c27028f.js",
                        "/lax/static/vendor/tiny/index.js": "/lax/static/vendor/tiny/index.884d666184a6.js",
                        "tiny": "/lax/static/vendor/tiny/index.884d666184a6.js",
                        "tiny/core.js": "/lax/static/vendor/tiny/core.0fa02c27028f.js",
                        "tiny/index.js": "/lax/static/vendor/tiny/index.884d666184a6.js",
                        "x\\u003c/script\\u003e": "/lax/static/js/widget.a2098bd92b10.mjs"
                      },
                      "integrity": {
                        "/lax/static/js/widget.a2098bd92b10.mjs": "sha256-ogmL2SsQv4uBbSS3VWsc6MSah50TBIkGXvEFHBfgQvY=",
                        "/lax/static/vendor/tiny/core.0fa02c27028f.js": "sha256-D6AsJwKPAFGz6BdE09WrFx1oBzMIO1TfX22fIaNKhE0=",
                        "/lax/static/vendor/tiny/index.884d666184a6.js": "sha256-iE1mYYSmV0mTcZuwTdAcp6Xyak5+lmZ+v370SzOh7Qg="
                      }
                    }"""));
        }

        @Test
        void anUnknownModuleFailsInStrictMode() throws Exception {
            site.assertFailure("/strict/importmap-missing-module.jsp", "<static:importmap include=\"none\"> in "
                    + "/importmap-missing-module.jsp: The static file 'vendor/gone.js'" + NOT_IN_MANIFEST);
        }

        @Test
        void aModuleThatCannotBeMappedIsRefused() throws Exception {
            site.assertFailure("/lax/importmap-module-invalid.jsp", "<static:module name=\"a\" path=\"js/widget/\"/> in "
                    + "/importmap-module-invalid.jsp: An import map module: the module specifier 'a' mapped to 'js/widget/' "
                    + "names a directory; a specifier without a trailing '/' maps to one module such as vendor/lit/index.js");
        }

        @Test
        void aModuleOutsideAnImportMapIsRefused() throws Exception {
            site.assertFailure("/lax/module-outside.jsp", "<static:module name=\"a\" path=\"js/widget.mjs\"/> in "
                    + "/module-outside.jsp is outside <static:importmap>; move it into the <static:importmap> element "
                    + "whose map it adds to.");
        }

        @Test
        void textInTheBodyIsRefused() throws Exception {
            site.assertFailure("/lax/importmap-text.jsp", "<static:importmap> in /importmap-text.jsp holds text: 'oops'. "
                    + "Its body holds <static:module> tags only.");
        }
    }

    @Nested
    class Nonce {
        @Test
        void comesFromTheAttributeEscapedElseFromTheRequestAttribute() throws Exception {
            assertThat(site.page("/lax/importmap-nonce.jsp")).isEqualTo(
                    "<script type=\"importmap\" nonce=\"n&#34;1\">" + WIDGET_AND_TINY + "</script>"
                    + "<script type=\"importmap\" nonce=\"r4nd0m\">" + WIDGET_AND_TINY + "</script>"
                    + "<link rel=\"modulepreload\" href=\"/lax/static/js/widget.a2098bd92b10.mjs\" "
                    + "integrity=\"sha256-ogmL2SsQv4uBbSS3VWsc6MSah50TBIkGXvEFHBfgQvY=\" nonce=\"r4nd0m\"/>"
                    + "<link rel=\"modulepreload\" href=\"/lax/static/js/widget.a2098bd92b10.mjs\" "
                    + "integrity=\"sha256-ogmL2SsQv4uBbSS3VWsc6MSah50TBIkGXvEFHBfgQvY=\" nonce=\"given\"/>");
        }
    }

    @Nested
    class DevMode {
        @Test
        void listsTheBareSpecifiersAloneHashedFromTheFiles() throws Exception {
            assertThat(site.page("/dev/importmap.jsp")).isEqualTo(script("""
                    {
                      "imports": {
                        "tiny": "/dev/static/vendor/tiny/index.884d666184a6.js"
                      },
                      "integrity": {
                        "/dev/static/vendor/tiny/index.884d666184a6.js": "sha256-iE1mYYSmV0mTcZuwTdAcp6Xyak5+lmZ+v370SzOh7Qg="
                      }
                    }"""));
        }
    }
}
