package org.ecstatic.tools;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Which file references which, ordered so that a file comes after everything it references. Files
 * that reference each other, directly or through others, form a cycle and share one component.
 */
final class ReferenceGraph {
    private final Map<String, Set<String>> edges;
    private final Map<String, Integer> component = new HashMap<>();
    private final List<List<String>> components = new ArrayList<>();
    private final Map<Integer, List<String>> sortedMembers = new java.util.concurrent.ConcurrentHashMap<>();

    private ReferenceGraph(Map<String, Set<String>> edges) {
        this.edges = edges;
    }

    /**
     * Orders the nodes of {@code edges}: each key references the files in its value (only keys are
     * followed; a value that is not a key has no references of its own).
     */
    static ReferenceGraph of(Map<String, Set<String>> edges) {
        ReferenceGraph graph = new ReferenceGraph(edges);
        graph.findComponents();
        return graph;
    }

    /**
     * Returns the files in groups that can be processed in parallel: every file of a group only
     * references files of earlier groups, or files on a cycle with itself.
     */
    List<List<String>> levels() {
        int[] level = new int[components.size()];
        List<List<String>> levels = new ArrayList<>();
        for (int c = 0; c < components.size(); c++) {
            int depth = 0;
            for (String node : components.get(c)) {
                for (String target : edges.getOrDefault(node, Set.of())) {
                    Integer tc = component.get(target);
                    if (tc != null && tc != c) {
                        depth = Math.max(depth, level[tc] + 1);
                    }
                }
            }
            level[c] = depth;
            while (levels.size() <= depth) {
                levels.add(new ArrayList<>());
            }
            levels.get(depth).addAll(components.get(c));
        }
        return levels;
    }

    /**
     * Runs {@code task} once for each group of files (the files of one cycle, or one file), each group
     * as soon as every group it references is done, many at once on {@code executor}: a file never waits
     * for files it does not need, as it would for a whole level. Returns when all are done.
     *
     * @throws RuntimeException the first exception a task threw (the groups that need its group do not
     *                          run)
     */
    void runInOrder(Consumer<List<String>> task, Executor executor) {
        CompletableFuture<?>[] done = new CompletableFuture<?>[components.size()];
        for (int c = 0; c < components.size(); c++) {
            // Tarjan's algorithm gives each component after every component it reaches
            List<String> members = components.get(c);
            done[c] = CompletableFuture.allOf(referenced(c).stream().map(d -> done[d]).toArray(CompletableFuture<?>[]::new))
                    .thenRunAsync(() -> task.accept(members), executor);
        }
        try {
            CompletableFuture.allOf(done).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Returns the other components that the files of component {@code c} reference. */
    private Set<Integer> referenced(int c) {
        Set<Integer> referenced = new java.util.HashSet<>();
        for (String node : components.get(c)) {
            for (String target : edges.getOrDefault(node, Set.of())) {
                Integer tc = component.get(target);
                if (tc != null && tc != c) {
                    referenced.add(tc);
                }
            }
        }
        return referenced;
    }

    /** Returns the cycles, each as the sorted files on it, sorted by their first file; empty when none. */
    List<List<String>> cycles() {
        List<List<String>> cycles = new ArrayList<>();
        for (List<String> c : components) {
            String first = c.get(0);
            if (c.size() > 1 || edges.getOrDefault(first, Set.of()).contains(first)) {
                cycles.add(c.stream().sorted().toList());
            }
        }
        cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return cycles;
    }

    /**
     * Returns the files on the cycle through {@code node}, sorted, {@code node} among them; null when
     * {@code node} is on no cycle (a file that references itself is on a cycle of one).
     */
    List<String> cycleOf(String node) {
        Integer c = component.get(node);
        if (c == null) {
            return null;
        }
        List<String> members = components.get(c);
        if (members.size() == 1 && !edges.getOrDefault(node, Set.of()).contains(node)) {
            return null;
        }
        return sortedMembers.computeIfAbsent(c, k -> members.stream().sorted().toList());
    }

    /** Returns whether {@code a} and {@code b} are on one cycle (or are the same file). */
    boolean onOneCycle(String a, String b) {
        Integer ca = component.get(a);
        return ca != null && ca.equals(component.get(b));
    }

    /** Tarjan's algorithm without recursion: components come out after everything they reach. */
    private void findComponents() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        for (String root : edges.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Frame> frames = new ArrayDeque<>();
            frames.push(visit(root, index, low, stack, onStack));
            while (!frames.isEmpty()) {
                Frame frame = frames.peek();
                if (frame.targets.hasNext()) {
                    String target = frame.targets.next();
                    if (!edges.containsKey(target)) {
                        continue;
                    }
                    if (!index.containsKey(target)) {
                        frames.push(visit(target, index, low, stack, onStack));
                    } else if (onStack.contains(target)) {
                        low.merge(frame.node, index.get(target), Math::min);
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    low.merge(frames.peek().node, low.get(frame.node), Math::min);
                }
                if (low.get(frame.node).equals(index.get(frame.node))) {
                    popComponent(frame.node, stack, onStack);
                }
            }
        }
    }

    private Frame visit(String node, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                        Set<String> onStack) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        return new Frame(node, edges.getOrDefault(node, Set.of()).iterator());
    }

    private void popComponent(String root, Deque<String> stack, Set<String> onStack) {
        List<String> members = new ArrayList<>();
        String node;
        do {
            node = stack.pop();
            onStack.remove(node);
            members.add(node);
            component.put(node, components.size());
        } while (!node.equals(root));
        components.add(members);
    }

    private record Frame(String node, java.util.Iterator<String> targets) {
    }
}
