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
    void anAttributeTheTagWritesItselfIsRefused() throws Exception {
        site.assertFailure("/lax/reserved.jsp", "<static:stylesheet path=\"css/site.css\"/> writes the href attribute "
                + "itself; remove href=\"css/other.css\"");
    }
}
