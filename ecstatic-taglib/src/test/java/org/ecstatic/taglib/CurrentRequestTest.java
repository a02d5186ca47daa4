package org.ecstatic.taglib;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request that the EL functions find: the one the thread serves, from the moment the container
 * says it starts until it says it ends. The pages call the listener the way the container does.
 */
@OnContainer
class CurrentRequestTest {
    static final String SITE_CSS_URL = "/lax/static/css/site.383b7421d1db.css";
    static final String OUTSIDE = "${static:url('css/site.css')} was called outside a request. The EL functions "
            + "work in JSPs of a web application that has ecstatic-taglib in WEB-INF/lib.";

    private final Site site;

    CurrentRequestTest(Site site) {
        this.site = site;
    }

    @Test
    void aThreadThatThePageStartsHasNoRequest() throws Exception {
        assertThat(site.page("/lax/current-request-thread.jsp")).isEqualTo(
                "<p>in the page: " + SITE_CSS_URL + "</p>\n"
                        + "<p>in a thread the page starts: " + OUTSIDE + "</p>\n");
    }

    @Test
    void theRequestIsForgottenWhenItEndsAndRememberedWhenItStarts() throws Exception {
        assertThat(site.page("/lax/current-request-end.jsp")).isEqualTo(
                "<p>in the page: " + SITE_CSS_URL + "</p>\n"
                        + "<p>after this request ended: " + OUTSIDE + "</p>\n"
                        + "<p>when it starts again: " + SITE_CSS_URL + "</p>\n");
    }

    @Test
    void theEndOfAnotherRequestLeavesThisOne() throws Exception {
        assertThat(site.page("/lax/current-request-other.jsp")).isEqualTo(
                "<p>in the page: " + SITE_CSS_URL + "</p>\n"
                        + "<p>after another request ended: " + SITE_CSS_URL + "</p>\n");
    }
}
