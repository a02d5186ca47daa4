package org.ecstatic.taglib;

import jakarta.servlet.jsp.PageContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code scope} attribute of {@code <static:url>}: the four JSP scopes, by their exact names. */
class ScopeTest {
    @Nested
    class Names {
        @Test
        void eachNameGivesItsPageContextScope() {
            assertThat(Scope.parse("page")).isEqualTo(PageContext.PAGE_SCOPE);
            assertThat(Scope.parse("request")).isEqualTo(PageContext.REQUEST_SCOPE);
            assertThat(Scope.parse("session")).isEqualTo(PageContext.SESSION_SCOPE);
            assertThat(Scope.parse("application")).isEqualTo(PageContext.APPLICATION_SCOPE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Session", "REQUEST", " page", "app", ""})
        void anyOtherNameIsRefusedNamingTheAcceptedOnes(String name) {
            assertThatThrownBy(() -> Scope.parse(name))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("scope=\"" + name + "\" is not a scope; use page, request, session or application");
        }
    }

    @Nested
    @OnContainer
    class InPages {
        private final Site site;

        InPages(Site site) {
            this.site = site;
        }

        /** Each line shows one variable as pageScope, requestScope, sessionScope and applicationScope see it. */
        @Test
        void theUrlIsStoredInTheScopeNamedAndOnlyThere() throws Exception {
            assertThat(site.page("/lax/scope.jsp")).isEqualTo("""
                    <p>inPage: [/lax/static/css/site.383b7421d1db.css] [] [] []</p>
                    <p>inRequest: [] [/lax/static/css/print.a4852844fbcf.css] [] []</p>
                    <p>inSession: [] [] [/lax/static/js/app.d5cc536d539e.js] []</p>
                    <p>inApplication: [] [] [] [/lax/static/js/widget.a2098bd92b10.mjs]</p>
                    """);
        }

        @Test
        void anyOtherScopeFailsThePage() throws Exception {
            assertThat(site.errorPage("/lax/scope-invalid.jsp"))
                    .contains("scope=\"Session\" is not a scope; use page, request, session or application");
        }
    }
}
