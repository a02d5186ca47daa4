package org.ecstatic.tools;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceGraphTest {
    static Map<String, Set<String>> edges(String... pairs) {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        for (String pair : pairs) {
            String[] ends = pair.split("->");
            edges.computeIfAbsent(ends[0], k -> new java.util.LinkedHashSet<>());
            if (ends.length > 1) {
                edges.get(ends[0]).add(ends[1]);
                edges.computeIfAbsent(ends[1], k -> new java.util.LinkedHashSet<>());
            }
        }
        return edges;
    }

    @Nested
    class Order {
        @Test
        void aFileComesAfterEverythingItReferences() {
            ReferenceGraph graph = ReferenceGraph.of(edges("page.css->theme.css", "theme.css->bg.png",
                    "page.css->logo.png", "other.css->bg.png"));

            List<List<String>> levels = graph.levels();
            assertThat(levels).hasSize(3);
            assertThat(levels.get(0)).containsExactlyInAnyOrder("bg.png", "logo.png");
            assertThat(levels.get(1)).containsExactlyInAnyOrder("theme.css", "other.css");
            assertThat(levels.get(2)).containsExactly("page.css");
        }

        @Test
        void aLongChainDoesNotOverflowTheStack() {
            String[] chain = new String[20_000];
            for (int i = 0; i < chain.length; i++) {
                chain[i] = "f" + i + "->f" + (i + 1);
            }
            assertThat(ReferenceGraph.of(edges(chain)).levels()).hasSize(20_001);
        }
    }

    @Test
    void takesFilesByNumberAsByName() {
        ReferenceGraph graph = ReferenceGraph.of(new String[]{"a.js", "b.js", "c.js"}, new int[][]{{1}, {0, 2}, {}});

        assertThat(graph.cycles()).containsExactly(List.of("a.js", "b.js"));
        assertThat(graph.cycleOf("b.js")).containsExactly("a.js", "b.js");
        assertThat(graph.cycleOf("c.js")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceGraph.of(new String[]{"a.js"}, new int[][]{{1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no file has the number 1 among 1");
    }

    @Nested
    class RunInOrder {
        @Test
        void runsEachGroupOnceAfterEveryGroupItReferences() {
            ReferenceGraph graph = ReferenceGraph.of(edges("app.js->a.js", "app.js->b.js", "a.js->util.js",
                    "b.js->util.js", "c2.js->c1.js", "c1.js->c2.js", "c1.js->util.js", "main.js->c1.js", "alone.js",
                    "self.js->self.js"));
            List<String> order = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                graph.runInOrder(file -> order.add(graph.name(file)), group -> order.add(String.join("+", group) + " (cycle)"), pool);
            } finally {
                pool.shutdown();
            }

            assertThat(order).containsExactlyInAnyOrder("util.js", "a.js", "b.js", "app.js", "c1.js+c2.js (cycle)",
                    "main.js", "alone.js", "self.js (cycle)");
            assertThat(order.indexOf("util.js")).isLessThan(order.indexOf("a.js")).isLessThan(order.indexOf("c1.js+c2.js (cycle)"));
            assertThat(order.indexOf("a.js")).isLessThan(order.indexOf("app.js"));
            assertThat(order.indexOf("b.js")).isLessThan(order.indexOf("app.js"));
            assertThat(order.indexOf("c1.js+c2.js (cycle)")).isLessThan(order.indexOf("main.js"));
        }

        @Test
        void givesAFileOfItsOwnByItsNumberAndACycleByItsSortedNames() {
            String[] names = {"main.js", "c2.js", "c1.js", "util.js", "self.js"};
            ReferenceGraph graph = ReferenceGraph.of(names, new int[][]{{2}, {2}, {1, 3}, {}, {4}});
            List<String> order = new java.util.ArrayList<>();
            graph.runInOrder(number -> order.add(number + "=" + names[number]),
                    members -> order.add(String.join("+", members)), Runnable::run);

            assertThat(order).containsExactlyInAnyOrder("3=util.js", "c1.js+c2.js", "0=main.js", "self.js");
            assertThat(order.indexOf("3=util.js")).isLessThan(order.indexOf("c1.js+c2.js"));
            assertThat(order.indexOf("c1.js+c2.js")).isLessThan(order.indexOf("0=main.js"));
        }

        @Test
        void throwsWhatATaskThrewAndRunsNoGroupThatNeedsIt() {
            ReferenceGraph graph = ReferenceGraph.of(edges("app.js->util.js"));
            List<String> ran = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> graph.runInOrder(file -> {
                if (graph.name(file).equals("util.js")) {
                    throw new IllegalStateException("util.js failed");
                }
                ran.add(graph.name(file));
            }, ran::addAll, Runnable::run)).isInstanceOf(IllegalStateException.class).hasMessage("util.js failed");
            assertThat(ran).isEmpty();
        }
    }

    @Nested
    class Cycles {
        @Test
        void areFoundWithTheFilesOnThem() {
            ReferenceGraph graph = ReferenceGraph.of(edges("a.css->b.css", "b.css->c.css", "c.css->a.css",
                    "d.css->a.css", "a.css->img.png", "self.css->self.css"));

            assertThat(graph.cycles()).containsExactly(List.of("a.css", "b.css", "c.css"), List.of("self.css"));
            assertThat(graph.onOneCycle("a.css", "c.css")).isTrue();
            assertThat(graph.onOneCycle("d.css", "a.css")).isFalse();
        }

        @Test
        void aCycleComesAfterWhatItReferencesAndBeforeItsReferrers() {
            ReferenceGraph graph = ReferenceGraph.of(edges("a.css->b.css", "b.css->a.css", "a.css->img.png",
                    "d.css->a.css"));

            assertThat(graph.levels()).containsExactly(List.of("img.png"),
                    graph.levels().get(1), List.of("d.css"));
            assertThat(graph.levels().get(1)).containsExactlyInAnyOrder("a.css", "b.css");
        }

        @Test
        void giveEachMemberTheSortedFilesOfItsCycle() {
            ReferenceGraph graph = ReferenceGraph.of(edges("c.js->a.js", "a.js->b.js", "b.js->c.js", "d.js->a.js",
                    "self.js->self.js"));

            assertThat(graph.cycleOf("b.js")).containsExactly("a.js", "b.js", "c.js");
            assertThat(graph.cycleOf("c.js")).isSameAs(graph.cycleOf("a.js"));
            assertThat(graph.cycleOf("self.js")).containsExactly("self.js");
            assertThat(graph.cycleOf("d.js")).isNull();
            assertThat(graph.cycleOf("unknown.js")).isNull();
        }

        @Test
        void noCyclesGiveAnEmptyList() {
            assertThat(ReferenceGraph.of(edges("a->b")).cycles()).isEmpty();
        }
    }
}
