package dev.tolk.parse;

/**
 * Finds the YAML front-matter block at the top of an article: a first line {@code ---}, then
 * YAML, then a line {@code ---} (or {@code ...}). Works on the original text, LF or CRLF, so
 * every offset it returns is an offset of the file.
 */
public final class FrontMatterSplitter {

    /**
     * Where the block lies. {@code yamlStart..yamlEnd} is the YAML text; {@code bodyStart} is
     * the first offset after the closing line. {@code closed} is false for an opening line
     * without a closing one.
     */
    public record Split(boolean present, boolean closed, int yamlStart, int yamlEnd, int bodyStart) {
        static Split none() {
            return new Split(false, true, 0, 0, 0);
        }
    }

    public Split split(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd, false)) return Split.none();
        int yamlStart = nextLine(text, firstEnd);
        int pos = yamlStart;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (isFence(text, pos, end, true)) {
                return new Split(true, true, yamlStart, pos, nextLine(text, end));
            }
            pos = nextLine(text, end);
        }
        return new Split(true, false, yamlStart, text.length(), yamlStart);
    }

    private static boolean isFence(String text, int start, int end, boolean closing) {
        int e = end;
        while (e > start && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t' || text.charAt(e - 1) == '\r')) e--;
        if (e - start != 3) return false;
        return text.startsWith("---", start) || (closing && text.startsWith("...", start));
    }

    /** Offset of the {@code \n} ending the line that starts at {@code start}, or the text length. */
    private static int lineEnd(String text, int start) {
        int nl = text.indexOf('\n', start);
        return nl < 0 ? text.length() : nl;
    }

    private static int nextLine(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }
}
