package dev.tolk.render;

import dev.tolk.model.TranslationUnit;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final List<String> VOID_NAMES = List.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    private static final Set<String> VOID = Set.copyOf(VOID_NAMES);

    private UnitWeaver() {
    }

    /** The HTML of each unit's half in {@code html}, tags stripped where a half is not well nested. */
    static String[] fragments(String html, int count) {
        String[] out = new String[count];
        int nextLt = html.indexOf('<'); // the first '<' not before the current half, searched again once passed
        for (int p = html.indexOf(UnitMarkers.START); p >= 0; p = html.indexOf(UnitMarkers.START, p + 1)) {
            int index = UnitMarkers.readIndex(html, p);
            if (index < 0 || index >= count) continue;
            int from = p + UnitMarkers.length(index);
            int end = UnitMarkers.indexOfEnd(html, index, from);
            if (end < 0) continue;
            if (nextLt >= 0 && nextLt < from) nextLt = html.indexOf('<', from);
            boolean tagFree = nextLt < 0 || nextLt >= end; // most halves: plain text, balanced without a look
            out[index] = tagFree || balanced(html, from, end) ? html.substring(from, end) : stripTags(html, from, end);
            p = end + UnitMarkers.length(index) - 1;
        }
        return out;
    }

    /**
     * Weaves units into translated HTML.
     *
     * <p>Text between markers and tag ends is copied in runs, not a character at a time: the
     * loop jumps from one {@code <}, {@code >} or marker start to the next, each found by
     * {@code indexOf} (cheaper under C1 than a {@code charAt} loop), and still reads each character
     * a bounded number of times.
     *
     * @param lookups the rendered English half per unit (null entries for units without one)
     * @param sourceLang the {@code lang} of the lookup halves; null to weave a source page
     *                   (units become {@code data-stu-id} spans and no lookups are added)
     */
    static String weave(String html, List<TranslationUnit> units, String[] lookups, String sourceLang) {
        return weave(html, units, lookups, sourceLang, null);
    }

    /**
     * As {@link #weave(String, List, String[], String)}; a unit with no translation (a lookup
     * alone, or an empty translation of a non-empty source) shows its English in place, marked
     * {@code class="untranslated"} with {@code lang} and, when given, a {@code title} saying so.
     */
    static String weave(String html, List<TranslationUnit> units, String[] lookups, String sourceLang,
                        String untranslatedTitle) {
        StringBuilder out = new StringBuilder(html.length() * 2);
        List<Integer> pendingLookups = new ArrayList<>();
        boolean inTag = false;
        int n = html.length();
        int run = 0; // start of the html not copied yet
        // where the next '<', '>' and marker start are (-1: none left); each is searched again only once passed
        int nextLt = html.indexOf('<');
        int nextGt = html.indexOf('>');
        int nextMarker = html.indexOf(UnitMarkers.START);
        int p = 0;
        while (true) {
            if (nextLt >= 0 && nextLt < p) nextLt = html.indexOf('<', p);
            if (nextGt >= 0 && nextGt < p) nextGt = html.indexOf('>', p);
            if (nextMarker >= 0 && nextMarker < p) nextMarker = html.indexOf(UnitMarkers.START, p);
            int tagEvent = inTag ? nextGt : nextLt; // a '<' inside a tag or a '>' outside one changes nothing
            if (nextMarker < 0 || tagEvent >= 0 && tagEvent < nextMarker) {
                if (tagEvent < 0) break;
                inTag = !inTag;
                if (!inTag && !pendingLookups.isEmpty()) {
                    out.append(html, run, tagEvent + 1);
                    run = tagEvent + 1;
                    for (int i : pendingLookups) appendLookup(out, units.get(i), lookups, i, sourceLang);
                    pendingLookups.clear();
                }
                p = tagEvent + 1;
                continue;
            }
            int at = nextMarker;
            int index = UnitMarkers.readIndex(html, at);
            int end = index >= 0 && index < units.size() ? UnitMarkers.indexOfEnd(html, index, at) : -1;
            if (end < 0) {
                p = at + 1;
                continue;
            }
            out.append(html, run, at);
            int from = at + UnitMarkers.length(index);
            TranslationUnit unit = units.get(index);
            if (inTag) {
                out.append(html, from, end);
                pendingLookups.add(index);
            } else if (sourceLang != null && untranslated(unit, lookups, index)) {
                out.append("<span data-ttu-id=\"").append(attr(unit.id())).append("\" class=\"untranslated\" lang=\"")
                        .append(attr(sourceLang)).append("\" dir=\"ltr\"");
                if (untranslatedTitle != null) out.append(" title=\"").append(attr(untranslatedTitle)).append('"');
                out.append('>').append(lookups[index]).append("</span>");
            } else if (unit.targetStart() < 0 && sourceLang != null) {
                appendLookup(out, unit, lookups, index, sourceLang);
            } else if (nextLt < 0 || nextLt >= end || balanced(html, from, end)) {
                // outside a tag the next '<' is known: a half ending before it holds no tag, so is balanced
                out.append(sourceLang != null ? "<span data-ttu-id=\"" : "<span data-stu-id=\"").append(attr(unit.id()));
                // the English copied as it is: said to be English, and laid out left to right in a right-to-left page
                // (its full stop jumped to the start of the line); a reader's screen reader reads it as English
                if (sourceLang != null && copiedEnglish(unit)) out.append("\" lang=\"").append(attr(sourceLang)).append("\" dir=\"ltr");
                out.append("\">").append(html, from, end).append("</span>");
                appendLookup(out, unit, lookups, index, sourceLang);
            } else {
                out.append(html, from, end);
                appendLookup(out, unit, lookups, index, sourceLang);
            }
            run = end + UnitMarkers.length(index);
            p = run;
        }
        out.append(html, run, n);
        return out.toString();
    }

    /** A unit whose translation is its English, letter for letter (and has a letter). */
    private static boolean copiedEnglish(TranslationUnit unit) {
        if (unit.sourceStart() < 0 || unit.targetStart() < 0) return false;
        String target = unit.target().strip();
        return target.equals(unit.source().strip()) && target.codePoints().anyMatch(Character::isLetter);
    }

    /** A unit the reader would otherwise not see: no translation, or an empty one, while the English has text. */
    private static boolean untranslated(TranslationUnit unit, String[] lookups, int index) {
        if (unit.sourceStart() < 0 || lookups[index] == null || lookups[index].isBlank()) return false;
        return unit.targetStart() < 0 || unit.target().isBlank();
    }

    private static void appendLookup(StringBuilder out, TranslationUnit unit, String[] lookups, int index,
                                     String sourceLang) {
        if (sourceLang == null || unit.sourceStart() < 0) return;
        String html = lookups[index] == null ? "" : lookups[index];
        out.append("<span class=\"sxs-lookup\" hidden><span data-stu-id=\"").append(attr(unit.id()))
                .append("\" lang=\"").append(attr(sourceLang)).append("\">").append(html).append("</span></span>");
    }

    /** True when every tag opened in the fragment is closed in it, in order, and no tag is cut. */
    static boolean balanced(String fragment) {
        return balanced(fragment, 0, fragment.length());
    }

    /**
     * {@link #balanced(String)} of {@code html[from, to)}, read in place: the open tags are kept
     * as name ranges on a small stack instead of lower-cased substrings.
     */
    private static boolean balanced(String html, int from, int to) {
        int lt = indexOf(html, '<', from, to);
        if (lt < 0) return true;
        int[] open = new int[16]; // start and end of each open tag's name
        int depth = 0;
        while (lt >= 0) {
            int gt = indexOf(html, '>', lt, to);
            if (gt < 0) return false;
            boolean closing = lt + 1 < to && html.charAt(lt + 1) == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < gt && Character.isLetterOrDigit(html.charAt(nameEnd))) nameEnd++;
            if (nameEnd > nameStart) {
                if (closing) {
                    if (depth == 0 || !sameName(html, open[depth - 2], open[depth - 1], nameStart, nameEnd)) return false;
                    depth -= 2;
                } else if (!isVoid(html, nameStart, nameEnd) && html.charAt(gt - 1) != '/') {
                    if (depth == open.length) open = Arrays.copyOf(open, depth * 2);
                    open[depth++] = nameStart;
                    open[depth++] = nameEnd;
                }
            }
            lt = indexOf(html, '<', gt + 1, to);
        }
        return depth == 0;
    }

    /** {@code s.indexOf(c, from)} within {@code [from, to)}: a fragment's search must not run on past it. */
    private static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) return i;
        }
        return -1;
    }

    /** Whether two tag names are equal lower-cased ({@code Locale.ROOT}); ASCII names compared in place. */
    private static boolean sameName(String s, int aStart, int aEnd, int bStart, int bEnd) {
        if (!ascii(s, aStart, aEnd) || !ascii(s, bStart, bEnd)) return lowerName(s, aStart, aEnd).equals(lowerName(s, bStart, bEnd));
        if (aEnd - aStart != bEnd - bStart) return false;
        for (int i = 0; i < aEnd - aStart; i++) {
            if (asciiLower(s.charAt(aStart + i)) != asciiLower(s.charAt(bStart + i))) return false;
        }
        return true;
    }

    private static boolean isVoid(String s, int start, int end) {
        if (!ascii(s, start, end)) return VOID.contains(lowerName(s, start, end));
        for (String name : VOID_NAMES) {
            if (name.length() == end - start && s.regionMatches(true, start, name, 0, name.length())) return true;
        }
        return false;
    }

    private static boolean ascii(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static String lowerName(String s, int start, int end) {
        return s.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** {@code html[from, to)} without its tags, copied in runs. */
    private static String stripTags(String html, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        boolean inTag = false;
        int run = from;
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                if (!inTag) out.append(html, run, i);
                inTag = true;
            } else if (c == '>' && inTag) {
                inTag = false;
                run = i + 1;
            }
        }
        if (!inTag) out.append(html, run, to);
        return out.toString();
    }

    static String attr(String s) {
        if (s.indexOf('&') < 0 && s.indexOf('"') < 0 && s.indexOf('<') < 0) return s; // ids nearly always
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
