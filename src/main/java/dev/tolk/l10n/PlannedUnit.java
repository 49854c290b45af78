package dev.tolk.l10n;

import dev.tolk.model.TranslationUnit;
import java.util.List;

/**
 * One unit of an article's plan: what the XLIFF says of it ({@code id}, {@code name}, the
 * source and the current translation's pieces, codes lined up with the source's, null when
 * there is none; state, sub-state, note) and where it lives. A unit of an existing pair has its
 * {@code pair}, and when its English is older than another locale's, that current English in
 * {@code english} (the source sent, written into the pair's lookup half with the new
 * translation); a sentence of the source-locale article its {@code segment} and, when an earlier
 * translation is kept for it, that translation's Markdown in {@code oldTarget}; a front-matter
 * unit names its {@code field} ({@code title}, {@code description}).
 */
record PlannedUnit(String id, String name, List<Inline> source, List<Inline> target, String state, String subState,
                   String note, TranslationUnit pair, Segmenter.Segment segment, String oldTarget, String field, String english) {

    boolean drifted() {
        return XliffUnit.DRIFT.equals(subState);
    }

    boolean needed() {
        return XliffUnit.INITIAL.equals(state);
    }

    XliffUnit toXliff() {
        return new XliffUnit(id, name, note, state, subState, source, target);
    }
}
