package org.ecstatic.taglib;

import jakarta.el.ELContext;
import jakarta.servlet.jsp.JspContext;
import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.JspWriter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Enumeration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecstatic.taglib.Site.CDN;
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

        /** The Host header decides whether the CDN is another origin: only the page's request knows it. */
        @Test
        void aTagInATagFileSeesTheRequestOfThePageThatUsesIt() throws Exception {
            assertThat(site.page("/cdn/tagfile.jsp")).isEqualTo(String.join("",
                    "<link rel=\"stylesheet\" href=\"" + CDN + SITE_CSS + "\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\" crossorigin=\"anonymous\"/>",
                    "<script src=\"" + CDN + APP_JS + "\" defer integrity=\"sha256-1cxTbVOeZheBim7MOE1e0pccluBgPy96UP5bUrDsPQ8=\" crossorigin=\"anonymous\"></script>",
                    "<link rel=\"alternate stylesheet\" href=\"" + CDN + "css/print.a4852844fbcf.css\">\n"));
            assertThat(site.get("/cdn/tagfile.jsp", "cdn.example.com").text()).isEqualTo(String.join("",
                    "<link rel=\"stylesheet\" href=\"" + CDN + SITE_CSS + "\" integrity=\"sha256-ODt0IdHbreWycatkcvPUn7RFmKeVolswyOLyRZmWRzw=\"/>",
                    "<script src=\"" + CDN + APP_JS + "\" defer integrity=\"sha256-1cxTbVOeZheBim7MOE1e0pccluBgPy96UP5bUrDsPQ8=\"></script>",
                    "<link rel=\"alternate stylesheet\" href=\"" + CDN + "css/print.a4852844fbcf.css\">\n"));
        }
    }

    /** A tag handler given a JspContext that no servlet container made, as a test harness might. */
    @Nested
    class OutsideAServletContainer {
        static final String REFUSED = "The Ecstatic tags run in JSPs and tag files of a servlet container; "
                + "this JspContext is a " + NoPageContext.class.getName();

        @Test
        void theUrlTagIsRefused() {
            UrlTag tag = new UrlTag();
            tag.setPath("css/site.css");
            tag.setJspContext(new NoPageContext());
            assertThatThrownBy(tag::doTag).isInstanceOf(JspException.class).hasMessage(REFUSED);
        }

        @Test
        void theElementTagsAreRefused() {
            StylesheetTag stylesheet = new StylesheetTag();
            stylesheet.setPath("css/site.css");
            stylesheet.setJspContext(new NoPageContext());
            assertThatThrownBy(stylesheet::doTag).isInstanceOf(JspException.class).hasMessage(REFUSED);
            ScriptTag script = new ScriptTag();
            script.setPath("js/app.js");
            script.setJspContext(new NoPageContext());
            assertThatThrownBy(script::doTag).isInstanceOf(JspException.class).hasMessage(REFUSED);
        }
    }

    /** A JspContext that is not a PageContext; the tags must not touch it before refusing it. */
    @SuppressWarnings("deprecation")
    static final class NoPageContext extends JspContext {
        @Override
        public void setAttribute(String name, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setAttribute(String name, Object value, int scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getAttribute(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getAttribute(String name, int scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object findAttribute(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeAttribute(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeAttribute(String name, int scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getAttributesScope(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Enumeration<String> getAttributeNamesInScope(int scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JspWriter getOut() {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.servlet.jsp.el.ExpressionEvaluator getExpressionEvaluator() {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.servlet.jsp.el.VariableResolver getVariableResolver() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ELContext getELContext() {
            throw new UnsupportedOperationException();
        }
    }
}
