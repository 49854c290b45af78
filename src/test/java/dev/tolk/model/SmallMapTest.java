package dev.tolk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallMapTest {
    private static Map<String, Object> typed() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "日本語のタイトル 😀");
        m.put("ms.date", "08/06/2018");
        m.put("empty", null);
        m.put("ms.custom", List.of("devx-track-azurecli", "𝄞"));
        m.put("author", "cephalin");
        return m;
    }

    @Test
    void isTheMapItCopiesInItsOrder() {
        Map<String, Object> m = typed();
        Map<String, Object> small = SmallMap.copyOf(m);
        assertEquals(m, small);
        assertEquals(small, m);
        assertEquals(m.hashCode(), small.hashCode());
        assertEquals(m.toString(), small.toString());
        assertEquals(new ArrayList<>(m.keySet()), new ArrayList<>(small.keySet()));
        assertEquals(new ArrayList<>(m.values()), new ArrayList<>(small.values()));
        for (String k : m.keySet()) assertEquals(m.get(k), small.get(k), k);
    }

    @Test
    void tellsANullValueFromAMissingKey() {
        Map<String, Object> small = SmallMap.copyOf(typed());
        assertTrue(small.containsKey("empty"));
        assertNull(small.get("empty"));
        assertFalse(small.containsKey("missing"));
        assertNull(small.get("missing"));
        assertEquals(Map.of(), SmallMap.copyOf(Map.of()));
    }

    @Test
    void cannotBeChanged() {
        Map<String, Object> small = SmallMap.copyOf(typed());
        assertThrows(UnsupportedOperationException.class, () -> small.put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> small.remove("title"));
        assertThrows(UnsupportedOperationException.class, () -> small.entrySet().iterator().next().setValue("z"));
        assertThrows(UnsupportedOperationException.class, small::clear);
    }
}
