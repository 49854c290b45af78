package dev.tolk.validate;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.TranslationUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules comparing the Markdown of the two halves of a pair: {@code tu/broken-syntax}
 * (Markdown that works in the source and is broken in the translation), {@code tu/link-mismatch}
 * (links missing or added, order does not matter and localized URLs compare equal; a link left with no text) and
 * {@code tu/markup-mismatch} (bold, italic or code markers differ; in Chinese, Japanese and Korean a bracketed or
 * quoted UI label, {@code [新建]}, {@code “新建”}, {@code 「新建」}, stands for a bold one). A unit with broken syntax is
 * not also reported for the mismatches that the break causes.
 */
final class UnitMarkupRules {

    /**
     * Languages whose translations mark a UI label with brackets where English makes it bold ({@code 按一下 [匯入]} for
     * "Click **Import**", as Microsoft's Chinese, Japanese and Korean style guides write them).
     */
    private static final java.util.Set<String> BRACKETED_LABELS = java.util.Set.of("zh", "ja", "ko");

    void check(TranslationUnit unit, String language, InlineFacts target, InlineFacts source, FileReporter reporter) {
        String links = linkDifference(target, source);
        if (target.unclosedDestinations > 0) {
            // a reader sees the raw address and the rest of the sentence as one broken link, even when the English does too
            reporter.report(Rule.TU_BROKEN_SYNTAX, unit.targetStart(), unit.targetEnd(), "unit " + unit.id()
                    + ": a link address without its ')'" + (source.unclosedDestinations > 0 ? " (in the English too)" : ""));
            return;
        }
        List<String> broken = brokenSyntax(target, source);
        if (!broken.isEmpty()) {
            reporter.report(Rule.TU_BROKEN_SYNTAX, unit.targetStart(), unit.targetEnd(),
                    "unit " + unit.id() + ": " + String.join("; ", broken) + " in the translation only");
            // a link the break cost is a link the reader no longer has: said as such too
            lostLinks(unit, target, source, reporter);
            return;
        }
        if (!links.isEmpty()) {
            reporter.report(Rule.TU_LINK_MISMATCH, unit.targetStart(), unit.targetEnd(), "unit " + unit.id() + ": " + links);
        } else {
            // the same addresses, but one no longer after its text: shown raw, where the English's stray ']' hid the break
            lostLinks(unit, target, source, reporter);
        }
        if (target.emptyLinks > source.emptyLinks) {
            // the link is there, to the same address, but a reader sees nothing to click (the text went elsewhere or nowhere)
            reporter.report(Rule.TU_LINK_MISMATCH, unit.targetStart(), unit.targetEnd(), "unit " + unit.id()
                    + ": a link with no text in the translation ('[](…)'), which a reader cannot see or click");
        }
        List<String> markup = new ArrayList<>();
        int bold = target.strong / 2;
        if (bold < source.strong / 2 && BRACKETED_LABELS.contains(language)) {
            // each label bracketed or quoted in the translation and not in the source stands for a bold span
            int labels = target.labels + target.quoted - source.labels - source.quoted;
            bold = Math.min(source.strong / 2, bold + Math.max(0, labels));
        }
        compare("bold", bold, source.strong / 2, markup);
        if (target.escapedStars > source.escapedStars) markup.add("escaped '\\*' shown as asterisks in the translation only");
        compare("italic", target.emphasis / 2, source.emphasis / 2, markup);
        compare("code", target.codeSpans, source.codeSpans, markup);
        if (!markup.isEmpty()) {
            reporter.report(Rule.TU_MARKUP_MISMATCH, unit.targetStart(), unit.targetEnd(),
                    "unit " + unit.id() + ": " + String.join(", ", markup));
        }
    }

    /**
     * Reports the links a reader of the translation no longer has: addresses no longer after a {@code ]} (a link may
     * begin in the unit before), or links whose {@code [} and {@code ](…)} no longer make one ({@code [a] b](u)}).
     */
    private static void lostLinks(TranslationUnit unit, InlineFacts target, InlineFacts source, FileReporter reporter) {
        boolean byAddress = source.destinations > target.destinations;
        if (!byAddress && source.completeLinks <= target.completeLinks) return;
        reporter.report(Rule.TU_LINK_MISMATCH, unit.targetStart(), unit.targetEnd(), "unit " + unit.id() + ": "
                + (byAddress ? source.destinations + " link(s) in the source, " + target.destinations
                : source.completeLinks + " link(s) in the source, " + target.completeLinks) + " that work in the translation");
    }

    /**
     * Breaks that turn a working source construct into text. A {@code ] (} counts where the source
     * writes {@code ](} with a closed destination; an unclosed {@code [} where the source half holds
     * a whole link ({@code [text](target)}) that the translation lost. A source whose own link is
     * cut off or written backwards ({@code (text)[url]}) has nothing to break.
     */
    private static List<String> brokenSyntax(InlineFacts t, InlineFacts s) {
        List<String> out = new ArrayList<>();
        boolean lostLink = s.completeLinks > t.completeLinks;
        if (t.spacedLinks > s.spacedLinks && s.destinations > t.destinations) {
            out.add("a space between ']' and '(' breaks a link");
        }
        int tBalance = t.openBrackets - t.closeBrackets;
        if (lostLink && tBalance != 0 && s.openBrackets == s.closeBrackets) {
            out.add(tBalance > 0 ? "an unclosed '['" : "a ']' without its '['");
        }
        // runs of asterisks a reader sees as asterisks, in each half: a translation that shows no more of them than the
        // source ('saved as ***** in' as 'sous la forme *****.', 'Float**' as 'Float **') broke nothing
        boolean moreLiteral = t.unpairedStrong() + t.strayDelimiters > s.unpairedStrong() + s.strayDelimiters;
        if (t.strong % 2 != 0 && s.strong % 2 == 0) out.add("an unclosed '**'");
        else if (moreLiteral && t.unpairedStrong() > s.unpairedStrong() && t.strayDelimiters <= s.strayDelimiters) {
            out.add("'**' next to a space or punctuation that opens or closes no bold text");
        }
        if (moreLiteral && t.strayDelimiters > s.strayDelimiters) out.add("'**' with spaces on both sides does not make bold text");
        if (t.backticksUnclosed > s.backticksUnclosed) out.add("an unclosed '`'");
        if (t.spacedDestinations > s.spacedDestinations) out.add("a link address with a space in it ('[…](a b)'), which makes no link");
        if (t.brokenTitles > s.brokenTitles) {
            out.add("a link title with a quotation mark inside its quotes ('[…](a \"b \"c\" d\")'), which makes no link");
        }
        if (t.nestedLinks > s.nestedLinks) out.add("a link inside a link's text ('[a [b](x) c](y)'), whose outer link is shown as text");
        return out;
    }

    private static String linkDifference(InlineFacts target, InlineFacts source) {
        Map<String, Integer> counts = new HashMap<>();
        for (String l : source.links) counts.merge(l, 1, Integer::sum);
        for (String l : target.links) counts.merge(l, -1, Integer::sum);
        List<String> missing = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (String l : source.links) {
            if (counts.getOrDefault(l, 0) > 0 && !missing.contains(l)) missing.add(l);
        }
        for (String l : target.links) {
            if (counts.getOrDefault(l, 0) < 0 && !added.contains(l)) added.add(l);
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) parts.add("the translation lacks the link" + (missing.size() > 1 ? "s " : " ") + quote(missing));
        if (!added.isEmpty()) parts.add("the translation adds the link" + (added.size() > 1 ? "s " : " ") + quote(added));
        return String.join("; ", parts);
    }

    private static String quote(List<String> targets) {
        List<String> q = new ArrayList<>();
        for (String t : targets) q.add("'" + (t.length() > 80 ? t.substring(0, 77) + "…" : t) + "'");
        return String.join(", ", q);
    }

    private static void compare(String what, int target, int source, List<String> out) {
        if (target != source) {
            out.add(what + " spans: " + target + " in the translation, " + source + " in the source");
        }
    }
}
