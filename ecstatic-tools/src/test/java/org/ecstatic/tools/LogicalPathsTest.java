package org.ecstatic.tools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogicalPathsTest {
    static String resolve(String referrer, String target) {
        return LogicalPaths.resolve(referrer, target, "/static/");
    }

    @Test
    void relativePathsResolveAgainstTheReferrersDirectory() {
        assertThat(resolve("css/site.css", "../img/a.png")).isEqualTo("img/a.png");
        assertThat(resolve("css/site.css", "a.png")).isEqualTo("css/a.png");
        assertThat(resolve("css/site.css", "./a.png")).isEqualTo("css/a.png");
        assertThat(resolve("site.css", "img/./x/../a.png")).isEqualTo("img/a.png");
    }

    @Test
    void rootAbsolutePathsResolveUnderTheStaticPrefixOnly() {
        assertThat(resolve("css/site.css", "/static/img/a.png")).isEqualTo("img/a.png");
        assertThat(resolve("css/site.css", "/favicon.ico")).isNull();
    }

    @Test
    void queryAndFragmentAreNotPartOfThePath() {
        assertThat(resolve("css/site.css", "../fonts/i.woff2?v=3#iefix")).isEqualTo("fonts/i.woff2");
        assertThat(resolve("css/site.css", "?#iefix")).isNull();
    }

    @Test
    void percentEncodingIsDecoded() {
        assertThat(resolve("css/site.css", "my%20image.png")).isEqualTo("css/my image.png");
    }

    @Test
    void aPathAboveTheStaticRootKeepsItsClimbSoThatNoFileHasIt() {
        assertThat(resolve("css/site.css", "../../secret.png")).isEqualTo("../secret.png");
        assertThat(resolve("a/b/c.js", "../../../../x/../y.js")).isEqualTo("../../y.js");
    }

    @Test
    void emptySegmentsAreDroppedAndEachClimbTakesBackOneSegment() {
        assertThat(resolve("js/app.js", ".//lib//../util/./a.js")).isEqualTo("js/util/a.js");
        assertThat(resolve("js/app.js", "../lib/x/y/z/../../../../js/b.mjs")).isEqualTo("js/b.mjs");
        assertThat(resolve("js/app.js", "/static//js/../c.js")).isEqualTo("c.js");
    }

    @Test
    void aMalformedEscapeIsLeftAsWritten() {
        assertThat(resolve("css/site.css", "bad%zz.png")).isEqualTo("bad%zz.png");
    }

    @Test
    void aPathEndingInASlashNamesADirectoryNotTheFileOfThatName() {
        assertThat(resolve("css/site.css", "a.png/")).isEqualTo("css/a.png/");
        assertThat(resolve("css/site.css", "../img/./")).isEqualTo("img/");
    }
}
