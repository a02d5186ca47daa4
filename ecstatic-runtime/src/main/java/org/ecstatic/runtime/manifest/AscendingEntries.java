package org.ecstatic.runtime.manifest;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Names in strictly ascending order with their values, seen as the {@link SortedMap} that
 * {@link TreeMap#TreeMap(SortedMap)} takes to build its tree in one pass, in linear time, instead of
 * one insertion per name: {@link #treeMap} builds the maps of a manifest that way, as Ecstatic writes
 * its names sorted. Read-only, and it does not copy the arrays. Lookups are linear and the narrower
 * views are taken from a TreeMap copy: nothing needs them fast.
 */
final class AscendingEntries<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
    private final String[] names;
    private final Object[] values;
    private final int size;

    private AscendingEntries(String[] names, Object[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    /**
     * Returns a new TreeMap of the first {@code size} names and values, in which the last of a
     * repeated name counts. Built in linear time when the names are strictly ascending, else name by
     * name.
     */
    @SuppressWarnings("unchecked")
    static <V> TreeMap<String, V> treeMap(String[] names, Object[] values, int size) {
        for (int i = 1; i < size; i++) {
            if (names[i - 1].compareTo(names[i]) >= 0) {
                TreeMap<String, V> map = new TreeMap<>();
                for (int j = 0; j < size; j++) {
                    map.put(names[j], (V) values[j]);
                }
                return map;
            }
        }
        return new TreeMap<>(new AscendingEntries<V>(names, values, size));
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<String, V> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, V> entry = new SimpleImmutableEntry<>(names[next], (V) values[next]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }

    @Override
    public Comparator<? super String> comparator() {
        return null; // the natural order of strings, as in the TreeMap built from it
    }

    @Override
    public String firstKey() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return names[0];
    }

    @Override
    public String lastKey() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return names[size - 1];
    }

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
}
