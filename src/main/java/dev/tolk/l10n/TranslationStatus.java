package dev.tolk.l10n;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.diag.Severity;
import dev.tolk.diag.Suppressions;
import dev.tolk.model.Article;
import dev.tolk.model.LocaleInfo;
import dev.tolk.source.LineMap;
import dev.tolk.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tolk status}: how far each locale is translated (DESIGN §10). A unit is untranslated
 * where {@code tolk check} says so ({@code tu/untranslated}, with the same configuration and
 * suppressions), or where the source-locale article has a sentence the locale's file lacks;
 * every other unit is translated, so {@code translated + untranslated = units}. {@code drifted}
 * counts translated units whose English moved; {@code machine} translated units of articles
 * marked {@code ms.translationtype: MT}. Words are the source's words.
 */
public final class TranslationStatus {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Source words: of every unit, of the untranslated ones, of the drifted ones. */
    public record Words(int total, int untranslated, int drifted) {
    }

    /** One locale's figures. */
    public record LocaleStatus(String locale, int articles, int missing, int units, int translated, int untranslated, int drifted,
                               int machine, Words words) {
        /** The translated share of the units, in percent (100 for a locale without units). */
        public double percent() {
            return units == 0 ? 100.0 : 100.0 * translated / units;
        }
    }

    /** One article of one locale: {@code current}, {@code partial} (untranslated units), {@code stale} (drifted units) or {@code missing}. */
    public record ArticleStatus(String key, String locale, String state, int units, int untranslated, int drifted) {
        /** How much work it needs: what sorts the dashboard's list. */
        int work() {
            return untranslated + drifted;
        }
    }

    /** The whole status: locales in order, articles that need work (largest first, then by locale and key). */
    public record Report(String sourceLocale, List<LocaleStatus> locales, List<ArticleStatus> articles) {
    }

    /** What decides the counts besides the content: the configuration's rule severities and terms. */
    public record Settings(String sourceLocale, List<String> exclude, Map<String, Optional<Severity>> rules, List<String> doNotTranslate,
                           List<String> extraKeys) {
    }

    public Report compute(Path content, Settings settings, List<String> locales, Path workDir) throws IOException {
        LocaleContent set = new LocaleContent(content, settings.sourceLocale(), settings.exclude(), workDir);
        Validator validator = new Validator(settings.doNotTranslate(), settings.extraKeys());
        List<String> targets = set.targetLocales(locales);
        List<LocaleStatus> out = new ArrayList<>();
        List<ArticleStatus> articles = new ArrayList<>();
        for (String locale : targets) {
            List<Counted> mine;
            try {
                mine = set.keys(locale).parallelStream().map(key -> {
                    try {
                        return article(set, validator, settings, locale, key);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            out.add(total(locale, mine));
            for (Counted c : mine) if (!c.status().state().equals("current")) articles.add(c.status());
        }
        articles.sort(Comparator.comparingInt(ArticleStatus::work).reversed().thenComparing(ArticleStatus::locale)
                .thenComparing(ArticleStatus::key));
        return new Report(settings.sourceLocale(), out, articles);
    }

    /** Running counts of units and source words, for an article and then for a locale. */
    private static final class Tally {
        int units;
        int untranslated;
        int drifted;
        int machine;
        int words;
        int wordsUntranslated;
        int wordsDrifted;

        void add(Tally o) {
            units += o.units;
            untranslated += o.untranslated;
            drifted += o.drifted;
            machine += o.machine;
            words += o.words;
            wordsUntranslated += o.wordsUntranslated;
            wordsDrifted += o.wordsDrifted;
        }
    }

    /** An article's status, and its counts for the locale's totals. */
    private record Counted(ArticleStatus status, Tally tally) {
    }

    private static Counted article(LocaleContent set, Validator validator, Settings settings, String locale, String key)
            throws IOException {
        Tally t = new Tally();
        if (!set.has(locale, key)) {
            for (PlannedUnit u : set.plan(locale, key).map(ArticlePlan::units).orElse(List.of())) {
                t.units++;
                t.words += words(u.source());
            }
            // every sentence of an article the locale lacks is untranslated, in the locale's totals too
            t.untranslated = t.units;
            t.wordsUntranslated = t.words;
            return new Counted(new ArticleStatus(key, locale, "missing", t.units, t.units, 0), t);
        }
        ArticlePlan plan = set.plan(locale, key).orElseThrow();
        Article article = plan.localized();
        Set<String> untranslatedAt = untranslatedFindings(article, validator, settings);
        LineMap lines = new LineMap(article.text());
        boolean mt = article.frontMatter().string("ms.translationtype").filter("MT"::equalsIgnoreCase).isPresent();
        for (PlannedUnit u : plan.units()) {
            int w = words(u.source());
            t.units++;
            t.words += w;
            boolean open = u.pair() != null ? untranslatedAt.contains(lines.line(u.pair().targetStart()) + ":" + lines.column(u.pair().targetStart()))
                    : u.segment() != null ? u.oldTarget() == null : u.target() == null;
            if (open) {
                t.untranslated++;
                t.wordsUntranslated += w;
            } else {
                if (u.drifted()) {
                    t.drifted++;
                    t.wordsDrifted += w;
                }
                if (mt) t.machine++;
            }
        }
        String state = t.untranslated > 0 ? "partial" : t.drifted > 0 ? "stale" : "current";
        return new Counted(new ArticleStatus(key, locale, state, t.units, t.untranslated, t.drifted), t);
    }

    /** Where {@code tolk check} reports {@code tu/untranslated} in the article, as {@code line:column}. */
    private static Set<String> untranslatedFindings(Article article, Validator validator, Settings settings) {
        DiagnosticCollector found = new DiagnosticCollector(settings.rules());
        FileReporter reporter = new FileReporter(article.file(), article.locale(), article.text(), found::add);
        Suppressions suppressions = validator.validate(article, LocaleInfo.isRtlTag(article.locale()), reporter);
        if (!suppressions.isEmpty()) found.suppress(article.file(), suppressions);
        Set<String> at = new HashSet<>();
        for (Diagnostic d : found.sorted()) {
            if (d.rule().equals(Rule.TU_UNTRANSLATED.id())) at.add(d.line() + ":" + d.column());
        }
        return at;
    }

    private static int words(List<Inline> pieces) {
        int n = 0;
        for (Inline p : pieces) {
            if (p instanceof Inline.Text t) {
                Matcher m = WORD.matcher(t.text());
                while (m.find()) n++;
            } else if (p instanceof Inline.Pc pc) {
                n += words(pc.content());
            }
        }
        return n;
    }

    private static LocaleStatus total(String locale, List<Counted> articles) {
        int present = 0;
        int missing = 0;
        Tally sum = new Tally();
        for (Counted c : articles) {
            if (c.status().state().equals("missing")) missing++;
            else present++;
            sum.add(c.tally());
        }
        return new LocaleStatus(locale, present, missing, sum.units, sum.units - sum.untranslated, sum.untranslated, sum.drifted, sum.machine,
                new Words(sum.words, sum.wordsUntranslated, sum.wordsDrifted));
    }
}
