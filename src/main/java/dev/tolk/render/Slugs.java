package dev.tolk.render;

import java.util.Set;

/**
 * Heading ids from heading text, as DocFX makes them (Markdig's auto identifiers with its GitHub option, DocFX's
 * default): each letter or digit in lower case, each {@code -} and {@code _} kept, each space a {@code -}, anything
 * else dropped (punctuation, symbols and emoji, combining marks, characters outside the Basic Multilingual Plane),
 * and no hyphen collapsed or trimmed: {@code Step 1 - Install} is {@code step-1---install}, {@code Tips & Insights}
 * {@code tips--insights}, as links in Microsoft Learn content are written. An empty id is {@code section}.
 */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') out.append((char) (c + ('a' - 'A')));
                else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') out.append(c);
                else if (c == ' ') out.append('-');
            } else if (Character.isLetterOrDigit(c)) { // a surrogate (outside the BMP) is neither, as in .NET
                out.append(Character.toLowerCase(c));
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
