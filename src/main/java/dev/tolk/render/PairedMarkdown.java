package dev.tolk.render;

import dev.tolk.model.Article;
import dev.tolk.model.TranslationUnit;
import java.util.List;

/**
 * The two Markdown documents hidden in a paired article: the translation (each pair replaced by
 * its translation half) and the source (each pair replaced by its English half). Each half is
 * wrapped in {@link UnitMarkers} carrying the unit's index, so the rendered HTML can be cut back
 * into units. Text outside pairs (anchors, list markers, table pipes) is kept in both.
 */
final class PairedMarkdown {
    enum Side { TARGET, SOURCE }

    private PairedMarkdown() {
    }

    static String of(Article article, Side side) {
        String text = article.text();
        List<TranslationUnit> units = article.units();
        StringBuilder out = new StringBuilder(text.length() - article.bodyStart() + units.size() * 8);
        int pos = article.bodyStart();
        for (int i = 0; i < units.size(); i++) {
            TranslationUnit u = units.get(i);
            out.append(text, pos, u.start());
            UnitMarkers.appendStart(out, i);
            if (present(u, side)) out.append(half(u, side));
            UnitMarkers.appendEnd(out, i);
            pos = u.end();
        }
        out.append(text, pos, text.length());
        return out.toString();
    }

    /**
     * Whether {@code of(a, side)} and {@code of(b, side)} are equal because they are made of
     * equal pieces (the text between pairs, each unit's half): answered without building either
     * document. False can still mean equal documents cut differently; callers only use it to
     * share work.
     */
    static boolean samePieces(Article a, Article b, Side side) {
        if (a == b) return true;
        List<TranslationUnit> as = a.units();
        List<TranslationUnit> bs = b.units();
        if (as.size() != bs.size()) return false;
        int pa = a.bodyStart();
        int pb = b.bodyStart();
        for (int i = 0; i < as.size(); i++) {
            TranslationUnit x = as.get(i);
            TranslationUnit y = bs.get(i);
            if (!sameText(a.text(), pa, x.start(), b.text(), pb, y.start())) return false;
            boolean present = present(x, side);
            if (present != present(y, side) || present && !half(x, side).equals(half(y, side))) return false;
            pa = x.end();
            pb = y.end();
        }
        return sameText(a.text(), pa, a.text().length(), b.text(), pb, b.text().length());
    }

    private static boolean present(TranslationUnit u, Side side) {
        return side == Side.TARGET ? u.targetStart() >= 0 : u.sourceStart() >= 0;
    }

    private static String half(TranslationUnit u, Side side) {
        return side == Side.TARGET ? u.target() : u.source();
    }

    private static boolean sameText(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        return aTo - aFrom == bTo - bFrom && a.regionMatches(aFrom, b, bFrom, aTo - aFrom);
    }
}
