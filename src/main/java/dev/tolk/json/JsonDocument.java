package dev.tolk.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON configuration file that someone else's tool reads too ({@code docfx.json},
 * {@code .openpublishing.redirection.json}): its values, read by the strict {@link JsonReader},
 * and where each value and member key starts, so that a problem with a value can be reported at
 * its line and column. {@code //} and {@code /* *}{@code /} comments are accepted, as DocFX's
 * reader accepts them; they are blanked out before reading, so offsets stay those of the file.
 * A member key repeated in an object is no error either: the last value is kept, and
 * {@link #repeated} says where.
 */
public final class JsonDocument {
    private static final Pattern OFFSET = Pattern.compile("^(.*) at offset (\\d+)$");

    /** The file is not JSON: what is wrong, and the offset where reading stopped. */
    public record Failure(int offset, String message) {
    }

    private final Object root;
    private final Map<String, Integer> values = new HashMap<>();
    private final Map<String, Integer> keys = new HashMap<>();

    private JsonDocument(Object root) {
        this.root = root;
    }

    /** A member key an object repeats, at {@code offset}: the last value is kept (as DocFX's reader keeps it). */
    public record Repeated(int offset, String key, boolean sameValue) {
    }

    private final List<Repeated> repeated = new ArrayList<>();

    /** The document, or where and why it is not JSON. */
    public static Object parse(String text) {
        String plain = withoutComments(text);
        Object root;
        List<Repeated> repeats = new ArrayList<>();
        try {
            root = JsonReader.read(plain, (offset, key, same) -> repeats.add(new Repeated(offset, key, same)));
        } catch (IllegalArgumentException e) {
            Matcher m = OFFSET.matcher(String.valueOf(e.getMessage()));
            if (m.matches()) return new Failure(Math.min(Integer.parseInt(m.group(2)), text.length()), m.group(1));
            return new Failure(0, String.valueOf(e.getMessage()));
        }
        JsonDocument doc = new JsonDocument(root);
        doc.repeated.addAll(repeats);
        new Skimmer(plain, doc).value("");
        return doc;
    }

    /** The member keys its objects repeat, in document order. */
    public List<Repeated> repeated() {
        return List.copyOf(repeated);
    }

    public Object root() {
        return root;
    }

    /** Where the value at a JSON Pointer ({@code /build/content/0/files}) starts; its nearest enclosing value's start if unknown. */
    public int at(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer offset = values.get(p);
            if (offset != null) return offset;
            if (p.isEmpty()) return 0;
        }
    }

    /** Where the key of the member at {@code pointer} starts (its value's start for an array element). */
    int keyAt(String pointer) {
        Integer offset = keys.get(pointer);
        return offset != null ? offset : at(pointer);
    }

    /** A pointer one step down: {@code /} and {@code ~} in a member name escaped as RFC 6901 says. */
    public static String child(String pointer, Object step) {
        return pointer + "/" + String.valueOf(step).replace("~", "~0").replace("/", "~1");
    }

    /** The text with each comment replaced by spaces (line breaks kept), strings untouched. */
    static String withoutComments(String text) {
        if (text.indexOf('/') < 0) return text;
        StringBuilder b = new StringBuilder(text);
        boolean inString = false;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < b.length() && (b.charAt(i + 1) == '/' || b.charAt(i + 1) == '*')) {
                boolean line = b.charAt(i + 1) == '/';
                int end = line ? indexOrEnd(b, "\n", i) : indexOrEnd(b, "*/", i + 2) + 2;
                for (int j = i; j < Math.min(end, b.length()); j++) {
                    if (b.charAt(j) != '\n' && b.charAt(j) != '\r') b.setCharAt(j, ' ');
                }
                i = end - 1;
            }
        }
        return b.toString();
    }

    private static int indexOrEnd(CharSequence s, String what, int from) {
        int i = s.toString().indexOf(what, from);
        return i < 0 ? s.length() : i;
    }

    /** Walks text that {@link JsonReader} accepted, noting where each value and member key starts. */
    private static final class Skimmer {
        private final String s;
        private final JsonDocument doc;
        private int i;

        Skimmer(String s, JsonDocument doc) {
            this.s = s;
            this.doc = doc;
        }

        void value(String pointer) {
            space();
            doc.values.put(pointer, i);
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                space();
                while (s.charAt(i) != '}') {
                    int keyStart = i;
                    String key = string();
                    String member = child(pointer, key);
                    doc.keys.put(member, keyStart);
                    space();
                    i++; // ':'
                    value(member);
                    space();
                    if (s.charAt(i) == ',') i++;
                    space();
                }
                i++;
            } else if (c == '[') {
                i++;
                space();
                for (int n = 0; s.charAt(i) != ']'; n++) {
                    value(child(pointer, n));
                    space();
                    if (s.charAt(i) == ',') i++;
                    space();
                }
                i++;
            } else if (c == '"') {
                string();
            } else {
                while (i < s.length() && ",]} \t\r\n".indexOf(s.charAt(i)) < 0) i++;
            }
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    default -> b.append(e);
                }
            }
            i++;
            return b.toString();
        }

        private void space() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++;
        }
    }
}
