package dev.tolk.l10n;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operations on a unit's list of {@link Inline} pieces: joining text, numbering codes, finding
 * codes by id, lining a translation's codes up with its source's, and a signature that says
 * whether two contents are the same to a translator (text and code ids, not their Markdown).
 */
final class Pieces {
    private Pieces() {
    }

    /** Adjacent text pieces joined (a decoded escape between two runs of text is one run). */
    static List<Inline> merge(List<Inline> pieces) {
        List<Inline> out = new ArrayList<>(pieces.size());
        for (Inline p : pieces) {
            if (p instanceof Inline.Pc pc) p = pc.withContent(merge(pc.content()));
            if (p instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
                out.set(out.size() - 1, new Inline.Text(prev.text() + t.text(), prev.start(), t.end()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The same pieces with codes numbered 1, 2, … in reading order (a paired code before what it holds). */
    static List<Inline> renumber(List<Inline> pieces) {
        return number(pieces, new int[] {0});
    }

    private static List<Inline> number(List<Inline> pieces, int[] next) {
        List<Inline> out = new ArrayList<>(pieces.size());
        for (Inline p : pieces) {
            if (p instanceof Inline.Text) {
                out.add(p);
            } else {
                Inline numbered = p.withId(Integer.toString(++next[0]));
                out.add(numbered instanceof Inline.Pc pc ? pc.withContent(number(pc.content(), next)) : numbered);
            }
        }
        return out;
    }

    /** Every code of the pieces in reading order, by id (the first of an id given twice). */
    static Map<String, Inline> codes(List<Inline> pieces) {
        Map<String, Inline> codes = new LinkedHashMap<>();
        collect(pieces, codes);
        return codes;
    }

    private static void collect(List<Inline> pieces, Map<String, Inline> into) {
        for (Inline p : pieces) {
            if (p.id() != null) into.putIfAbsent(p.id(), p);
            if (p instanceof Inline.Pc pc) collect(pc.content(), into);
        }
    }

    /**
     * The translation's pieces with each code given the id of the source's code it stands for:
     * the same Markdown first, then the same kind in order (a link whose address the translation
     * localized). A code the source does not have becomes its Markdown as text, so an export is
     * valid whatever defects the translation has.
     */
    static List<Inline> align(List<Inline> source, List<Inline> target) {
        List<Inline> sourceCodes = new ArrayList<>(codes(source).values());
        List<Inline> targetCodes = new ArrayList<>(codes(target).values());
        Map<Inline, String> ids = new IdentityHashMap<>();
        boolean[] used = new boolean[sourceCodes.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (Inline t : targetCodes) {
                if (ids.containsKey(t)) continue;
                for (int i = 0; i < sourceCodes.size(); i++) {
                    Inline s = sourceCodes.get(i);
                    if (used[i] || s.getClass() != t.getClass() || s.code().kind() != t.code().kind()) continue;
                    if (pass == 0 && !s.code().equals(t.code())) continue;
                    used[i] = true;
                    ids.put(t, s.id());
                    break;
                }
            }
        }
        return merge(relabel(target, ids));
    }

    private static List<Inline> relabel(List<Inline> pieces, Map<Inline, String> ids) {
        List<Inline> out = new ArrayList<>(pieces.size());
        for (Inline p : pieces) {
            if (p instanceof Inline.Text) {
                out.add(p);
                continue;
            }
            String id = ids.get(p);
            if (p instanceof Inline.Pc pc) {
                List<Inline> content = relabel(pc.content(), ids);
                if (id != null) {
                    out.add(pc.withContent(content).withId(id));
                } else {
                    out.add(new Inline.Text(pc.code().data(), pc.start(), pc.start()));
                    out.addAll(content);
                    out.add(new Inline.Text(pc.code().dataEnd(), pc.end(), pc.end()));
                }
            } else {
                out.add(id != null ? p.withId(id) : new Inline.Text(p.code().data(), p.start(), p.end()));
            }
        }
        return out;
    }

    /**
     * What a translator sees of the pieces: the text, and each code as its element and id.
     * Two contents with the same signature write the same Markdown.
     */
    static String signature(List<Inline> pieces) {
        StringBuilder b = new StringBuilder();
        sign(pieces, b);
        return b.toString();
    }

    private static void sign(List<Inline> pieces, StringBuilder b) {
        for (Inline p : pieces) {
            if (p instanceof Inline.Text t) {
                b.append(t.text());
                continue;
            }
            b.append('\uE000').append(element(p)).append(' ').append(p.id()).append('\uE001');
            if (p instanceof Inline.Pc pc) {
                sign(pc.content(), b);
                b.append("\uE000/pc\uE001");
            }
        }
    }

    /** The XLIFF element of a code: {@code ph}, {@code pc}, {@code sc} or {@code ec}. */
    static String element(Inline p) {
        return p instanceof Inline.Pc ? "pc" : p instanceof Inline.Sc ? "sc" : p instanceof Inline.Ec ? "ec" : "ph";
    }

    /** Whether the pieces hold any text (not only codes and spaces). */
    static boolean hasText(List<Inline> pieces) {
        for (Inline p : pieces) {
            if (p instanceof Inline.Text t && !t.text().isBlank()) return true;
            if (p instanceof Inline.Pc pc && hasText(pc.content())) return true;
        }
        return false;
    }
}
