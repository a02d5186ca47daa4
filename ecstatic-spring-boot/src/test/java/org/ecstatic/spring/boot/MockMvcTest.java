package org.ecstatic.spring.boot;

import org.ecstatic.spring.boot.app.TestApplication;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecstatic.spring.boot.app.Http.attribute;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The application's tests that use MockMvc: no web server starts, the pages are rendered against a mock
 * ServletContext, and they still get hashed URLs and the serving filter.
 */
class MockMvcTest {
    static final String SITE_CSS = "/static/css/site.387bc6eb1883.css";

    static void assertHashedPageAndServedFile(MockMvc mvc) throws Exception {
        String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(attribute(page, "link", "href")).isEqualTo(SITE_CSS);
        assertThat(attribute(page, "link", "integrity")).isEqualTo("sha256-OHvG6xiDxBFX5Hi3RRpVjSuIPPlc6ns4DmAyBg7LKxs=");
        assertThat(attribute(page, "link rel=\"preload\"", "href")).isEqualTo("/static/js/app.f25396e444c5.js");
        MockHttpServletResponse css = mvc.perform(get(SITE_CSS)).andReturn().getResponse();
        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    }

    @Nested
    @SpringBootTest(classes = TestApplication.class)
    @AutoConfigureMockMvc
    class MockEnvironment {
        @Autowired
        MockMvc mvc;

        @Test
        void rendersHashedUrlsAndServesTheHashedFiles() throws Exception {
            assertHashedPageAndServedFile(mvc);
        }
    }

    @Nested
    @WebMvcTest
    @ContextConfiguration(classes = TestApplication.class)
    class WebMvcSlice {
        @Autowired
        MockMvc mvc;

        @Test
        void rendersHashedUrlsAndServesTheHashedFiles() throws Exception {
            assertHashedPageAndServedFile(mvc);
        }
    }
}
