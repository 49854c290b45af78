package dev.tolk.render;

import java.util.Locale;
import java.util.Set;

/**
 * Heading ids from heading text, the way DocFX and GitHub make them: lower case, letters and
 * digits of any script kept (with combining marks, so Thai and Devanagari survive), spaces and
 * hyphens become one {@code -}, other punctuation is dropped.
 */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean dash = false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || cp == '_') {
                if (dash && out.length() > 0) out.append('-');
                dash = false;
                out.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || cp == '-' || Character.isSpaceChar(cp)) {
                dash = true;
            }
        }
        return out.length() == 0 ? "section" : out.toString();
    }

    /** {@code base}, or {@code base-1}, {@code base-2}… whichever is not yet in {@code taken}; adds it. */
    public static String unique(String base, Set<String> taken) {
        String id = base;
        for (int i = 1; !taken.add(id); i++) id = base + "-" + i;
        return id;
    }
}
