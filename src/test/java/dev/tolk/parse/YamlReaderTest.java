package dev.tolk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    /**
     * Front matter of plain {@code key: value} lines is read without snakeyaml: the values are
     * snakeyaml's, and anything YAML would read otherwise goes to snakeyaml.
     */
    @Test
    void simpleFrontMatterIsReadAsSnakeyamlReadsIt() {
        Map<String, Object> read = YamlReader.simpleMapping("title: Don't panic  \nms.date: 04/15/2021\nno: no\n\nurl: https://a.b/c?d=e#f\n"
                + "ms.custom: a,b [c] {d} e:f 'g' \"h\" é\n");
        assertEquals(Map.of("title", "Don't panic", "ms.date", "04/15/2021", "no", "no", "url", "https://a.b/c?d=e#f",
                "ms.custom", "a,b [c] {d} e:f 'g' \"h\" é"), read);
        assertEquals(new YamlReader().readBySnakeyaml("title: Don't panic  \nms.date: 04/15/2021\nno: no\n\nurl: https://a.b/c?d=e#f\n"
                + "ms.custom: a,b [c] {d} e:f 'g' \"h\" é\n"), new YamlReader.Values(read));
        String lists = "ms.custom:\n- \"1048\"\n- 'x: y # z'\n- plain\nms.topic: article\nkeywords:\n  - a\n  - b\n";
        assertEquals(Map.of("ms.custom", List.of("1048", "x: y # z", "plain"), "ms.topic", "article", "keywords", List.of("a", "b")),
                YamlReader.simpleMapping(lists));
        assertEquals(new YamlReader().readBySnakeyaml(lists), new YamlReader.Values(YamlReader.simpleMapping(lists)));
        for (String other : List.of("a: b: c\n", "a: b #c\n", "a: b:\n", "a: 'b'c\n", "a: \"b\\\"c\"\n", "a: \"b\\n\"\n", "a: [b]\n", "a: {b: c}\n",
                "a: &x b\n", "a: *x\n", "a: !t b\n", "a: |\n  b\n", "a: >\n  b\n", "a: b\n  c\n", "a:\n- b\n  - c\n", "a:\n- b\n  c\n", "a:\n- \n", "a:\n", "a:\nb: c\n", "a: b\na: c\n",
                "- a\n", "a: b\r\n", "a: b\tc\n", "a: b\u2028c\n", "a: b\u0085c\n", "a: 😀\n", "# c\na: b\n",
                "---\na: b\n", " a: b\n", "a : b\n", "a: -b\n", "a: ?b\n", "a: %b\n", "a: @b\n", "a: `b\n", "'a': b\n", "", "\n")) {
            assertEquals(null, YamlReader.simpleMapping(other), () -> "read without snakeyaml: " + other);
        }
    }

    /**
     * Random texts of lines made of key-like and value-like pieces, with the characters YAML
     * treats specially: whenever the fast reading takes one, snakeyaml reads the same values.
     */
    @Test
    void theFastReadingAgreesWithSnakeyamlOnRandomLines() {
        Random random = new Random(20261206);
        String[] pieces = {"a", "title", "ms.date", "x-y", "_k", "1", " ", "  ", ":", ": ", "#", " #", "-", "'", "\"", "[", "]", "{",
                "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "?", "é", "日本", "\t", "\r", "\u2028", "\u00a0", "~", "null", "yes"};
        YamlReader reader = new YamlReader();
        int fast = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            List<String> keys = new ArrayList<>();
            for (int line = random.nextInt(4) + 1; line > 0; line--) {
                String key = random.nextInt(5) == 0 ? pieces[random.nextInt(pieces.length)] : "k" + random.nextInt(6);
                keys.add(key);
                text.append(key).append(random.nextInt(6) == 0 ? ":" : ": ");
                String quote = random.nextInt(4) == 0 ? "\"" : random.nextInt(4) == 0 ? "'" : "";
                text.append(quote);
                for (int p = random.nextInt(5); p > 0; p--) text.append(pieces[random.nextInt(pieces.length)]);
                text.append(quote);
                if (random.nextInt(3) == 0) { // a list below
                    String indent = random.nextInt(3) == 0 ? "  " : "";
                    text.append("\n");
                    for (int item = random.nextInt(3); item >= 0; item--) {
                        text.append(random.nextInt(10) == 0 ? " " : indent).append(random.nextInt(10) == 0 ? "-" : "- ");
                        for (int p = random.nextInt(3); p > 0; p--) text.append(pieces[random.nextInt(pieces.length)]);
                        if (item > 0) text.append("\n");
                    }
                }
                text.append(random.nextInt(8) == 0 ? "" : "\n");
            }
            Map<String, Object> simple = YamlReader.simpleMapping(text.toString());
            if (simple == null) continue;
            fast++;
            assertEquals(reader.readBySnakeyaml(text.toString()), new YamlReader.Values(simple), () -> "text: " + text);
        }
        assertTrue(fast > 500, "texts read without snakeyaml: " + fast);
    }
}
