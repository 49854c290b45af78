package dev.tolk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test parser must itself be strict, or the report tests would prove little. */
class JsonTestParserTest {

    @Test
    void parsesNestedValuesInOrder() {
        Object v = JsonTestParser.parse("{\"b\": [1, -2, 3.5, true, false, null], \"a\": {\"x\": \"\\u00e9\\n\"}}");
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
    void rejectsMalformedJson() {
        for (String bad : List.of("[1,]", "{\"a\":1,}", "{\"a\" 1}", "\"a\u0001\"", "\"tab\tin\"", "01", "[1] x",
                "{\"a\":1,\"a\":2}", "\"\\x\"", "\"\\u12\"", "'a'", "[", "", "-", "1.", "{a:1}", "nul")) {
            assertThrows(IllegalArgumentException.class, () -> JsonTestParser.parse(bad), bad);
        }
    }
}
