package dev.tolk.validate;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.Article;
import dev.tolk.model.TranslationUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tu/drift}: a translation made from an older English text. The English half of each
 * unit is compared with the source-locale article of the same key when the project has one
 * (its paired units by number, or else its text), and otherwise with the same unit (same
 * number, same key) in the other locales. Between locales the stale side is the one handed off
 * earlier ({@code ms.lasthandoff}), else the minority; when neither tells, every side is
 * reported. Localized URLs ({@code /en-us/} against {@code /de-de/}) and a pair placed inside a
 * link's text rather than around the link are not changes of the English.
 */
public final class DriftRule {
    private static final Pattern HANDOFF = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})");

    private final String sourceLocale;

    public DriftRule(String sourceLocale) {
        this.sourceLocale = sourceLocale;
    }

    /**
     * A unit found stale: its article, the unit, the message, and the English it should now translate when one
     * other locale's is the current one (its locale tag in {@code currentIn}); else {@code current} is null.
     */
    public record Finding(Article article, TranslationUnit unit, String message, String current, String currentIn) {
    }

    /** Checks the articles of one key, one per locale, each with the reporter of its file. */
    public void check(List<Article> articles, Function<Article, FileReporter> reporters) {
        judge(articles, f -> reporters.apply(f.article()).report(Rule.TU_DRIFT, f.unit().sourceStart(), f.unit().sourceEnd(), f.message()));
    }

    /** Every stale unit of the key's files ({@code articles}, one per locale), as {@link #check} reports them: what the localization loop counts and sends as drifted. */
    public List<Finding> findings(List<Article> articles) {
        List<Finding> out = new ArrayList<>();
        judge(articles, out::add);
        return out;
    }

    private void judge(List<Article> articles, java.util.function.Consumer<Finding> findings) {
        Article reference = null;
        List<Article> translated = new ArrayList<>();
        for (Article a : articles) {
            if (a.locale().equalsIgnoreCase(sourceLocale)) reference = a;
            else if (!a.units().isEmpty()) translated.add(a);
        }
        if (reference != null) againstSource(reference, translated, findings);
        else if (translated.size() > 1) acrossLocales(translated, findings);
    }

    private void againstSource(Article reference, List<Article> translated, java.util.function.Consumer<Finding> findings) {
        Map<String, EnglishHalf> byNumber = new LinkedHashMap<>();
        for (TranslationUnit u : reference.units()) {
            if (!byNumber.containsKey(u.number())) byNumber.put(u.number(), EnglishHalf.of(u.targetStart() >= 0 ? u.target() : u.source()));
        }
        String body = byNumber.isEmpty() ? EnglishHalf.comparable(reference.text().substring(reference.bodyStart())) : null;
        String where = reference.locale() + " (" + reference.file() + ")";
        for (Article a : translated) {
            for (TranslationUnit u : a.units()) {
                if (u.sourceStart() < 0) continue;
                EnglishHalf mine = EnglishHalf.of(u.source());
                boolean current;
                if (body != null) {
                    current = mine.wording().isEmpty() || body.contains(mine.wording()) || body.contains(mine.linkText());
                } else {
                    EnglishHalf theirs = byNumber.get(u.number());
                    current = theirs == null || mine.sameWording(theirs);
                }
                if (!current) {
                    findings.accept(new Finding(a, u, "the English of unit " + u.id() + " is not in the source article " + where
                            + "; the translation may be stale", null, null));
                }
            }
        }
    }

    /**
     * One locale's file of the key: its units by number with their English read once, its
     * hand-off date, and all its English texts.
     */
    private record Side(Article article, Map<String, TranslationUnit> byNumber, Map<String, EnglishHalf> english,
                        int handoff, Set<String> texts) {
        static Side of(Article a) {
            Map<String, TranslationUnit> units = new LinkedHashMap<>();
            Map<String, EnglishHalf> english = new HashMap<>();
            Set<String> texts = new HashSet<>();
            for (TranslationUnit u : a.units()) {
                if (u.sourceStart() < 0) continue;
                EnglishHalf half = EnglishHalf.of(u.source());
                if (units.putIfAbsent(u.number(), u) == null) english.put(u.number(), half);
                texts.add(half.wording());
                texts.add(half.linkText());
            }
            return new Side(a, units, english, DriftRule.handoff(a), texts);
        }

        /** Whether this file has {@code english} under any number (a sentence added elsewhere renumbers the rest). */
        boolean says(EnglishHalf english) {
            return texts.contains(english.wording()) || texts.contains(english.linkText());
        }
    }

    private void acrossLocales(List<Article> translated, java.util.function.Consumer<Finding> findings) {
        List<Side> sides = new ArrayList<>();
        for (Article a : translated) sides.add(Side.of(a));
        Set<String> numbers = new java.util.LinkedHashSet<>();
        for (Side side : sides) numbers.addAll(side.byNumber().keySet());
        for (String number : numbers) compareUnit(number, sides, findings);
    }

    private void compareUnit(String number, List<Side> sides, java.util.function.Consumer<Finding> findings) {
        List<Side> holders = new ArrayList<>();
        List<Integer> variantOf = new ArrayList<>();
        List<EnglishHalf> variants = new ArrayList<>();
        for (Side side : sides) {
            EnglishHalf english = side.english().get(number);
            if (english == null) continue;
            int v = 0;
            while (v < variants.size() && !variants.get(v).sameWording(english)) v++;
            if (v == variants.size()) variants.add(english);
            holders.add(side);
            variantOf.add(v);
        }
        if (variants.size() < 2) return;
        int current = currentVariant(holders, variantOf, variants.size());
        for (int h = 0; h < holders.size(); h++) {
            if (current >= 0 && variantOf.get(h) == current) continue;
            Side self = holders.get(h);
            TranslationUnit u = self.byNumber().get(number);
            List<Side> others = new ArrayList<>();
            for (int k = 0; k < holders.size(); k++) {
                boolean reference = current >= 0 ? variantOf.get(k) == current : !variantOf.get(k).equals(variantOf.get(h));
                if (k != h && reference) others.add(holders.get(k));
            }
            EnglishHalf english = self.english().get(number);
            if (others.stream().allMatch(o -> o.says(english))) continue; // renumbered, not reworded
            String newer = current >= 0 ? variants.get(current).half() : null;
            String newerIn = newer == null ? null : others.get(0).article().locale();
            findings.accept(new Finding(self.article(), u, message(u, self, others, newer), newer, newerIn));
        }
    }

    private static String message(TranslationUnit u, Side self, List<Side> others, String newer) {
        String tags = String.join(", ", others.stream().map(o -> o.article().locale()).toList());
        if (newer == null) {
            return "the English of unit " + u.id() + " differs from the same unit in " + tags
                    + "; cannot tell which is current (same hand-off date)";
        }
        int theirs = others.stream().mapToInt(Side::handoff).max().orElse(0);
        String why = theirs > self.handoff()
                ? "handed off " + date(theirs) + (self.handoff() > 0 ? ", this file " + date(self.handoff()) : "")
                : "the English most locales have";
        return "the English of unit " + u.id() + " is no longer in " + tags + " (" + why + "), which says '"
                + UnitTextRules.excerpt(newer) + "' at this number; this translation may be stale";
    }

    private static String date(int yyyymmdd) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    /** The variant of the newest hand-off if that is unambiguous, else the majority, else -1. */
    private static int currentVariant(List<Side> holders, List<Integer> variantOf, int count) {
        int newest = -1;
        for (Side side : holders) newest = Math.max(newest, side.handoff());
        if (newest > 0) {
            int variant = -1;
            boolean unique = true;
            for (int h = 0; h < holders.size(); h++) {
                if (holders.get(h).handoff() != newest) continue;
                if (variant >= 0 && variant != variantOf.get(h)) unique = false;
                variant = variantOf.get(h);
            }
            if (unique) return variant;
        }
        int[] votes = new int[count];
        for (int v : variantOf) votes[v]++;
        int best = -1;
        boolean tie = false;
        for (int v = 0; v < count; v++) {
            if (best < 0 || votes[v] > votes[best]) {
                best = v;
                tie = false;
            } else if (votes[v] == votes[best]) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }

    /** The hand-off date as yyyymmdd, or 0 when the front matter does not say. */
    static int handoff(Article a) {
        return a.frontMatter().string("ms.lasthandoff").map(s -> {
            Matcher m = HANDOFF.matcher(s);
            if (!m.find()) return 0;
            if (m.group(1) != null) {
                return Integer.parseInt(m.group(3)) * 10000 + Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2));
            }
            return Integer.parseInt(m.group(4)) * 10000 + Integer.parseInt(m.group(5)) * 100 + Integer.parseInt(m.group(6));
        }).orElse(0);
    }
}
