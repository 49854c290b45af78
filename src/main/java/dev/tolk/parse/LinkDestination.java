package dev.tolk.parse;

/** Where an inline link's destination ends, for every reader of a unit's Markdown (the markup rules, the XLIFF codes). */
public final class LinkDestination {
    private LinkDestination() {
    }

    /**
     * The index after the {@code )} that closes a destination opened before {@code from} (parentheses inside it
     * balanced, a backslash escaping the next character), or -1 when none does before a blank line.
     */
    public static int end(String s, int from) {
        int depth = 1;
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j + 1;
            } else if (c == '\n' && j + 1 < s.length() && s.charAt(j + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
