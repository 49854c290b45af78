package dev.tolk.l10n;

import dev.tolk.model.Article;
import java.util.List;

/**
 * The units of one article in one locale, as export writes them and import checks against them.
 * {@code PAIRED}: the locale's file holds the pairs and is edited in place. {@code SEGMENTED}:
 * the units are the sentences of the source-locale article ({@code english}), and the locale's
 * file is written from it; {@code localized} is the locale's current file, null when it has none.
 */
record ArticlePlan(Mode mode, String key, String locale, String prefix, List<PlannedUnit> units, Article english,
                   Article localized) {

    enum Mode { PAIRED, SEGMENTED }

    XliffDocument toXliff(String sourceLocale, boolean neededOnly) {
        return new XliffDocument(sourceLocale, locale, key,
                units.stream().filter(u -> !neededOnly || u.needed()).map(PlannedUnit::toXliff).toList());
    }
}
