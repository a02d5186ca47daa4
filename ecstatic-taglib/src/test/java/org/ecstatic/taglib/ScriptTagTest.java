package org.ecstatic.taglib;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code <static:script>}: a {@code script} element with its end tag; {@code type}, {@code defer} and {@code async}. */
@OnContainer
class ScriptTagTest {
    private final Site site;

    ScriptTagTest(Site site) {
        this.site = site;
    }

    @Test
    void writesSrcTypeAndTheFlagsThatAreTrueBeforeIntegrity() throws Exception {
        assertThat(site.page("/lax/script.jsp")).isEqualTo(String.join("",
                "<script src=\"/lax/static/js/app.d5cc536d539e.js\" integrity=\"sha256-1cxTbVOeZheBim7MOE1e0pccluBgPy96UP5bUrDsPQ8=\"></script>",
                "<script src=\"/lax/static/js/app.d5cc536d539e.js\" type=\"text/javascript\" integrity=\"sha256-1cxTbVOeZheBim7MOE1e0pccluBgPy96UP5bUrDsPQ8=\"></script>",
                "<script src=\"/lax/static/js/widget.a2098bd92b10.mjs?v=2&amp;x=3#top\" type=\"module\" defer async integrity=\"sha256-ogmL2SsQv4uBbSS3VWsc6MSah50TBIkGXvEFHBfgQvY=\"></script>",
                "<script src=\"/lax/static/js/not-collected.js\" async></script>"));
    }

    @Test
    void srcIsRefused() throws Exception {
        site.assertFailure("/lax/script-src.jsp", "<static:script path=\"js/app.js\"/> writes the src attribute "
                + "itself; remove src=\"js/other.js\"");
    }
}
