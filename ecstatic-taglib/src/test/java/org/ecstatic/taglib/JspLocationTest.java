package org.ecstatic.taglib;

import org.junit.jupiter.api.Test;

/** The JSP named in a failure's message, seen through strict mode on pages that include, forward and use tag files. */
@OnContainer
class JspLocationTest {
    /** What follows the JSP in the message: the runtime's, naming the manifest by its URL. */
    static final String MISSING_CSS = ": The static file 'css/missing.css' is not in the manifest "
            + "<url>/WEB-INF/classes/META-INF/ecstatic/manifest.json. Check the name, or collect the static files "
            + "again (ecstatic.strict=true).";

    private final Site site;

    JspLocationTest(Site site) {
        this.site = site;
    }

    @Test
    void anIncludedJspIsNamedRatherThanThePageThatIncludesIt() throws Exception {
        site.assertFailure("/strict/include-strict.jsp", "<static:url path=\"css/missing.css\"/> in /strict.jsp"
                + MISSING_CSS);
    }

    @Test
    void aPageIsNamedItselfOnceAnIncludeHasReturned() throws Exception {
        site.assertFailure("/strict/include-then-strict.jsp", "<static:url path=\"css/missing.css\"/> "
                + "in /include-then-strict.jsp" + MISSING_CSS);
    }

    @Test
    void aForwardedJspIsNamedRatherThanThePageThatForwards() throws Exception {
        site.assertFailure("/strict/forward-strict.jsp", "<static:url path=\"css/missing.css\"/> in /strict.jsp"
                + MISSING_CSS);
    }

    @Test
    void aTagInATagFileNamesThePageThatUsesTheTagFile() throws Exception {
        site.assertFailure("/strict/tagfile-strict.jsp", "<static:script path=\"js/missing.js\"/> in /tagfile-strict.jsp"
                + MISSING_CSS.replace("css/missing.css", "js/missing.js"));
    }
}
