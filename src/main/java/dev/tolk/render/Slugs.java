package dev.tolk.render;

import java.util.Locale;
import java.util.Set;

/**
 * Heading ids from heading text, the way DocFX and GitHub make them: lower case, letters and
 * digits of any script kept (with combining marks, so Thai and Devanagari survive), spaces and
 * hyphens become one {@code -}, other punctuation is dropped.
 */
public final class Slugs {
    private static final int DROP = 0;
    private static final int KEEP = 1;
    private static final int DASH = 2;

    private Slugs() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean dash = false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            int kind = cp < 0x80 ? asciiKind(cp) : kind(cp);
            if (kind == KEEP) {
                if (dash && out.length() > 0) out.append('-');
                dash = false;
                out.appendCodePoint(cp);
            } else if (kind == DASH) {
                dash = true;
            }
        }
        return out.length() == 0 ? "section" : out.toString();
    }

    /** {@link #kind} of an ASCII character, without asking {@link Character}'s tables (most heading text is ASCII). */
    private static int asciiKind(int c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') return KEEP;
        if (c == ' ' || c == '-' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F) return DASH;
        return DROP;
    }

    /** Kept (letters and digits of any script, combining marks, {@code _}), a word break, or dropped. */
    private static int kind(int cp) {
        int type = Character.getType(cp);
        if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == '_') {
            return KEEP;
        }
        if (Character.isWhitespace(cp) || cp == '-' || Character.isSpaceChar(cp)) return DASH;
        return DROP;
    }

    /** {@code base}, or {@code base-1}, {@code base-2}… whichever is not yet in {@code taken}; adds it. */
    public static String unique(String base, Set<String> taken) {
        String id = base;
        for (int i = 1; !taken.add(id); i++) id = base + "-" + i;
        return id;
    }
}
