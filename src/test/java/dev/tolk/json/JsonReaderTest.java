package dev.tolk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one JSON reader is strict: the report tests read what Tolk writes with it, so a lax reader would prove little. */
class JsonReaderTest {

    @Test
    void parsesNestedValuesInOrder() {
        Object v = JsonReader.read("{\"b\": [1, -2, 3.5, true, false, null], \"a\": {\"x\": \"\\u00e9\\n\"}}");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of("b", "a"), List.copyOf(m.keySet()));
        List<?> l = (List<?>) m.get("b");
        assertEquals(1L, l.get(0));
        assertEquals(-2L, l.get(1));
        assertEquals("3.5", l.get(2).toString());
        assertEquals(true, l.get(3));
        assertEquals(null, l.get(5));
        assertEquals("é\n", ((Map<?, ?>) m.get("a")).get("x"));
    }

    @Test
    void aRepeatedKeyIsAnErrorUnlessTheReaderIsToldOfIt() {
        assertThrows(IllegalArgumentException.class, () -> JsonReader.read("{\"a\":1,\"a\":2}"));
        List<String> told = new java.util.ArrayList<>();
        Object v = JsonReader.read("{\"a\":1, \"b\":{\"c\":[1]}, \"a\":2, \"b\":{\"c\":[1]}}",
                (offset, key, same) -> told.add(offset + " " + key + " " + same));
        assertEquals(Map.of("a", 2L, "b", Map.of("c", List.of(1L))), v);
        assertEquals(List.of("23 a false", "30 b true"), told); // where each repeated key starts
    }

    /**
     * Someone else's file (docfx.json, a redirection file) may end an object or array with a comma, as Newtonsoft's
     * reader takes it: PowerShell-Docs' reference/docfx.json does, and stopped the whole build (exit 2). Tolk's own
     * JSON stays strict.
     */
    @Test
    void aTrailingCommaIsReadPastInSomeoneElsesFile() {
        Object v = JsonDocument.parse("{\"build\": {\"fileMetadata\": {\"ms.topic\": {\"a/*.md\": \"tutorial\",}}, \"content\": [1, 2,],}}");
        assertEquals(Map.of("build", Map.of("fileMetadata", Map.of("ms.topic", Map.of("a/*.md", "tutorial")), "content", List.of(1L, 2L))),
                ((JsonDocument) v).root());
        assertThrows(IllegalArgumentException.class, () -> JsonReader.read("{\"a\":1,}"));
    }

    @Test
    void rejectsMalformedJson() {
        for (String bad : List.of("[1,]", "{\"a\":1,}", "{\"a\" 1}", "\"a\u0001\"", "\"tab\tin\"", "01", "-01", "1e", "1.e5", "\u0661", "[1] x",
                "{\"a\":1,\"a\":2}", "\"\\x\"", "\"\\u12\"", "'a'", "[", "", "-", "1.", "{a:1}", "nul")) {
            assertThrows(IllegalArgumentException.class, () -> JsonReader.read(bad), bad);
        }
    }
}
