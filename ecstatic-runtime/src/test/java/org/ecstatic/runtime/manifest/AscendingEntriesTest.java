package org.ecstatic.runtime.manifest;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class AscendingEntriesTest {

    /** Returns the TreeMap that one put per name, in order, gives: what {@code treeMap} must equal. */
    static TreeMap<String, Object> putOneByOne(String[] names, Object[] values, int size) {
        TreeMap<String, Object> map = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            map.put(names[i], values[i]);
        }
        return map;
    }

    @Test
    void buildsTheSameMapAsOnePutPerNameForSortedUnsortedAndRepeatedNames() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            int size = random.nextInt(40);
            String[] names = new String[size + random.nextInt(3)]; // room the size does not cover
            Object[] values = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = "n" + random.nextInt(round % 2 == 0 ? 1000 : 30);
                values[i] = i;
            }
            if (round % 3 == 0) {
                java.util.Arrays.sort(names, 0, size);
            }
            TreeMap<String, Object> built = AscendingEntries.treeMap(names, values, size);
            assertThat(built).containsExactlyEntriesOf(putOneByOne(names, values, size));
            built.put("zz", "still a plain TreeMap");
            assertThat(built).containsEntry("zz", "still a plain TreeMap");
        }
    }

    @Test
    void keepsTheLastOfARepeatedName() {
        String[] names = {"a", "b", "b", "c"};
        Object[] values = {1, 2, 3, 4};
        assertThat(AscendingEntries.treeMap(names, values, 4)).containsExactly(
                java.util.Map.entry("a", 1), java.util.Map.entry("b", 3), java.util.Map.entry("c", 4));
    }

    @Test
    void buildsAnEmptyMapFromNoNames() {
        assertThat(AscendingEntries.treeMap(new String[4], new Object[4], 0)).isEmpty();
    }
}
