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
    /** Elements the inline reader leaves as text but a browser would take as markup. */
    private static final java.util.Set<String> RISKY = java.util.Set.of("script", "style", "object", "embed", "svg", "math", "template",
            "textarea", "title", "form", "input", "button", "link", "meta", "base", "html", "head", "body", "frame", "frameset", "noscript");
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
                String text = t.text();
                if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') text = lineStart(text, out);
                escape(text, out);
                continue;
            }
            Inline known = codes.get(p.id());
            if (p instanceof Inline.Pc pc) {
                StringBuilder inner = new StringBuilder();
                write(pc.content(), codes, inner);
                String data = known.code().data();
                Inline.Kind kind = known.code().kind();
                if (kind == Inline.Kind.BOLD || kind == Inline.Kind.ITALIC) {
                    // "<pc>gras </pc>texte": CommonMark's ** may not close after a space, so the space goes outside
                    int a = 0;
                    int b = inner.length();
                    while (a < b && Character.isWhitespace(inner.charAt(a))) a++;
                    while (b > a && Character.isWhitespace(inner.charAt(b - 1))) b--;
                    out.append(inner, 0, a).append(data).append(inner, a, b).append(known.code().dataEnd()).append(inner, b, inner.length());
                } else {
                    out.append(data).append(inner).append(known.code().dataEnd());
                }
            } else {
                out.append(known.code().data());
            }
        }
    }

    /**
     * Text that starts a line (after a hard line break's code): without the spaces a translator left after the break
     * (each import made them a deeper indent), and with a character that would start a block there escaped ({@code >}
     * a quote, {@code -} a list item, {@code #} a heading: the pair fell apart).
     */
    private static String lineStart(String text, StringBuilder out) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        String rest = text.substring(i);
        if (rest.isEmpty()) return rest;
        char c = rest.charAt(0);
        int digits = 0;
        while (digits < rest.length() && digits < 9 && Character.isDigit(rest.charAt(digits))) digits++;
        boolean ordered = digits > 0 && digits < rest.length() && (rest.charAt(digits) == '.' || rest.charAt(digits) == ')');
        if (c == '>' || c == '#' || c == '-' || c == '+' || c == '=') {
            out.append('\\');
        } else if (ordered) { // "1. x": the escape goes before the '.'
            out.append(rest, 0, digits).append('\\');
            return rest.substring(digits);
        }
        return rest;
    }

    /**
     * Whether a {@code <} before {@code at} could start markup: a closing tag, a comment or
     * declaration, an autolink, or an HTML element. Tag-like text ({@code <tenantname>}, which
     * Tolk shows as text) stays as written, as in the source.
     */
    private static boolean couldBeMarkup(String t, int at) {
        if (at >= t.length()) return false;
        char c = t.charAt(at);
        if (c == '/' || c == '!' || c == '?') return true;
        int end = at;
        while (end < t.length() && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == '-')) end++;
        if (end == at) return false;
        if (end < t.length() && t.charAt(end) == ':') return true;
        String name = t.substring(at, end).toLowerCase(java.util.Locale.ROOT);
        return InlineReader.HTML.contains(name) || RISKY.contains(name);
    }

    /** Markdown's punctuation escaped where it could be syntax; {@code <} and {@code &} as entities where they could be markup. */
    static void escape(String text, StringBuilder out) {
        // a line break is a space: a blank line would end the paragraph and the pair with it, and a line starting
        // with '#', '-', '>' or '1.' would start a heading, list or quote inside the pair (a soft break shows as a space anyway)
        String t = ENTITY_LIKE.matcher(text).replaceAll("&amp;").replaceAll("[ \\t]*(?:\\r\\n?|\\n)[\\s]*", " ");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '*' -> {
                    // a '*' between spaces opens and closes nothing: written as typed ("d'un * obligatoires"), no escape
                    // that check would then report as asterisks shown
                    boolean alone = i > 0 && i + 1 < t.length() && Character.isWhitespace(t.charAt(i - 1))
                            && Character.isWhitespace(t.charAt(i + 1));
                    out.append(alone ? "*" : "\\*");
                }
                case '`', '[', ']', '|' -> out.append('\\').append(c);
                case '\\' -> {
                    // a backslash is literal before anything but ASCII punctuation (CommonMark): doubled only before punctuation
                    char next = i + 1 < t.length() ? t.charAt(i + 1) : '!';
                    out.append(next < 128 && !Character.isLetterOrDigit(next) && !Character.isWhitespace(next) ? "\\\\" : "\\");
                }
                case '_' -> {
                    boolean inWord = i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))
                            && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
                    out.append(inWord ? "_" : "\\_");
                }
                case '<' -> out.append(couldBeMarkup(t, i + 1) ? "&lt;" : "<");
                default -> out.append(c);
            }
        }
    }
}
