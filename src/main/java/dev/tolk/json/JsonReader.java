package dev.tolk.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON that {@link Json} writes back into trees of {@link Map} (insertion-ordered),
 * {@link List}, {@link String}, {@link Long} (integers), {@link Double} (other numbers),
 * {@link Boolean} and {@code null}. Strict: anything that is not JSON is an
 * {@link IllegalArgumentException} with the offset where reading stopped; a member key repeated
 * in an object too, unless the caller reads someone else's file and asks to be told of it (then a
 * trailing comma in an object or array is read past too, as DocFX's Newtonsoft reader does).
 */
public final class JsonReader {
    private static final int MAX_DEPTH = 64;
    private final String s;
    /** Told of each repeated member key (its offset, and whether its value equals the one before); null: a repeated key is an error. */
    private final Repeats repeats;
    private int i;

    /** What a lenient read tells of a member key an object repeats; the last value is kept. */
    public interface Repeats {
        void repeated(int offset, String key, boolean sameValue);
    }

    private JsonReader(String s, Repeats repeats) {
        this.s = s;
        this.repeats = repeats;
    }

    public static Object read(String text) {
        return read(text, null);
    }

    /**
     * As {@link #read(String)}, but a member key an object repeats is no error when {@code repeats}
     * is given: the last value is kept, as Newtonsoft's reader (DocFX's) keeps it, and
     * {@code repeats} is told where.
     */
    public static Object read(String text, Repeats repeats) {
        JsonReader r = new JsonReader(text, repeats);
        r.space();
        Object v = r.value(0);
        r.space();
        if (r.i != text.length()) throw r.error("text after the value");
        return v;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) throw error("nested too deeply");
        if (i >= s.length()) throw error("value expected");
        char c = s.charAt(i);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        i++;
        space();
        if (peek('}')) return out;
        do {
            space();
            if (repeats != null && peek('}')) return out; // a trailing comma, as Newtonsoft's reader (DocFX's) takes it
            if (i >= s.length() || s.charAt(i) != '"') throw error("key expected");
            int keyAt = i;
            String key = string();
            space();
            expect(':');
            space();
            boolean again = out.containsKey(key);
            if (again && repeats == null) throw error("duplicate key '" + key + "'");
            Object value = value(depth + 1);
            if (again) repeats.repeated(keyAt, key, java.util.Objects.equals(out.get(key), value));
            out.put(key, value);
            space();
        } while (peek(','));
        expect('}');
        return out;
    }

    private List<Object> array(int depth) {
        List<Object> out = new ArrayList<>();
        i++;
        space();
        if (peek(']')) return out;
        do {
            space();
            if (repeats != null && peek(']')) return out; // a trailing comma, in someone else's file
            out.add(value(depth + 1));
            space();
        } while (peek(','));
        expect(']');
        return out;
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        i++;
        while (true) {
            if (i >= s.length()) throw error("unterminated string");
            char c = s.charAt(i++);
            if (c == '"') return b.toString();
            if (c < 0x20) throw error("control character in string");
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
                    try {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape");
                    }
                    i += 4;
                }
                default -> throw error("bad escape \\" + e);
            }
        }
    }

    /** A number as RFC 8259 writes it: no leading zeros, digits on both sides of the point, ASCII digits only. */
    private Object number() {
        int start = i;
        peek('-');
        if (i < s.length() && s.charAt(i) == '0') {
            i++;
        } else if (digits() == 0) {
            throw error("value expected");
        }
        boolean integral = true;
        if (peek('.')) {
            integral = false;
            if (digits() == 0) throw error("digits expected after '.'");
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            integral = false;
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            if (digits() == 0) throw error("digits expected in the exponent");
        }
        String text = s.substring(start, i);
        try {
            return integral ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error("bad number '" + text + "'");
        }
    }

    /** Skips ASCII digits; how many. */
    private int digits() {
        int from = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i - from;
    }

    private Object literal(String word, Object value) {
        if (!s.startsWith(word, i)) throw error("value expected");
        i += word.length();
        return value;
    }

    private boolean peek(char c) {
        if (i < s.length() && s.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!peek(c)) throw error("'" + c + "' expected");
    }

    private void space() {
        while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + i);
    }
}
