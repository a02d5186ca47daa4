package org.ecstatic.runtime.serving;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutableNamesTest {
    static final ExecutableNames NONE_MAPPED = ExecutableNames.of("/static/", List.of());

    @ParameterizedTest
    @ValueSource(strings = {"index.jsp", "a/b.jspx", "tags/x.jspf", "UPPER.JSP", "mixed.JsPx"})
    void areJspPagesAlwaysWhatEverIsMapped(String name) {
        assertThat(NONE_MAPPED.matches(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"css/site.css", "jsp/x.css", "a.jsp.map", "jsp", "x.jspz", "x.js"})
    void areNotOtherFiles(String name) {
        assertThat(NONE_MAPPED.matches(name)).isFalse();
    }

    @Test
    void takeEveryServletMappingButTheDefaultOne() {
        ExecutableNames names = ExecutableNames.of("/", List.of("/", "", "*.do", "/api/*", "/urls", "*.JSON"));

        assertThat(names.matches("report.do")).isTrue();
        assertThat(names.matches("api/users")).isTrue();
        assertThat(names.matches("api/deep/x.css")).isTrue();
        assertThat(names.matches("urls")).isTrue();
        assertThat(names.matches("data.json")).isTrue();
        assertThat(names.matches("urls.css")).isFalse();
        assertThat(names.matches("apis/x.css")).isFalse();
        assertThat(names.matches("css/site.css")).isFalse();
    }

    @Test
    void comparePathMappingsWithThePrefixInFront() {
        ExecutableNames names = ExecutableNames.of("/static/", List.of("/static/generated/*", "/urls"));

        assertThat(names.matches("generated/x.css")).isTrue();
        assertThat(names.matches("css/x.css")).isFalse();
        assertThat(names.matches("urls")).isFalse(); // /static/urls is not /urls
    }
}
