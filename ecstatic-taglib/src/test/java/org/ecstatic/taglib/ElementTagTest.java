package org.ecstatic.taglib;

import org.ecstatic.runtime.manifest.Digest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecstatic.taglib.Site.CDN;
import static org.ecstatic.taglib.WebappFixture.APP_JS;
import static org.ecstatic.taglib.WebappFixture.SITE_CSS;

/**
 * What {@code <static:stylesheet>} and {@code <static:script>} share: integrity from the manifest, the
 * author's other attributes passed through, and {@code crossorigin} for a URL on another origin.
 */
@OnContainer
class ElementTagTest {
    private final Site site;

    ElementTagTest(Site site) {
        this.site = site;
    }

    @Nested
    class Integrity {
        @Test
        void integrityIsTheSha256OfTheBytesServed() throws Exception {
            Matcher element = Pattern.compile("(?:href|src)=\"([^\"]+)\" (?:[^>]*?)integrity=\"([^\"]+)\"")
                    .matcher(site.page("/lax/elements.jsp"));
            int checked = 0;
            while (element.find()) {
                Http.Response asset = site.get(element.group(1));
                assertThat(asset.status()).as(element.group(1)).isEqualTo(200);
                assertThat(Digest.of(asset.body()).integrity()).as(element.group(1)).isEqualTo(element.group(2));
                checked++;
            }
            assertThat(checked).isEqualTo(4);
        }

        @Test
        void isRefusedAsAnAttributeOfEitherTag() throws Exception {
            site.assertFailure("/lax/stylesheet-integrity.jsp", "<static:stylesheet path=\"css/site.css\"/> writes the "
                    + "integrity attribute itself; remove integrity=\"sha256-AAAA\"");
            site.assertFailure("/lax/script-integrity.jsp", "<static:script path=\"js/app.js\"/> writes the "
                    + "integrity attribute itself; remove integrity=\"sha256-AAAA\"");
        }

        @Test
        void isRefusedInAnyCaseAsHtmlAttributeNamesAreNotCaseSensitive() throws Exception {
            site.assertFailure("/lax/reserved-case.jsp", "<static:stylesheet path=\"css/site.css\"/> writes the "
                    + "href attribute itself; remove HREF=\"css/other.css\"");
        }
    }

    @Nested
    class PassedThroughAttributes {
        @Test
        void writeLinkAndScriptWithIntegrityAndPassedThroughAttributes() throws Exception {
            assertThat(site.page("/lax/elements.jsp")).isEqualTo(String.join("",
                    "<link rel=\"stylesheet\" href=\"/lax/static/css/site.383b7421d1db.css\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\"/>",
                    "<link rel=\"stylesheet\" href=\"/lax/static/css/print.a4852844fbcf.css\" integrity=\"sha256-pIUoRPvPG9JlKSqi8TjINdUsDkTU+aGzgYNZ5LR2Ci0=\" media=\"print\" title=\"Say &#34;hi&#34; &amp; &lt;b&gt;\"/>",
                    "<script src=\"/lax/static/js/app.d5cc536d539e.js\" defer integrity=\"sha256-1cxTbVOeZheBim7MOE1e0pccluBgPy96UP5bUrDsPQ8=\"></script>",
                    "<script src=\"/lax/static/js/widget.a2098bd92b10.mjs\" type=\"module\" async integrity=\"sha256-ogmL2SsQv4uBbSS3VWsc6MSah50TBIkGXvEFHBfgQvY=\" data-role=\"widget\"></script>",
                    "<script src=\"/lax/static/js/not-collected.js\" nomodule></script>"));
        }

        @Test
        void keepTheirOrderAreEscapedAndAreLeftOutWhenFalseOrNull() throws Exception {
            assertThat(site.page("/lax/attributes.jsp")).isEqualTo(String.join("",
                    "<link rel=\"stylesheet\" href=\"/lax/static/css/site.383b7421d1db.css\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\"",
                    " title=\"Tom &amp; &#34;Jerry&#34; &lt;3 &#39;cheese&#39;\" data-n=\"3\" media=\"screen\"/>",
                    "<script src=\"/lax/static/js/app.d5cc536d539e.js\" integrity=\"sha256-1cxTbVOeZheBim7MOE1e0pccluBgPy96UP5bUrDsPQ8=\"",
                    " data-a=\"1\" nomodule data-b=\"&lt;2&gt;\" data-c=\"Tom &amp; &#34;Jerry&#34; &lt;3 &#39;cheese&#39;\"></script>"));
        }
    }

    @Nested
    class Crossorigin {
        @Test
        void addCrossoriginOnlyWhenTheUrlIsOnAnotherOrigin() throws Exception {
            assertThat(site.page("/cdn/elements.jsp")).startsWith(
                    "<link rel=\"stylesheet\" href=\"" + CDN + SITE_CSS
                            + "\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\" crossorigin=\"anonymous\"/><link ");
            Http.Response sameOrigin = site.get("/cdn/elements.jsp", "cdn.example.com");
            assertThat(sameOrigin.text()).startsWith(
                    "<link rel=\"stylesheet\" href=\"" + CDN + SITE_CSS
                            + "\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\"/><link ");
            assertThat(site.page("/lax/elements.jsp")).doesNotContain("crossorigin");
        }

        @Test
        void theAuthorsCrossoriginIsWrittenInsteadOfTheTagsOwn() throws Exception {
            assertThat(site.page("/cdn/crossorigin.jsp")).isEqualTo(String.join("",
                    "<link rel=\"stylesheet\" href=\"" + CDN + SITE_CSS + "\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\" crossorigin=\"use-credentials\"/>",
                    "<script src=\"" + CDN + APP_JS + "\" integrity=\"sha256-1cxTbVOeZheBim7MOE1e0pccluBgPy96UP5bUrDsPQ8=\" crossorigin=\"anonymous\"></script>"));
            assertThat(site.page("/lax/crossorigin.jsp")).isEqualTo(String.join("",
                    "<link rel=\"stylesheet\" href=\"/lax/static/" + SITE_CSS + "\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\" crossorigin=\"use-credentials\"/>",
                    "<script src=\"/lax/static/" + APP_JS + "\" integrity=\"sha256-1cxTbVOeZheBim7MOE1e0pccluBgPy96UP5bUrDsPQ8=\"></script>"));
        }

        @Test
        void theAuthorsCrossoriginInAnotherCaseIsWrittenInsteadOfTheTagsOwn() throws Exception {
            assertThat(site.page("/cdn/crossorigin-case.jsp")).isEqualTo(
                    "<link rel=\"stylesheet\" href=\"" + CDN + SITE_CSS + "\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\" crossOrigin=\"use-credentials\"/>");
        }
    }
}
