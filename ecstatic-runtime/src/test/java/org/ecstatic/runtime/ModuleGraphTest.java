package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleGraphTest {
    private static final ModuleGraph GRAPH = ModuleGraph.of(Modules.MANIFEST, "/s/");

    @Nested
    class ModuleNames {
        @Test
        void areTheLogicalNamesEndingInJsOrMjs() {
            assertThat(GRAPH.modules()).containsExactly("js/app.js", "js/lazy.mjs", "js/lib/format.js",
                    "js/shared/util.js", "js/x&y.js", "vendor/tiny/core.js", "vendor/tiny/index.js");
            assertThat(ModuleGraph.isModule("a/B.MJS")).isTrue();
            assertThat(ModuleGraph.isModule("a/b.json")).isFalse();
        }

        @Test
        void underADirectoryAreThoseWhoseNamesStartWithIt() {
            assertThat(GRAPH.modulesUnder("vendor/tiny/")).containsExactly("vendor/tiny/core.js", "vendor/tiny/index.js");
            assertThat(GRAPH.modulesUnder("vendor/t/")).isEmpty();
        }

        @Test
        void knowTheirLogicalNameUrlAndIntegrityByHashedName() {
            assertThat(GRAPH.logicalName("js/app.aaaaaaaaaaaa.js")).isEqualTo("js/app.js");
            assertThat(GRAPH.logicalName("js/gone.dddddddddddd.js")).isNull();
            assertThat(GRAPH.logicalName("css/site.3f2a1b9c0d4e.css")).isNull();
            assertThat(GRAPH.url("js/x&y.ffffffffffff.js")).isEqualTo("/s/js/x&y.ffffffffffff.js");
            assertThat(GRAPH.integrity("js/gone.dddddddddddd.js")).isEqualTo("sha256-gone");
            assertThat(GRAPH.integrity("js/none.dddddddddddd.js")).isNull();
        }

        @Test
        void noneKnowsNoModule() {
            assertThat(ModuleGraph.none().modules()).isEmpty();
            assertThat(ModuleGraph.none().hashedName("js/app.js")).isNull();
        }
    }

    @Nested
    class Closure {
        @Test
        void isBreadthFirstInSortedOrderEachOnceAndEndsACycle() {
            assertThat(GRAPH.closure(List.of("js/app.aaaaaaaaaaaa.js"))).containsExactly("js/app.aaaaaaaaaaaa.js",
                    "js/lib/format.bbbbbbbbbbbb.js", "js/shared/util.cccccccccccc.js");
            assertThat(GRAPH.closure(List.of("js/shared/util.cccccccccccc.js"))).containsExactly(
                    "js/shared/util.cccccccccccc.js", "js/app.aaaaaaaaaaaa.js", "js/lib/format.bbbbbbbbbbbb.js");
        }

        @Test
        void keepsTheSeedsFirstInTheirOrder() {
            assertThat(GRAPH.closure(List.of("vendor/tiny/index.222222222222.js", "js/lazy.eeeeeeeeeeee.mjs")))
                    .containsExactly("vendor/tiny/index.222222222222.js", "js/lazy.eeeeeeeeeeee.mjs",
                            "vendor/tiny/core.111111111111.js", "js/gone.dddddddddddd.js");
        }

        @Test
        void keepsButDoesNotFollowANameTheManifestDoesNotList() {
            ModuleGraph graph = ModuleGraph.of(Manifest.of(Map.of("a.js", "a.111111111111.js"),
                    Map.of("a.111111111111.js", new Manifest.FileEntry(1, null, List.of(), List.of("b.222222222222.js")))), "/");
            assertThat(graph.closure(List.of("a.111111111111.js"))).containsExactly("a.111111111111.js", "b.222222222222.js");
        }
    }

    @Nested
    class Cache {
        @Test
        void buildsOncePerKey() {
            ModuleGraph graph = ModuleGraph.of(Modules.MANIFEST, "/s/");
            AtomicInteger builds = new AtomicInteger();
            Object first = graph.cached("k", () -> "built " + builds.incrementAndGet());
            assertThat(graph.<Object>cached("k", () -> "built " + builds.incrementAndGet())).isSameAs(first);
            assertThat(builds).hasValue(1);
            assertThat(graph.<Object>kept("k")).isSameAs(first);
            assertThat(graph.<Object>kept("other")).isNull();
        }

        @Test
        void stopsKeepingPastItsLimit() {
            ModuleGraph graph = ModuleGraph.of(Modules.MANIFEST, "/s/");
            for (int i = 0; i < ModuleGraph.CACHE_LIMIT; i++) {
                graph.cached(i, () -> "x");
            }
            AtomicInteger builds = new AtomicInteger();
            graph.cached("over", builds::incrementAndGet);
            graph.cached("over", builds::incrementAndGet);
            assertThat(builds).hasValue(2);
        }

        @Test
        void noneKeepsNothing() {
            ModuleGraph none = ModuleGraph.none();
            AtomicInteger builds = new AtomicInteger();
            none.cached("k", builds::incrementAndGet);
            none.cached("k", builds::incrementAndGet);
            assertThat(builds).hasValue(2);
            assertThat(none.<Object>kept("k")).isNull();
        }
    }
}
