package org.ecstatic.runtime.serving;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestPathTest {
    private static final String MOUNT = "/app/static/";

    @Nested
    class Names {
        @Test
        void givesTheNameBelowTheMount() {
            assertThat(RequestPath.of("/app/static/css/site.3f2a1b9c0d4e.css", MOUNT))
                    .isEqualTo(new RequestPath(RequestPath.Verdict.NAME, "css/site.3f2a1b9c0d4e.css"));
        }

        @Test
        void decodesHarmlessEscapesAsUtf8() {
            assertThat(RequestPath.of("/app/static/img/caf%C3%A9%20au%20lait.png", MOUNT).name())
                    .isEqualTo("img/café au lait.png");
        }

        @Test
        void namesTheStaticRootAndItsDirectoriesSoThatTheyAreNeverListed() {
            assertThat(RequestPath.of("/app/static/", MOUNT).verdict()).isEqualTo(RequestPath.Verdict.DIRECTORY);
            assertThat(RequestPath.of("/app/static/css/", MOUNT).verdict()).isEqualTo(RequestPath.Verdict.DIRECTORY);
            assertThat(RequestPath.of("/app/static/css/WEB-INF/", MOUNT).verdict()).isEqualTo(RequestPath.Verdict.FORBIDDEN);
            assertThat(RequestPath.of("/app/static/css/../", MOUNT).verdict()).isEqualTo(RequestPath.Verdict.NON_CANONICAL);
        }

        @Test
        void leavesOtherPathsToTheChain() {
            assertThat(RequestPath.of("/app/index.jsp", MOUNT).verdict()).isEqualTo(RequestPath.Verdict.OUTSIDE);
            assertThat(RequestPath.of("/app/static", MOUNT).verdict()).isEqualTo(RequestPath.Verdict.OUTSIDE);
        }
    }

    @Nested
    class Refusals {
        @ParameterizedTest
        @ValueSource(strings = {"/app/static/../WEB-INF/web.xml", "/app/static/css/../x.css", "/app/static/./x.css",
                "/app/static/x.css/.", "/app/static/x.css/..", "/app/static/%2e%2e/x", "/app/static/%2E/x",
                "/app/static/site%2ecss", "/app/static/a%2fb", "/app/static/a%2Fb", "/app/static/a%5cb",
                "/app/static/a\\b", "/app/static/a%00", "/app/static/a%0a", "/app/static/a%7f", "/app/static//a",
                "/app/static/a//b", "/app/static//", "/app/static/a;b", "/app/static/a.css;x=1", "/app/static/a.css;jsessionid=1;x=2",
                "/app/static/a.css;jsessionid=1/b", "/app/static/..;jsessionid=1", "/app/static/x/..;jsessionid=1",
                "/app/static/;jsessionid=1", "/app/static/a.css;jsessionid=a%2e", "/app/static/a.css;jsessionid=1/",
                "/app/static/%c0%ae%c0%ae/x", "/app/static/%e0%80%ae", "/app/static/%ed%a0%80",
                "/app/static/%ff", "/app/static/%e2%82", "/app/static/a%", "/app/static/a%252e", "/app/static/%252e%252e/x",
                "/app/static/..%252fx", "/app/static/a%255cb", "/app/static/a%2500", "/app/static/a%252F",
                "/app/static/a%2", "/app/static/a%zz", "/app/static/caf\u00e9.css", "/app/static/a b",
                "/app/static/a\"b", "/app/static/a<b", "/app/static/a?b", "/app/static/a#b",
                "/app//static/x.css", "/app/./static/x.css", "/app/x/../static/x.css", "/app/%73tatic/x.css",
                "/app;x/static/x.css", "/app\\static\\x.css"})
        void refusesNonCanonicalPaths(String raw) {
            assertThat(RequestPath.of(raw, MOUNT).verdict()).isEqualTo(RequestPath.Verdict.NON_CANONICAL);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/app/static/WEB-INF/web.xml", "/app/static/web-inf/x", "/app/static/a/META-INF/x",
                "/app/static/%57EB-INF/x", "/app/static/Meta-Inf/MANIFEST.MF"})
        void forbidsWebInfAndMetaInfSegments(String raw) {
            assertThat(RequestPath.of(raw, MOUNT).verdict()).isEqualTo(RequestPath.Verdict.FORBIDDEN);
        }

        @Test
        void decodesAPercentSignAndASemicolonInANameOnce() {
            assertThat(RequestPath.of("/app/static/img/100%25.svg", MOUNT).name()).isEqualTo("img/100%.svg");
            assertThat(RequestPath.of("/app/static/img/a%3Bb.svg", MOUNT).name()).isEqualTo("img/a;b.svg");
            assertThat(RequestPath.of("/app/static/img/odd%20%231%3B100%25%20caf%C3%A9.svg", MOUNT).name())
                    .isEqualTo("img/odd #1;100% caf\u00e9.svg");
            assertThat(RequestPath.of("/app/static/img/100%25%20off.svg", MOUNT).name()).isEqualTo("img/100% off.svg");
        }

        @Test
        void dropsTheSessionIdTheContainerAppendsToTheLastSegment() {
            assertThat(RequestPath.of("/app/static/css/site.css;jsessionid=node01abc.node0", MOUNT).name())
                    .isEqualTo("css/site.css");
            assertThat(RequestPath.of("/app/static/css/site.css;JSESSIONID=A1B2C3", MOUNT).name()).isEqualTo("css/site.css");
            assertThat(RequestPath.of("/app/static/css/site.css;sid=7", MOUNT, "sid").name()).isEqualTo("css/site.css");
            assertThat(RequestPath.of("/app/static/css/site.css;jsessionid=7", MOUNT, "sid").name()).isEqualTo("css/site.css");
        }

        @Test
        void allowsNamesThatOnlyContainWebInf() {
            assertThat(RequestPath.of("/app/static/WEB-INFO/x", MOUNT).name()).isEqualTo("WEB-INFO/x");
            assertThat(RequestPath.of("/app/static/..x/y...css", MOUNT).name()).isEqualTo("..x/y...css");
        }
    }
}
