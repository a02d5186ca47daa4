package org.ecstatic.spring.boot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceChainOverlapTest {
    @ParameterizedTest(name = "static path pattern {0}, strategy path {1}, prefix {2}: {3}")
    @CsvSource({
            "/**, /**, /static/, true",
            "/**, /static/**, /static/, true",
            "/**, /static/css/**, /static/, true",
            "/**, /**/*.css, /static/, true",
            "/**, /static/*.css, /static/, true",
            "/**, /js/**, /static/, false",
            "/**, /static-old/**, /static/, false",
            "/**, /css/**, /static/, false",
            "/resources/**, /**, /static/, false",
            "/static/**, /**, /static/, true",
            "/static/**, /css/**, /static/, true",
            "/**, /js/**, /, true",
    })
    void coversAUrlBelowThePrefix(String staticPathPattern, String path, String prefix, boolean covers) {
        assertThat(ResourceChainOverlap.covers(staticPathPattern, path, prefix)).isEqualTo(covers);
    }
}
