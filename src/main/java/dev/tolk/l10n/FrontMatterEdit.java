package dev.tolk.l10n;

import dev.tolk.parse.FrontMatterSplitter;
import java.util.Locale;

/**
 * Sets top-level scalar keys of an article's YAML front matter by editing lines, so that every
 * other line keeps its bytes: a key's line (and the lines of a value continued below it) is
 * replaced by {@code key: "value"}; a missing key is added at the end of the block.
 */
final class FrontMatterEdit {
    private static final FrontMatterSplitter SPLITTER = new FrontMatterSplitter();

    private FrontMatterEdit() {
    }

    /** {@code text} with {@code key} set to {@code value}; a text without front matter gets a block. */
    static String set(String text, String key, String value) {
        FrontMatterSplitter.Split split = SPLITTER.split(text);
        String line = key + ": " + quote(value) + "\n";
        if (!split.present() || !split.closed()) return "---\n" + line + "---\n" + text;
        int pos = split.yamlStart();
        while (pos < split.yamlEnd()) {
            int end = lineEnd(text, pos);
            if (text.startsWith(key + ":", pos)) {
                int next = end;
                while (next < split.yamlEnd() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) next = lineEnd(text, next);
                return text.substring(0, pos) + line + text.substring(next);
            }
            pos = end;
        }
        return text.substring(0, split.yamlEnd()) + line + text.substring(split.yamlEnd());
    }

    /** The offset after the line starting at {@code pos}, its line feed included. */
    private static int lineEnd(String text, int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** A YAML double-quoted scalar. */
    static String quote(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
