package org.ecstatic.tools;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sorted maps of the thousands of names a run writes into its manifest and state, built for what they
 * are: names that come in order already (the sources are listed in name order) or nearly (hashed
 * names). The entries are sorted with {@link List#sort}, whose merge sort takes a run already in order
 * in one pass, then made into a {@link TreeMap} without comparing the keys again: inserting them one by
 * one would compare each with a dozen others, and names that share long directory prefixes compare
 * slowly in a JVM that has just started.
 */
final class SortedMaps {
    private SortedMaps() {
    }

    /**
     * Returns a map of {@code entries} in the natural order of their keys, which must differ from each
     * other. The list is sorted in place.
     *
     * @throws IllegalArgumentException when two entries have the same key
     */
    static <V> TreeMap<String, V> of(List<Map.Entry<String, V>> entries) {
        entries.sort(Map.Entry.comparingByKey());
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).getKey().equals(entries.get(i).getKey())) {
                throw new IllegalArgumentException("the key '" + entries.get(i).getKey() + "' comes twice");
            }
        }
        return new TreeMap<>(new Ascending<>(entries)); // TreeMap builds itself from a sorted map in one pass
    }

    /**
     * Entries in ascending order of their keys, as a sorted map that gives {@link TreeMap#TreeMap(SortedMap)}
     * what it reads (its comparator, its size and its entries in order). Read only, as any
     * {@link AbstractMap} that does not override {@code put}.
     */
    private static final class Ascending<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
        private final List<Map.Entry<String, V>> entries;

        Ascending(List<Map.Entry<String, V>> entries) {
            this.entries = entries;
        }

        @Override
        public Set<Map.Entry<String, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, V>> iterator() {
                    return entries.iterator();
                }

                @Override
                public int size() {
                    return entries.size();
                }
            };
        }

        @Override
        public Comparator<? super String> comparator() {
            return null; // the natural order
        }

        // the parts of the map, which TreeMap's constructor does not ask for, as a TreeMap of its own
        // would give them: the entries do not change, so a copy reads as a view would

        @Override
        public SortedMap<String, V> subMap(String fromKey, String toKey) {
            return new TreeMap<>(this).subMap(fromKey, toKey);
        }

        @Override
        public SortedMap<String, V> headMap(String toKey) {
            return new TreeMap<>(this).headMap(toKey);
        }

        @Override
        public SortedMap<String, V> tailMap(String fromKey) {
            return new TreeMap<>(this).tailMap(fromKey);
        }

        @Override
        public String firstKey() {
            return entries.get(0).getKey();
        }

        @Override
        public String lastKey() {
            return entries.get(entries.size() - 1).getKey();
        }
    }
}
