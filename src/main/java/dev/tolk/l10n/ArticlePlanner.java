package dev.tolk.l10n;

import dev.tolk.diag.FileReporter;
import dev.tolk.model.Article;
import dev.tolk.model.TranslationUnit;
import dev.tolk.parse.ArticleParser;
import dev.tolk.source.LineMap;
import dev.tolk.source.SourceFiles;
import dev.tolk.validate.EnglishWording;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Works out an article's units in one locale ({@link ArticlePlan}), the same way for export,
 * import and status. Without a source-locale article, or when the locale's file is that article
 * with pairs in place of its sentences, the units are the file's pairs. Otherwise they are the
 * sentences of the source-locale article: a sentence the locale's file already has (same
 * English) keeps its id and translation; where sentences were edited, an old unit and a new
 * sentence in the same place that share half their words (or are the only ones there) are one
 * unit that drifted (its old translation kept); other
 * new sentences get ids from a hash of their text, so ids do not move when sentences around them
 * are inserted or deleted. Thread-safe.
 */
final class ArticlePlanner {
    private static final Pattern UNIT_ID = Pattern.compile("[0-9a-f]{5}-p?" + dev.tolk.parse.PairScanner.ID_NUMBER);
    static final List<String> FIELDS = List.of("title", "description");
    private final ArticleParser parser = new ArticleParser();
    private final InlineReader inline = new InlineReader();
    private final Segmenter segmenter = new Segmenter();

    /** The article parsed, its problems left to {@code check}. */
    Article parse(String locale, String key, String file, String text) {
        return parser.parse(locale, key, file, text, Article.needsFrontMatter(key), new FileReporter(file, locale, text, d -> { }));
    }

    /**
     * @param english   the source-locale article, null when there is none
     * @param localized the locale's article, null when it has none (then {@code english} is not null)
     * @param englishFrontMatter whether {@code english}'s title and description are English (units to translate)
     */
    ArticlePlan plan(String key, String locale, Article english, Article localized, boolean englishFrontMatter) {
        return plan(key, locale, english, localized, englishFrontMatter, Map.of());
    }

    /**
     * As above, with the units of {@code localized} whose English is older than another locale's copy of the
     * article ({@code drifted}, by unit number): judged only where there is no source-locale article.
     */
    ArticlePlan plan(String key, String locale, Article english, Article localized, boolean englishFrontMatter,
                     Map<String, Drift> drifted) {
        boolean paired = english == null || localized != null
                && withoutHeadingAnchors(lookupView(localized)).equals(withoutHeadingAnchors(english.text().substring(english.bodyStart())));
        List<PlannedUnit> units = new ArrayList<>();
        if (english != null && englishFrontMatter) units.addAll(frontMatterUnits(english, localized));
        if (paired) {
            units.addAll(pairs(localized, drifted));
            return new ArticlePlan(ArticlePlan.Mode.PAIRED, key, locale, prefix(key, localized), units, english, localized);
        }
        units.addAll(sentences(key, english, localized));
        return new ArticlePlan(ArticlePlan.Mode.SEGMENTED, key, locale, prefix(key, localized), units, english, localized);
    }

    /** An {@code <a name>} anchor right after a heading's {@code #}s: localized files keep the English heading's id so. */
    private static final Pattern HEADING_ANCHOR = Pattern.compile("(?m)^( {0,3}#{1,6}[ \\t]+)<a name=\"[^\"]*\"></a>");

    /**
     * A body with the anchors localized headings carry ({@code # <a name="links"></a>…}, as Microsoft's localized
     * files and Tolk's own new locales write them) taken out: a locale's file that is the source article with pairs in
     * place of its sentences and such anchors is edited in place. It was rewritten from the source article on every
     * import, which moved each link that wraps a pair into the pair's English half (2,090 pairs of 562 real zh-TW
     * articles rewritten for one edited unit each).
     */
    static String withoutHeadingAnchors(String body) {
        return body.indexOf("<a name=") < 0 ? body : HEADING_ANCHOR.matcher(body).replaceAll("$1");
    }

    /** The body of a paired-span file with every pair replaced by its English half. */
    static String lookupView(Article a) {
        StringBuilder b = new StringBuilder(a.text().length());
        int pos = a.bodyStart();
        for (TranslationUnit u : a.units()) {
            if (u.start() < pos) continue;
            b.append(a.text(), pos, u.start()).append(u.sourceStart() >= 0 ? u.source() : "");
            pos = u.end();
        }
        return b.append(a.text(), pos, a.text().length()).toString();
    }

    private static String prefix(String key, Article localized) {
        if (localized != null) {
            for (TranslationUnit u : localized.units()) {
                if (UNIT_ID.matcher(u.id()).matches()) return u.id().substring(0, 5);
            }
        }
        byte[] hash = SourceFiles.sha256().digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash).substring(0, 5);
    }

    private List<PlannedUnit> frontMatterUnits(Article english, Article localized) {
        List<PlannedUnit> out = new ArrayList<>();
        for (String field : FIELDS) {
            Optional<String> source = english.frontMatter().string(field);
            if (source.isEmpty()) continue;
            String target = localized == null ? null : localized.frontMatter().string(field).orElse(null);
            boolean untranslated = target == null || dev.tolk.validate.Untranslated.is(target, source.get());
            out.add(new PlannedUnit(field, null, List.of(new Inline.Text(source.get(), -1, -1)),
                    target == null ? null : List.of(new Inline.Text(target, -1, -1)),
                    untranslated ? XliffUnit.INITIAL : XliffUnit.TRANSLATED, untranslated ? null : machine(localized),
                    "front matter: " + field, null, null, null, field, null));
        }
        return out;
    }

    private static String machine(Article localized) {
        return localized != null && localized.frontMatter().string("ms.translationtype").filter("MT"::equalsIgnoreCase).isPresent()
                ? XliffUnit.MACHINE : null;
    }

    /** The file's pairs that have both halves and a well-formed id, each number once. */
    private static List<TranslationUnit> usablePairs(Article localized) {
        List<TranslationUnit> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TranslationUnit u : localized.units()) {
            if (u.targetStart() < 0 || u.sourceStart() < 0 || !UNIT_ID.matcher(u.id()).matches() || !seen.add(u.number())) continue;
            out.add(u);
        }
        return out;
    }

    private List<PlannedUnit> pairs(Article localized, Map<String, Drift> drifted) {
        Locations where = new Locations(localized);
        String mt = machine(localized);
        List<PlannedUnit> out = new ArrayList<>();
        for (TranslationUnit u : usablePairs(localized)) {
            Drift drift = drifted.get(u.number());
            String english = drift != null && drift.current() != null ? drift.current() : u.source();
            List<Inline> source = inline.read(english);
            List<Inline> target = translation(source, u);
            // a translation of older English whose codes say other things (a link's address) than the current English's
            // would write them back: it goes in the note instead, as a start
            if (drift != null && target != null && !sameCodes(source, target)) target = null;
            String note = where.note(u.targetStart()) + lacking(u, target);
            if (drift != null) { // translated from older English: to translate again, its translation kept as a start
                note += drift.current() != null
                        ? "; the English changed (as " + drift.currentIn() + " has it now); the earlier English: " + u.source().strip()
                        : "; the English differs from other locales' and none is known to be current";
                if (target == null) note += "; the earlier translation: " + u.target().strip();
                out.add(new PlannedUnit(u.number(), u.id(), source, target, XliffUnit.INITIAL, XliffUnit.DRIFT, note, u, null, null, null,
                        drift.current() != null ? english : null));
                continue;
            }
            boolean untranslated = target == null || dev.tolk.validate.Untranslated.is(u.target(), u.source());
            out.add(new PlannedUnit(u.number(), u.id(), source, target, untranslated ? XliffUnit.INITIAL : XliffUnit.TRANSLATED,
                    untranslated ? null : mt, note, u, null, null, null, null));
        }
        return out;
    }

    private List<PlannedUnit> sentences(String key, Article english, Article localized) {
        List<Segmenter.Segment> segments = segmenter.segments(english.text(), english.bodyStart());
        List<TranslationUnit> old = localized == null ? List.of() : usablePairs(localized);
        int[] match = match(english.text(), segments, old);
        Set<String> taken = new HashSet<>();
        for (int j : match) if (j >= 0) taken.add(old.get(j).number());
        Map<String, Integer> occurrences = new HashMap<>();
        Locations where = new Locations(english);
        String mt = machine(localized);
        String prefix = prefix(key, localized);
        List<PlannedUnit> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segmenter.Segment s = segments.get(i);
            String text = english.text().substring(s.start(), s.end());
            List<Inline> source = inline.read(text);
            String note = where.note(s.start());
            if (match[i] >= 0) {
                TranslationUnit u = old.get(match[i]);
                boolean same = EnglishWording.same(u.source(), text); // drift as check's tu/drift judges it: not a spacing change
                List<Inline> target = translation(source, u);
                // a translation of older English whose codes say other things (a link's new address) would write them back
                String earlier = "";
                if (!same && target != null && !sameCodes(source, target)) {
                    target = null;
                    earlier = "; a link or code of the English changed: translate again (the earlier translation: " + u.target().strip() + ")";
                }
                boolean untranslated = target == null || dev.tolk.validate.Untranslated.is(u.target(), u.source());
                String state = same && !untranslated ? XliffUnit.TRANSLATED : XliffUnit.INITIAL;
                String sub = !same ? XliffUnit.DRIFT : untranslated ? null : mt;
                // the old pair, for an import that edits the locale's file in place; a drifted one takes the new English
                out.add(new PlannedUnit(u.number(), u.id(), source, target, state, sub, note + (earlier.isEmpty() ? lacking(u, target) : earlier), u, s, u.target(),
                        null, same ? null : text));
            } else {
                int occurrence = occurrences.merge(text, 1, Integer::sum);
                String number = hashNumber(text, occurrence, taken);
                out.add(new PlannedUnit(number, prefix + "-" + number, source, null, XliffUnit.INITIAL, null, note, null, s, null, null, null));
            }
        }
        return out;
    }

    /**
     * The pair's translation with its codes lined up with the source's; null when it has none, or
     * when it lacks a code the source may not lose (a link, inline code): such a target would not
     * be valid XLIFF, and the unit is to be translated again.
     */
    private List<Inline> translation(List<Inline> source, TranslationUnit u) {
        if (u.target().isBlank()) return null;
        List<Inline> target = Pieces.align(source, inline.read(u.target()));
        Set<String> kept = Pieces.codes(target).keySet();
        for (Inline code : Pieces.codes(source).values()) {
            if (code.code().kind().fixed && !kept.contains(code.id())) return null;
        }
        return target;
    }

    /** Whether every code of {@code target} stands for the same Markdown as the source's code of its id. */
    private static boolean sameCodes(List<Inline> source, List<Inline> target) {
        Map<String, Inline> mine = Pieces.codes(source);
        for (Map.Entry<String, Inline> e : Pieces.codes(target).entrySet()) {
            Inline theirs = mine.get(e.getKey());
            if (theirs == null || !theirs.code().equals(e.getValue().code())) return false;
        }
        return true;
    }

    /** A word in the note when the current translation is left out for a lost code. */
    private static String lacking(TranslationUnit u, List<Inline> target) {
        return target == null && !u.target().isBlank() ? "; the current translation lacks a link or code of the source: translate again" : "";
    }

    /**
     * For each sentence, the index of the old pair it continues, or -1: pairs with the same
     * English, in order; then, between two such matches, edited sentences ({@link #pairEdited}).
     */
    private static int[] match(String text, List<Segmenter.Segment> segments, List<TranslationUnit> old) {
        int[] match = new int[segments.size()];
        java.util.Arrays.fill(match, -1);
        Map<String, ArrayDeque<Integer>> bySource = new HashMap<>();
        for (int j = 0; j < old.size(); j++) bySource.computeIfAbsent(old.get(j).source(), k -> new ArrayDeque<>()).add(j);
        int last = -1;
        for (int i = 0; i < segments.size(); i++) {
            ArrayDeque<Integer> q = bySource.get(text.substring(segments.get(i).start(), segments.get(i).end()));
            while (q != null && !q.isEmpty() && q.peek() <= last) q.poll();
            if (q != null && !q.isEmpty()) {
                match[i] = q.poll();
                last = match[i];
            }
        }
        int prevI = -1;
        int prevJ = -1;
        for (int i = 0; i <= segments.size(); i++) {
            if (i < segments.size() && match[i] < 0) continue;
            int j = i < segments.size() ? match[i] : old.size();
            pairEdited(text, segments, old, match, prevI + 1, i, prevJ + 1, j);
            prevI = i;
            prevJ = j;
        }
        movedSentences(text, segments, old, match);
        return match;
    }

    /**
     * Sentences the English moved (a section put elsewhere): an unmatched sentence takes an unused old pair with the same
     * English wherever it was, so its id and translation stay (they were counted untranslated and sent without a target).
     */
    private static void movedSentences(String text, List<Segmenter.Segment> segments, List<TranslationUnit> old, int[] match) {
        boolean[] used = new boolean[old.size()];
        for (int j : match) if (j >= 0) used[j] = true;
        Map<String, ArrayDeque<Integer>> free = new HashMap<>();
        for (int j = 0; j < old.size(); j++) {
            if (!used[j]) free.computeIfAbsent(old.get(j).source(), k -> new ArrayDeque<>()).add(j);
        }
        if (free.isEmpty()) return;
        for (int i = 0; i < segments.size(); i++) {
            if (match[i] >= 0) continue;
            ArrayDeque<Integer> q = free.get(text.substring(segments.get(i).start(), segments.get(i).end()));
            if (q != null && !q.isEmpty()) match[i] = q.poll();
        }
    }

    /**
     * Between two matches, sentences {@code i0..i1} and old pairs {@code j0..j1} that matched
     * nothing: each sentence takes, in order, the old pair that shares at least half its words
     * with it (an edited sentence), or else the only one there when each side has one.
     */
    private static void pairEdited(String text, List<Segmenter.Segment> segments, List<TranslationUnit> old, int[] match,
                                   int i0, int i1, int j0, int j1) {
        if (i1 - i0 == 1 && j1 - j0 == 1) {
            match[i0] = j0;
            return;
        }
        int next = j0;
        for (int i = i0; i < i1 && next < j1; i++) {
            Set<String> words = words(text.substring(segments.get(i).start(), segments.get(i).end()));
            for (int j = next; j < j1; j++) {
                if (similarity(words, words(old.get(j).source())) >= 0.5) {
                    match[i] = j;
                    next = j + 1;
                    break;
                }
            }
        }
    }

    private static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) words.add(w);
        return words;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / Math.max(a.size(), b.size());
    }

    private static String hashNumber(String text, int occurrence, Set<String> taken) {
        byte[] h = SourceFiles.sha256().digest((text + "\u0000" + occurrence).getBytes(StandardCharsets.UTF_8));
        int n = 1000 + Math.floorMod(((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff), 9000);
        while (!taken.add(Integer.toString(n))) n = n == 9999 ? 1000 : n + 1;
        return Integer.toString(n);
    }

    static String normalize(String half) {
        return half.strip().replaceAll("\\s+", " ");
    }

    /** Where an offset is, for a translator: the headings above it and {@code line:col}. */
    private static final class Locations {
        private final LineMap lines;
        private final List<int[]> headings = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();

        Locations(Article a) {
            String text = a.text();
            lines = new LineMap(text);
            int pos = a.bodyStart();
            while (pos < text.length()) {
                int nl = text.indexOf('\n', pos);
                int end = nl < 0 ? text.length() : nl;
                int level = 0;
                while (pos + level < end && text.charAt(pos + level) == '#') level++;
                if (level > 0 && level <= 6 && pos + level < end && text.charAt(pos + level) == ' ') {
                    headings.add(new int[] {pos, level});
                    titles.add(headingText(a, pos, end));
                }
                pos = end + 1;
            }
        }

        /** A heading's text as the translator's location note shows it: its entities read (LiveRamp&reg; is LiveRamp®). */
        private static String headingText(Article a, int start, int end) {
            for (TranslationUnit u : a.units()) {
                if (u.start() >= start && u.start() < end && u.sourceStart() >= 0) return readable(u.source());
            }
            return readable(a.text().substring(start, end).replaceFirst("^#+\\s*", "").replaceAll("<a [^>]*></a>", ""));
        }

        private static String readable(String markdown) {
            return normalize(markdown.indexOf('&') < 0 ? markdown : org.jsoup.parser.Parser.unescapeEntities(markdown, false));
        }

        String note(int offset) {
            List<String> path = new ArrayList<>();
            List<Integer> levels = new ArrayList<>();
            for (int i = 0; i < headings.size() && headings.get(i)[0] <= offset; i++) {
                int level = headings.get(i)[1];
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                    levels.remove(levels.size() - 1);
                    path.remove(path.size() - 1);
                }
                levels.add(level);
                path.add(titles.get(i));
            }
            String at = lines.line(offset) + ":" + lines.column(offset);
            return path.isEmpty() ? at : String.join(" > ", path) + " · " + at;
        }
    }
}
