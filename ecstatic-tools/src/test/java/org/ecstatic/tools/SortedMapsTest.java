package org.ecstatic.tools;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SortedMapsTest {
    @Test
    void givesTheMapThatPuttingEachEntryGivesInAnyOrder() {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>();
        TreeMap<String, Integer> expected = new TreeMap<>();
        for (int i = 0; i < 3000; i++) {
            String name = "three/examples/jsm/" + (i % 7) + "/file-" + i + (i % 3 == 0 ? ".js" : ".a1b2c3d4e5f6.css");
            entries.add(Map.entry(name, i));
            expected.put(name, i);
        }
        for (long seed : new long[] {1, 2, 3}) {
            List<Map.Entry<String, Integer>> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, new Random(seed));
            TreeMap<String, Integer> map = SortedMaps.of(shuffled);
            assertThat(map).containsExactlyEntriesOf(expected);
            assertThat(map.get("three/examples/jsm/0/file-21.js")).isEqualTo(21); // a working tree, not only its order
            assertThat(map.firstKey()).isEqualTo(expected.firstKey());
        }
    }

    @Test
    void givesAnEmptyMapForNoEntries() {
        assertThat(SortedMaps.of(new ArrayList<Map.Entry<String, String>>())).isEmpty();
    }

    @Test
    void refusesAKeyThatComesTwice() {
        List<Map.Entry<String, String>> twice = new ArrayList<>(List.of(Map.entry("b", "1"), Map.entry("a", "2"), Map.entry("b", "3")));
        assertThatThrownBy(() -> SortedMaps.of(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the key 'b' comes twice");
    }
}
