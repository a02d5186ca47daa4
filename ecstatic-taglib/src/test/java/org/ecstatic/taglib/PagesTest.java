package org.ecstatic.taglib;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecstatic.taglib.WebappFixture.APP_JS;
import static org.ecstatic.taglib.WebappFixture.SITE_CSS;

/** The request behind a tag's JspContext: in JSPs, JSP documents and tag files, and nowhere else. */
class PagesTest {
    @Nested
    @OnContainer
    class InPages {
        private final Site site;

        InPages(Site site) {
            this.site = site;
        }

        @Test
        void jspDocumentsUseTheTagsThroughTheirNamespace() throws Exception {
            assertThat(site.page("/lax/document.jspx")).isEqualTo(
                    "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><link rel=\"stylesheet\" href=\"/lax/static/"
                            + SITE_CSS + "\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\"/></head>"
                            + "<body><a href=\"/lax/static/" + APP_JS + "\">/lax/static/" + SITE_CSS
                            + "?a=1&amp;b=2</a></body></html>");
        }

        @Test
        void tagFilesUseTheTagsWithTheirOwnAttributesAndScope() throws Exception {
            assertThat(site.page("/lax/tagfile.jsp")).isEqualTo(String.join("",
                    "<link rel=\"stylesheet\" href=\"/lax/static/css/site.383b7421d1db.css\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\"/>",
                    "<script src=\"/lax/static/js/app.d5cc536d539e.js\" defer integrity=\"sha256-1cxTbVOeZheBim7MOE1e0pccluBgPy96UP5bUrDsPQ8=\"></script>",
                    "<link rel=\"alternate stylesheet\" href=\"/lax/static/css/print.a4852844fbcf.css\">\n"));
        }
    }
}
