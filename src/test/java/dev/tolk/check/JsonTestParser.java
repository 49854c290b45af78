package dev.tolk.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict recursive-descent JSON parser (RFC 8259) for checking report output: objects become
 * insertion-ordered maps (duplicate keys rejected), arrays lists, integers {@link Long}, other
 * numbers {@link BigDecimal}. Trailing commas, unescaped control characters, bad escapes,
 * leading zeros and trailing text are errors.
 */
public final class JsonTestParser {
    private final String s;
    private int i;

    private JsonTestParser(String s) {
        this.s = s;
    }

    public static Object parse(String text) {
        JsonTestParser p = new JsonTestParser(text);
        p.space();
        Object v = p.value();
        p.space();
        if (p.i != text.length()) throw p.error("text after the value");
        return v;
    }

    private Object value() {
        if (i >= s.length()) throw error("value expected");
        char c = s.charAt(i);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || c >= '0' && c <= '9') yield number();
                throw error("unexpected " + c);
            }
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        space();
        if (peek() == '}') {
            i++;
            return m;
        }
        while (true) {
            space();
            if (peek() != '"') throw error("key expected");
            String key = string();
            if (m.containsKey(key)) throw error("duplicate key " + key);
            space();
            expect(':');
            space();
            m.put(key, value());
            space();
            if (peek() == ',') {
                i++;
                continue;
            }
            expect('}');
            return m;
        }
    }

    private List<Object> array() {
        List<Object> l = new ArrayList<>();
        i++;
        space();
        if (peek() == ']') {
            i++;
            return l;
        }
        while (true) {
            space();
            l.add(value());
            space();
            if (peek() == ',') {
                i++;
                continue;
            }
            expect(']');
            return l;
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) throw error("unterminated string");
            char c = s.charAt(i++);
            if (c == '"') return b.toString();
            if (c < 0x20) throw error("unescaped control character");
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i >= s.length()) throw error("unterminated escape");
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) throw error("short \\u escape");
                    String hex = s.substring(i, i + 4);
                    if (!hex.matches("[0-9A-Fa-f]{4}")) throw error("bad \\u escape");
                    b.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> throw error("bad escape \\" + e);
            }
        }
    }

    private Object number() {
        int start = i;
        if (peek() == '-') i++;
        if (peek() == '0') {
            i++;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9') i++;
        } else {
            throw error("digit expected");
        }
        boolean integer = true;
        if (peek() == '.') {
            integer = false;
            i++;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integer = false;
            i++;
            if (peek() == '+' || peek() == '-') i++;
            digits();
        }
        String text = s.substring(start, i);
        return integer ? (Object) Long.parseLong(text) : new BigDecimal(text);
    }

    private void digits() {
        if (!(peek() >= '0' && peek() <= '9')) throw error("digit expected");
        while (peek() >= '0' && peek() <= '9') i++;
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, i)) throw error(word + " expected");
        i += word.length();
        return v;
    }

    private void space() {
        while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) i++;
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private void expect(char c) {
        if (peek() != c || i >= s.length()) throw error("'" + c + "' expected");
        i++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + i);
    }
}
