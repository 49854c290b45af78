package dev.tolk.render;

import dev.tolk.model.TranslationUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the HTML rendered from {@link PairedMarkdown} back into units: the markers around each
 * half become {@code <span data-ttu-id>} (or {@code data-stu-id} on a source page), followed by
 * the English half in a hidden {@code sxs-lookup} span. A half whose HTML is not well nested (a
 * link split over two pairs) is left unwrapped rather than producing broken markup; a half
 * inside an attribute (image alt text) loses its markers and its lookup follows the tag.
 * One linear pass over the HTML.
 */
final class UnitWeaver {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    private UnitWeaver() {
    }

    /** The HTML of each unit's half in {@code html}, tags stripped where a half is not well nested. */
    static String[] fragments(String html, int count) {
        String[] out = new String[count];
        int n = html.length();
        for (int p = 0; p < n; p++) {
            char c = html.charAt(p);
            if (c != UnitMarkers.START) continue;
            int index = UnitMarkers.readIndex(html, p);
            if (index < 0 || index >= count) continue;
            int from = p + UnitMarkers.length(index);
            int end = html.indexOf(endMarker(index), from);
            if (end < 0) continue;
            String fragment = html.substring(from, end);
            out[index] = balanced(fragment) ? fragment : stripTags(fragment);
            p = end + UnitMarkers.length(index) - 1;
        }
        return out;
    }

    /**
     * Weaves units into translated HTML.
     *
     * @param lookups the rendered English half per unit (null entries for units without one)
     * @param sourceLang the {@code lang} of the lookup halves; null to weave a source page
     *                   (units become {@code data-stu-id} spans and no lookups are added)
     */
    static String weave(String html, List<TranslationUnit> units, String[] lookups, String sourceLang) {
        StringBuilder out = new StringBuilder(html.length() * 2);
        List<Integer> pendingLookups = new ArrayList<>();
        boolean inTag = false;
        int n = html.length();
        int p = 0;
        while (p < n) {
            char c = html.charAt(p);
            if (c == '<') {
                inTag = true;
            } else if (c == '>' && inTag) {
                inTag = false;
                out.append(c);
                for (int i : pendingLookups) appendLookup(out, units.get(i), lookups, i, sourceLang);
                pendingLookups.clear();
                p++;
                continue;
            } else if (c == UnitMarkers.START) {
                int index = UnitMarkers.readIndex(html, p);
                int end = index >= 0 && index < units.size() ? html.indexOf(endMarker(index), p) : -1;
                if (end >= 0) {
                    String fragment = html.substring(p + UnitMarkers.length(index), end);
                    TranslationUnit unit = units.get(index);
                    if (inTag) {
                        out.append(fragment);
                        pendingLookups.add(index);
                    } else if (unit.targetStart() < 0 && sourceLang != null) {
                        appendLookup(out, unit, lookups, index, sourceLang);
                    } else if (balanced(fragment)) {
                        out.append(sourceLang != null ? "<span data-ttu-id=\"" : "<span data-stu-id=\"")
                                .append(attr(unit.id())).append("\">").append(fragment).append("</span>");
                        appendLookup(out, unit, lookups, index, sourceLang);
                    } else {
                        out.append(fragment);
                        appendLookup(out, unit, lookups, index, sourceLang);
                    }
                    p = end + UnitMarkers.length(index);
                    continue;
                }
            }
            out.append(c);
            p++;
        }
        return out.toString();
    }

    private static void appendLookup(StringBuilder out, TranslationUnit unit, String[] lookups, int index,
                                     String sourceLang) {
        if (sourceLang == null || unit.sourceStart() < 0) return;
        String html = lookups[index] == null ? "" : lookups[index];
        out.append("<span class=\"sxs-lookup\" hidden><span data-stu-id=\"").append(attr(unit.id()))
                .append("\" lang=\"").append(attr(sourceLang)).append("\">").append(html).append("</span></span>");
    }

    private static String endMarker(int index) {
        StringBuilder sb = new StringBuilder();
        UnitMarkers.appendEnd(sb, index);
        return sb.toString();
    }

    /** True when every tag opened in the fragment is closed in it, in order, and no tag is cut. */
    static boolean balanced(String fragment) {
        if (fragment.indexOf('<') < 0) return true;
        Deque<String> open = new ArrayDeque<>();
        int n = fragment.length();
        int p = 0;
        while (p < n) {
            int lt = fragment.indexOf('<', p);
            if (lt < 0) break;
            int gt = fragment.indexOf('>', lt);
            if (gt < 0) return false;
            boolean closing = lt + 1 < n && fragment.charAt(lt + 1) == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < gt && Character.isLetterOrDigit(fragment.charAt(nameEnd))) nameEnd++;
            String name = fragment.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                if (closing) {
                    if (open.isEmpty() || !open.pop().equals(name)) return false;
                } else if (!VOID.contains(name) && fragment.charAt(gt - 1) != '/') {
                    open.push(name);
                }
            }
            p = gt + 1;
        }
        return open.isEmpty();
    }

    private static String stripTags(String fragment) {
        StringBuilder out = new StringBuilder(fragment.length());
        boolean inTag = false;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '<') inTag = true;
            else if (c == '>' && inTag) inTag = false;
            else if (!inTag) out.append(c);
        }
        return out.toString();
    }

    static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
