package dev.tolk.validate;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.TranslationUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules over a file's unit ids taken together: {@code tu/mixed-prefix} (a file handed off
 * in pieces: more than one 5-hex prefix, reported once at the first unit with a second prefix)
 * and {@code tu/out-of-order} (a numeric id not above the one before it, as when pairs were
 * moved by hand; {@code pNNN} ids of merged paragraphs have their own numbering). Ids that break the grammar are the parser's {@code tu/bad-id} and are skipped.
 */
final class UnitIdRules {
    private static final Pattern ID = Pattern.compile("([0-9a-f]{5})-p?(" + dev.tolk.parse.PairScanner.ID_NUMBER + ")");

    void check(List<TranslationUnit> units, FileReporter reporter) {
        String firstPrefix = null;
        boolean mixedReported = false;
        int previous = -1;
        String previousId = null;
        for (TranslationUnit u : units) {
            var m = ID.matcher(u.id());
            if (!m.matches()) continue;
            String prefix = m.group(1);
            int number = Integer.parseInt(m.group(2));
            if (firstPrefix == null) {
                firstPrefix = prefix;
            } else if (!prefix.equals(firstPrefix) && !mixedReported) {
                reporter.report(Rule.TU_MIXED_PREFIX, u.start(), u.start(),
                        "unit " + u.id() + " has the prefix '" + prefix + "' but the file began with '" + firstPrefix
                                + "': parts of this file come from different hand-offs");
                mixedReported = true;
            }
            if (u.number().startsWith("p")) continue; // merged paragraphs are numbered on their own
            if (previousId != null && number <= previous) {
                reporter.report(Rule.TU_OUT_OF_ORDER, u.start(), u.start(),
                        "unit " + u.id() + " comes after " + previousId + "; ids should increase through the file");
            }
            previous = number;
            previousId = u.id();
        }
    }
}
