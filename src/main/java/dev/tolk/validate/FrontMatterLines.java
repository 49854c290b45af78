package dev.tolk.validate;

/**
 * Finds where a top-level key of a front-matter block is written, so that a finding about a key
 * points at it. The block is read as lines; a key is a line that starts with it (quoted or not)
 * followed by a colon.
 */
final class FrontMatterLines {
    private final String text;
    private final int end;

    FrontMatterLines(String text, int bodyStart) {
        this.text = text;
        this.end = Math.min(bodyStart, text.length());
    }

    /** Offset of {@code key} on its line, or 0 (the fence) when it cannot be found. */
    int keyOffset(String key) {
        int line = lineOf(key);
        if (line < 0) return 0;
        return text.charAt(line) == '"' || text.charAt(line) == '\'' ? line + 1 : line;
    }

    /** Offset of the value written after {@code key:}, or the key's offset. */
    int valueOffset(String key) {
        int at = keyOffset(key);
        int colon = text.indexOf(':', at + key.length());
        if (colon < 0 || colon >= end) return at;
        int v = colon + 1;
        while (v < end && (text.charAt(v) == ' ' || text.charAt(v) == '\t')) v++;
        if (v < end && (text.charAt(v) == '"' || text.charAt(v) == '\'')) v++;
        return v < end && text.charAt(v) != '\n' ? v : at;
    }

    private int lineOf(String key) {
        int pos = 0;
        while (pos < end) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            int k = pos;
            if (k < lineEnd && (text.charAt(k) == '"' || text.charAt(k) == '\'')) k++;
            if (text.startsWith(key, k)) {
                int after = k + key.length();
                if (after < lineEnd && (text.charAt(after) == '"' || text.charAt(after) == '\'')) after++;
                while (after < lineEnd && text.charAt(after) == ' ') after++;
                if (after < lineEnd && text.charAt(after) == ':') return pos;
            }
            pos = lineEnd + 1;
        }
        return -1;
    }
}
