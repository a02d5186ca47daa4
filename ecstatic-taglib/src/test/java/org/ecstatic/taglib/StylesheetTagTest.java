package org.ecstatic.taglib;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code <static:stylesheet>}: a {@code link rel="stylesheet"} element, closed as an empty element. */
@OnContainer
class StylesheetTagTest {
    private final Site site;

    StylesheetTagTest(Site site) {
        this.site = site;
    }

    @Test
    void writesALinkWithRelHrefAndIntegrityBeforeTheOtherAttributes() throws Exception {
        assertThat(site.page("/lax/stylesheet.jsp")).isEqualTo(String.join("",
                "<link rel=\"stylesheet\" href=\"/lax/static/css/site.383b7421d1db.css\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\"/>",
                "<link rel=\"stylesheet\" href=\"/lax/static/css/print.a4852844fbcf.css?v=2&amp;x=3#top\" integrity=\"sha256-pIUoRPvPG9JlKSqi8TjINdUsDkTU+aGzgYNZ5LR2Ci0=\" media=\"print\"/>",
                "<link rel=\"stylesheet\" href=\"/lax/static/css/not-collected.css\"/>"));
    }

    @Test
    void anAttributeTheTagWritesItselfIsRefused() throws Exception {
        site.assertFailure("/lax/reserved.jsp", "<static:stylesheet path=\"css/site.css\"/> writes the href attribute "
                + "itself; remove href=\"css/other.css\"");
    }

    @Test
    void relIsRefused() throws Exception {
        site.assertFailure("/lax/stylesheet-rel.jsp", "<static:stylesheet path=\"css/site.css\"/> writes the rel "
                + "attribute itself; remove rel=\"preload\"");
    }
}
