package dev.tolk.json;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON the machine-readable reports need, without a library: a string escaper and a
 * pretty-printer for trees of {@link Map} (insertion-ordered), {@link List}, {@link String},
 * {@link Integer}/{@link Long}, {@link Boolean} and {@code null}. An object or array that holds
 * only scalars is written on one line, so a diagnostic or a region reads as one line of output.
 */
public final class Json {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Json() {
    }

    /** {@code s} as a JSON string literal, quotes included (see {@link #string(String, Appendable)}). */
    public static String literal(String s) {
        StringBuilder b = new StringBuilder(s == null ? 2 : s.length() + 2);
        try {
            string(s, b);
        } catch (IOException impossible) {
            throw new java.io.UncheckedIOException(impossible); // a StringBuilder does not fail
        }
        return b.toString();
    }

    /** Writes {@code value} with two-space indentation and a final newline. */
    public static void write(Object value, Appendable out) throws IOException {
        value(value, out, 0);
        out.append('\n');
    }

    /**
     * Writes {@code s} as a JSON string literal ({@code null} as {@code ""}). Control characters,
     * U+2028/U+2029 (line breaks to JavaScript) and lone surrogates become {@code \\uXXXX}
     * escapes, so the output is valid JSON and valid UTF-8 and parses back to exactly {@code s}.
     */
    public static void string(String s, Appendable out) throws IOException {
        out.append('"');
        String text = s == null ? "" : s;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void value(Object v, Appendable out, int depth) throws IOException {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s, out);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
            out.append(v.toString());
        } else if (v instanceof Map<?, ?> m) {
            object(m, out, depth);
        } else if (v instanceof List<?> l) {
            array(l, out, depth);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }

    private static void object(Map<?, ?> m, Appendable out, int depth) throws IOException {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        boolean flat = flat(m.values());
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first) out.append(',');
            first = false;
            separate(out, flat, depth + 1);
            string((String) e.getKey(), out);
            out.append(": ");
            value(e.getValue(), out, depth + 1);
        }
        separate(out, flat, depth);
        out.append('}');
    }

    private static void array(List<?> l, Appendable out, int depth) throws IOException {
        if (l.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean flat = flat(l);
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) out.append(',');
            separate(out, flat, depth + 1);
            value(l.get(i), out, depth + 1);
        }
        separate(out, flat, depth);
        out.append(']');
    }

    /** A space between the items of a one-line container, else a newline and the indentation. */
    private static void separate(Appendable out, boolean flat, int depth) throws IOException {
        if (flat) {
            out.append(' ');
            return;
        }
        out.append('\n');
        for (int i = 0; i < depth; i++) out.append("  ");
    }

    private static boolean flat(Iterable<?> values) {
        for (Object v : values) {
            if (v instanceof Map<?, ?> || v instanceof List<?>) return false;
        }
        return true;
    }
}
