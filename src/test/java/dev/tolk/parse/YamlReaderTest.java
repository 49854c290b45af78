package dev.tolk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    /** Issue 19: {@code a: &a [*a]} overflowed the stack and failed the whole build with exit 3. */
    @Test
    void anAliasInsideItsOwnValueIsAPositionedFailure() {
        for (String text : List.of("a: &a [*a]\n", "title: t\nb: &b {c: *b}\n", "- &x [1, [2, *x]]\n")) {
            YamlReader.Failure f = assertInstanceOf(YamlReader.Failure.class, reader.read(text), text);
            assertTrue(f.message().contains("alias"), f.message());
            int line = text.substring(0, text.indexOf('&')).split("\n", -1).length;
            assertEquals(line, f.line(), text);
        }
    }

    @Test
    void anAliasUsedTwiceIsNotACycle() {
        YamlReader.Values v = assertInstanceOf(YamlReader.Values.class, reader.read("a: &x [1, 2]\nb: *x\n"));
        assertEquals(Map.of("a", List.of("1", "2"), "b", List.of("1", "2")), v.value());
    }
}
