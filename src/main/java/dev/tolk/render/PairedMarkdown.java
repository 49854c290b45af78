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
            String half = side == Side.TARGET ? u.target() : u.source();
            boolean present = side == Side.TARGET ? u.targetStart() >= 0 : u.sourceStart() >= 0;
            UnitMarkers.appendStart(out, i);
            if (present) out.append(half);
            UnitMarkers.appendEnd(out, i);
            pos = u.end();
        }
        out.append(text, pos, text.length());
        return out.toString();
    }
}
