package dev.tolk.l10n;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a translation's pieces back as inline Markdown: each code as the Markdown it stands
 * for (found by its id, never by a data reference: tools renumber those), text escaped so that
 * nothing a translator typed becomes Markdown or HTML syntax, or ends a span of the pair.
 */
final class InlineWriter {
    private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    private InlineWriter() {
    }

    /**
     * @param codes the Markdown of each code id: the current translation's codes first (a
     *              localized link address is kept), then the source's
     */
    static String markdown(List<Inline> pieces, Map<String, Inline> codes) {
        StringBuilder out = new StringBuilder();
        write(pieces, codes, out);
        return out.toString();
    }

    private static void write(List<Inline> pieces, Map<String, Inline> codes, StringBuilder out) {
        for (Inline p : pieces) {
            if (p instanceof Inline.Text t) {
                escape(t.text(), out);
                continue;
            }
            Inline known = codes.get(p.id());
            if (p instanceof Inline.Pc pc) {
                out.append(known.code().data());
                write(pc.content(), codes, out);
                out.append(known.code().dataEnd());
            } else {
                out.append(known.code().data());
            }
        }
    }

    /** Markdown's punctuation escaped where it could be syntax; {@code <} and {@code &} as entities where they could be markup. */
    static void escape(String text, StringBuilder out) {
        // a blank line would end the paragraph, and the pair with it
        String t = ENTITY_LIKE.matcher(text).replaceAll("&amp;").replaceAll("\\n[ \\t]*(?:\\n[ \\t]*)+", "\n");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\\', '*', '`', '[', ']', '|' -> out.append('\\').append(c);
                case '_' -> {
                    boolean inWord = i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))
                            && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
                    out.append(inWord ? "_" : "\\_");
                }
                case '<' -> {
                    char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
                    out.append(Character.isLetter(next) || next == '/' || next == '!' || next == '?' ? "&lt;" : "<");
                }
                default -> out.append(c);
            }
        }
    }
}
