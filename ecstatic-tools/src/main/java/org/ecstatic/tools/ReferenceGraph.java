package org.ecstatic.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Which file references which, ordered so that a file comes after everything it references. Files
 * that reference each other, directly or through others, form a cycle and share one component.
 *
 * <p>The files are numbered once and the graph is held in {@code int} arrays: a collect of thousands
 * of modules with tens of thousands of imports orders them in a few milliseconds.
 */
final class ReferenceGraph {
    /** The files, by number. */
    private final String[] names;
    /** The number of each file, made when a file is first asked about by name. */
    private volatile Map<String, Integer> numbers;
    /** For each file, the numbers of the files it references (only files that are nodes). */
    private final int[][] targets;
    private final boolean[] selfReference;
    /** For each file, the number of its component. */
    private final int[] component;
    /** The members of each component, by number; a component comes after every component it reaches. */
    private final List<int[]> components = new ArrayList<>();
    /** For each component, the other components its files reference, each once. */
    private int[][] referenced;
    private final Map<Integer, List<String>> sortedMembers = new java.util.concurrent.ConcurrentHashMap<>();

    private ReferenceGraph(String[] names, int[][] targets) {
        this.names = names;
        this.targets = targets;
        selfReference = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            for (int t : targets[i]) {
                if (t == i) {
                    selfReference[i] = true;
                }
            }
        }
        component = new int[names.length];
    }

    /** The number of each file. */
    private Map<String, Integer> numbers() {
        Map<String, Integer> map = numbers;
        if (map == null) {
            map = new HashMap<>(names.length * 4 / 3 + 1);
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], i);
            }
            numbers = map;
        }
        return map;
    }

    /**
     * Orders the nodes of {@code edges}: each key references the files in its value (only keys are
     * followed; a value that is not a key has no references of its own).
     */
    static ReferenceGraph of(Map<String, Set<String>> edges) {
        String[] names = edges.keySet().toArray(new String[0]);
        Map<String, Integer> numbers = new HashMap<>(names.length * 4 / 3 + 1);
        for (int i = 0; i < names.length; i++) {
            numbers.put(names[i], i);
        }
        int[][] targets = new int[names.length][];
        for (int i = 0; i < names.length; i++) {
            targets[i] = edges.get(names[i]).stream().map(numbers::get).filter(t -> t != null).mapToInt(t -> t).toArray();
        }
        return of(names, targets);
    }

    /**
     * Orders files given by number: file {@code i}, named {@code names[i]}, references the files whose
     * numbers are in {@code targets[i]}, each once. The arrays are taken over, not copied.
     */
    static ReferenceGraph of(String[] names, int[][] targets) {
        if (names.length != targets.length) {
            throw new IllegalArgumentException(names.length + " names for the targets of " + targets.length + " files");
        }
        for (int[] refs : targets) {
            for (int t : refs) {
                if (t < 0 || t >= names.length) {
                    throw new IllegalArgumentException("no file has the number " + t + " among " + names.length);
                }
            }
        }
        ReferenceGraph graph = new ReferenceGraph(names, targets);
        graph.findComponents();
        graph.linkComponents();
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
            for (int d : referenced[c]) {
                depth = Math.max(depth, level[d] + 1);
            }
            level[c] = depth;
            while (levels.size() <= depth) {
                levels.add(new ArrayList<>());
            }
            for (int member : components.get(c)) {
                levels.get(depth).add(names[member]);
            }
        }
        return levels;
    }

    /** The name of file number {@code file}: its index in the names the graph was made of. */
    String name(int file) {
        return names[file];
    }

    /**
     * Runs a task once for each group of files (the files of one cycle, or one file), each group as soon
     * as every group it references is done, many at once on {@code executor}: a file never waits for
     * files it does not need, as it would for a whole level. A file that is a group of its own goes to
     * {@code single} by its number (its index in the names the graph was made of); a cycle goes to
     * {@code cycle} as its names, sorted (a file that references itself is a cycle of one). Returns when
     * all are done.
     *
     * @throws RuntimeException the first exception a task threw (the groups that need its group do not
     *                          run; those already running finish first)
     */
    void runInOrder(IntConsumer single, Consumer<List<String>> cycle, Executor executor) {
        int count = components.size();
        if (count == 0) {
            return;
        }
        // for each component: how many of the components it references are not done yet, and which need it
        AtomicIntegerArray waiting = new AtomicIntegerArray(count);
        int[][] needers = needers();
        for (int c = 0; c < count; c++) {
            waiting.set(c, referenced[c].length);
        }
        Run run = new Run(single, cycle, executor, needers, waiting);
        List<Integer> ready = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            if (referenced[c].length == 0) {
                ready.add(c);
            }
        }
        run.inFlight.set(ready.size());
        ready.forEach(run::start);
        try {
            run.finished.join();
        } catch (CompletionException e) {
            throw new IllegalStateException(e.getCause());
        }
        Throwable failure = run.failure.get();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    /** One {@link #runInOrder} in progress. */
    private final class Run {
        private final IntConsumer single;
        private final Consumer<List<String>> cycle;
        private final Executor executor;
        private final int[][] needers;
        private final AtomicIntegerArray waiting;
        /** The components started and not yet done; the run is over when none is left. */
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final CompletableFuture<Void> finished = new CompletableFuture<>();

        Run(IntConsumer single, Consumer<List<String>> cycle, Executor executor, int[][] needers,
            AtomicIntegerArray waiting) {
            this.single = single;
            this.cycle = cycle;
            this.executor = executor;
            this.needers = needers;
            this.waiting = waiting;
        }

        void start(int c) {
            try {
                executor.execute(() -> complete(c));
            } catch (RuntimeException | Error e) { // rejected: counts as the component's failure
                failure.compareAndSet(null, e);
                done();
            }
        }

        /**
         * Runs component {@code c}, then each component that only waited for it, one after another in
         * this thread: the first that becomes ready is run here rather than handed to the executor (the
         * others are), which spares a task and two updates of the shared counter for most components.
         */
        private void complete(int c) {
            int next = c;
            try {
                while (next >= 0 && failure.get() == null) {
                    int current = next;
                    next = -1;
                    int[] members = components.get(current);
                    if (members.length > 1 || selfReference[members[0]]) {
                        cycle.accept(sortedMembers(current));
                    } else {
                        single.accept(members[0]);
                    }
                    for (int needer : needers[current]) {
                        if (waiting.decrementAndGet(needer) == 0) {
                            if (next < 0) {
                                next = needer; // runs here next, in the place of this one among those in flight
                            } else {
                                inFlight.incrementAndGet();
                                start(needer);
                            }
                        }
                    }
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            } finally {
                done();
            }
        }

        private void done() {
            if (inFlight.decrementAndGet() == 0) {
                finished.complete(null);
            }
        }
    }

    /** Returns, for each component, the components that reference it. */
    private int[][] needers() {
        int count = components.size();
        int[] sizes = new int[count];
        for (int[] refs : referenced) {
            for (int d : refs) {
                sizes[d]++;
            }
        }
        int[][] needers = new int[count][];
        for (int c = 0; c < count; c++) {
            needers[c] = new int[sizes[c]];
            sizes[c] = 0;
        }
        for (int c = 0; c < count; c++) {
            for (int d : referenced[c]) {
                needers[d][sizes[d]++] = c;
            }
        }
        return needers;
    }

    /** The files of component {@code c}, sorted. */
    private List<String> sortedMembers(int c) {
        return sortedMembers.computeIfAbsent(c, k -> Arrays.stream(components.get(c)).mapToObj(m -> names[m]).sorted().toList());
    }

    /** Returns the cycles, each as the sorted files on it, sorted by their first file; empty when none. */
    List<List<String>> cycles() {
        List<List<String>> cycles = new ArrayList<>();
        for (int[] members : components) {
            if (members.length > 1 || selfReference[members[0]]) {
                cycles.add(Arrays.stream(members).mapToObj(m -> names[m]).sorted().toList());
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
        Integer n = numbers().get(node);
        if (n == null) {
            return null;
        }
        int c = component[n];
        int[] members = components.get(c);
        if (members.length == 1 && !selfReference[n]) {
            return null;
        }
        return sortedMembers(c);
    }

    /** Returns whether {@code a} and {@code b} are on one cycle (or are the same file). */
    boolean onOneCycle(String a, String b) {
        Integer na = numbers().get(a);
        Integer nb = numbers().get(b);
        return na != null && nb != null && component[na] == component[nb];
    }

    /** Tarjan's algorithm without recursion: components come out after everything they reach. */
    private void findComponents() {
        int n = names.length;
        int[] index = new int[n];
        Arrays.fill(index, -1);
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackSize = 0;
        // the depth-first path: a file and how many of its targets it has looked at
        int[] pathNode = new int[n];
        int[] pathEdge = new int[n];
        int next = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            pathNode[0] = root;
            pathEdge[0] = 0;
            index[root] = low[root] = next++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int node = pathNode[depth];
                int[] out = targets[node];
                if (pathEdge[depth] < out.length) {
                    int target = out[pathEdge[depth]++];
                    if (index[target] < 0) {
                        depth++;
                        pathNode[depth] = target;
                        pathEdge[depth] = 0;
                        index[target] = low[target] = next++;
                        stack[stackSize++] = target;
                        onStack[target] = true;
                    } else if (onStack[target]) {
                        low[node] = Math.min(low[node], index[target]);
                    }
                    continue;
                }
                depth--;
                if (depth >= 0) {
                    int parent = pathNode[depth];
                    low[parent] = Math.min(low[parent], low[node]);
                }
                if (low[node] == index[node]) {
                    int start = stackSize;
                    do {
                        start--;
                    } while (stack[start] != node);
                    int[] members = new int[stackSize - start];
                    for (int i = start; i < stackSize; i++) {
                        int member = stack[i];
                        onStack[member] = false;
                        component[member] = components.size();
                        members[stackSize - 1 - i] = member;
                    }
                    stackSize = start;
                    components.add(members);
                }
            }
        }
    }

    /** Works out, for each component, the other components it references, each once. */
    private void linkComponents() {
        int count = components.size();
        referenced = new int[count][];
        int[] seen = new int[count];
        Arrays.fill(seen, -1);
        int[] buffer = new int[16];
        for (int c = 0; c < count; c++) {
            int size = 0;
            for (int member : components.get(c)) {
                for (int target : targets[member]) {
                    int d = component[target];
                    if (d != c && seen[d] != c) {
                        seen[d] = c;
                        if (size == buffer.length) {
                            buffer = Arrays.copyOf(buffer, size * 2);
                        }
                        buffer[size++] = d;
                    }
                }
            }
            referenced[c] = Arrays.copyOf(buffer, size);
        }
    }
}
