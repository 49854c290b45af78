package dev.tolk.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.FileReporter;
import dev.tolk.model.Article;
import dev.tolk.model.TranslationUnit;
import dev.tolk.parse.ArticleParser;
import dev.tolk.source.SourceText;
import dev.tolk.testing.Costly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The hand-written scanners of the unit rules answer exactly what the regular expressions they
 * replaced answered ({@link RegexOracle}): on every unit of the corpus, and on random text made
 * of the characters those expressions were fussy about (brackets, slashes, locale tags, dates,
 * no-break spaces, hosts, combining marks, line terminators). The diagnostics of a build
 * depend on these answers, so any difference is a failure.
 */
@Costly(seconds = 22)
@Execution(ExecutionMode.CONCURRENT) // the corpus and the random texts: two long, independent tests
class HandWrittenScannersTest {
    /** What the random texts are made of: the pieces the replaced expressions looked for, and their near misses. */
    private static final String[] PIECES = {
        "[", "]", "(", ")", "](", "] (", "/", "//", "=", "&", "#", ";", ":", "?", "!", ".", ",", "'", "’", "\"", "<", ">",
        "`", "*", "**", "_", "-", "–", "$", "€", "+", "|", "\\", "en-us", "nl-NL", "de-de", "EN-US", "zh-hans", "abc-de",
        "ab-cdefg", "abcd-ef", "a-bc", "ui=", "?ui=nl-nl&x", "1", "42", "07", "1,000", "1.000", "1/2/2020", "2020-01-02",
        "6 PM", "18:00", "3rd", "1st", "2nd", "th", "st", "K", "k", "-k", " million", "thousand", "billion", "millions",
        " ", "  ", "\t", "\n", "\r", "\r\n", "\u00A0", "\u2007", "\u202F", "\u2009", "\u2028", "\u2029", "\u0085", "\u000B",
        "\u200B", "\uFEFF", "\\*",
        "\f", "http://a.b/", "https://x.y", "HTTPS://learn.microsoft.com/", "hTtP://h/", "ftp:", "mailto:", "www.", "href=",
        "HREF = '", "<a href=\"", "<a ", "</a>", "<br/>", "<b>", "&amp;", "&#160;", "&#x1F;", "&#x;", "./", "../", "a.md",
        "b.png", "c.jpeg", "d.html", "x.htmlx", "e.md_", "é", "e\u0301", "\u0301", "x", "The", "the", "your", "to", "select",
        "Contoso", "Get-Recipient", "-ErrorContext", "-Identity", "Set-", "don't", "it’s", "\uD83D\uDE00", "\uD835\uDC00",
        "ſ", "İ", "\u212A", "٣", "Ω", "™", "©", "™x"};
    /** What the untranslated rule splits prose at, and where a text's link targets end (compiled once, not per call). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TARGET_ENDS = Pattern.compile("[\\s()\"<>\\[\\]]+");

    @Test
    void everyUnitOfTheCorpusIsReadAsBefore() throws IOException {
        Path corpus = dev.tolk.SharedData.corpus();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Map<String, String> englishByUnit = new HashMap<>();
        // the answers are functions of the text alone: a half or pair met again (most English halves are in both
        // locales, and many units repeat across articles) is not asked again
        Set<String> halves = new HashSet<>();
        Set<List<String>> pairs = new HashSet<>();
        Coverage seen = new Coverage();
        int units = 0;
        for (Path file : files) {
            String locale = corpus.relativize(file).getName(0).toString();
            String key = corpus.relativize(file).subpath(1, corpus.relativize(file).getNameCount()).toString();
            String text = SourceText.read(file).text();
            FileReporter discard = new FileReporter(key, locale, text, d -> { });
            Article article = new ArticleParser().parse(locale, key, key, text, true, discard);
            for (TranslationUnit u : article.units()) {
                units++;
                for (String half : new String[] {u.target(), u.source()}) {
                    if (half != null && halves.add(half)) checkHalf(half, seen);
                }
                if (u.target() != null && u.source() != null && pairs.add(List.of(u.target(), u.source()))) {
                    checkPair(u.target(), u.source(), seen);
                }
                if (u.source() == null) continue;
                // the same unit in the other locale: the comparison drift makes on every key
                String other = englishByUnit.putIfAbsent(key + " " + u.id(), u.source());
                if (other != null && pairs.add(List.of(other, u.source()))) checkPair(other, u.source(), seen);
            }
        }
        assertTrue(units > 1000, "units read: " + units);
        seen.assertCovered(false); // the corpus writes no <a href> inside a pair
    }

    @Test
    void randomTextOfTheTrickyCharactersIsReadAsBefore() {
        Random random = new Random(18);
        Coverage seen = new Coverage();
        for (int round = 0; round < 20_000; round++) {
            String a = randomText(random);
            checkHalf(a, seen);
            checkEveryPosition(a);
            String b = variant(a, random);
            checkHalf(b, seen);
            checkPair(a, b, seen);
            checkPair(b, "[" + a + "](https://a.b/" + PIECES[random.nextInt(PIECES.length)] + ")", seen);
        }
        seen.assertCovered(true);
    }

    @Test
    void edgeCasesOfTheReplacedExpressionsAreKept() {
        // a combining mark after a letter is part of the word: no word boundary before the host
        assertEquals(RegexOracle.comparable("e\u0301https://a.b/c"), EnglishHalf.comparable("e\u0301https://a.b/c"));
        // $ also matches before a final line terminator that no space pass removed
        assertEquals("/{locale}\u2028", EnglishHalf.comparable("/en-us\u2028"));
        assertEquals("a/{locale}\n", InlineSyntax.normalizeTarget("a/en-us\n#x"));
        // 'ſ' upper-cases to 'S' but is no ASCII 's' of https
        assertEquals("httpſ://a/b", EnglishHalf.comparable("httpſ://a/b"));
        assertEquals(RegexOracle.hrefValue("a href=\"x y"), InlineSyntax.hrefValue("a href=\"x y"));
    }

    private static void checkHalf(String half, Coverage seen) {
        String comparable = EnglishHalf.comparable(half);
        assertEquals(RegexOracle.comparable(half), comparable, () -> "comparable of " + show(half));
        if (comparable.contains(LocaleTags.NEUTRAL)) seen.localeTags++;
        String stripped = half.strip();
        String linkText = EnglishHalf.wholeLinkText(stripped);
        assertEquals(RegexOracle.wholeLinkText(stripped), linkText, () -> "whole link of " + show(stripped));
        if (linkText != null) seen.wholeLinks++;
        assertEquals(RegexOracle.normalize(half), UnitTextRules.normalize(half), () -> "normalize of " + show(half));
        String prose = InlineFacts.of(half).prose();
        boolean english = UnitTextRules.readsAsEnglish(prose);
        assertEquals(RegexOracle.readsAsEnglish(prose, UnitTextRules.FUNCTION_WORDS), english, () -> "English in " + show(prose));
        if (english) seen.english++;
        assertEquals(RegexOracle.hasCommand(prose), Words.hasCommand(prose), () -> "command in " + show(prose));
        checkTokens(prose);
        checkInlineSyntax(half, seen);
    }

    private static void checkPair(String a, String b, Coverage seen) {
        boolean same = EnglishHalf.of(a).sameWording(EnglishHalf.of(b));
        assertEquals(RegexOracle.equivalent(a, b), same, () -> "equivalent " + show(a) + " and " + show(b));
        if (same && !a.equals(b)) seen.sameWording++;
    }

    /** Every token between ASCII spaces, as the untranslated rule reads them. */
    private static void checkTokens(String s) {
        for (String token : SPACES.split(s)) {
            assertEquals(RegexOracle.word(token), Words.word(token, 0, token.length()), () -> "word of " + show(token));
        }
    }

    /** Where InlineFacts asks: after digits (scales, ordinals), after '(' (destinations), inside '<…>' and '&…;', link targets. */
    private static void checkInlineSyntax(String s, Coverage seen) {
        for (int j = 0; j <= s.length(); j++) {
            boolean afterDigit = j > 0 && Character.isDigit(s.charAt(j - 1));
            if (afterDigit) checkNumberEnd(s, j);
            if (j > 0 && s.charAt(j - 1) == '(') checkDestination(s, j);
            if (j < s.length() && s.charAt(j) == '<') {
                int close = s.indexOf('>', j);
                if (close > j) {
                    String inner = s.substring(j + 1, close);
                    checkTag(inner);
                    if (RegexOracle.hrefValue(inner) != null) seen.hrefs++;
                }
            }
            if (j < s.length() && s.charAt(j) == '&') {
                int semi = s.indexOf(';', j);
                if (semi > j + 1) {
                    String name = s.substring(j + 1, semi);
                    assertEquals(RegexOracle.isEntityName(name), InlineSyntax.isEntityName(name), () -> "entity " + show(name));
                }
            }
        }
        for (String target : TARGET_ENDS.split(s)) {
            if (target.indexOf('/') < 0 && target.indexOf('=') < 0) continue; // no locale tag to make neutral
            assertEquals(RegexOracle.normalizeTarget(target), InlineSyntax.normalizeTarget(target), () -> "target " + show(target));
        }
        assertEquals(RegexOracle.normalizeTarget(s), InlineSyntax.normalizeTarget(s), () -> "target " + show(s));
    }

    /** The random texts are short: every position, not only where InlineFacts asks. */
    private static void checkEveryPosition(String s) {
        for (int j = 0; j <= s.length(); j++) {
            checkNumberEnd(s, j);
            checkDestination(s, j);
            String rest = s.substring(j);
            checkTag(rest);
            assertEquals(RegexOracle.isEntityName(rest), InlineSyntax.isEntityName(rest), () -> "entity " + show(rest));
        }
    }

    private static void checkNumberEnd(String s, int j) {
        assertEquals(RegexOracle.scaleEnd(s, j), InlineSyntax.scaleEnd(s, j), () -> "scale at " + j + " of " + show(s));
        assertEquals(RegexOracle.ordinalAt(s, j), InlineSyntax.ordinalAt(s, j), () -> "ordinal at " + j + " of " + show(s));
    }

    private static void checkDestination(String s, int j) {
        assertEquals(RegexOracle.startsDestination(s, j), InlineSyntax.startsDestination(s, j),
                () -> "destination at " + j + " of " + show(s));
    }

    private static void checkTag(String inner) {
        assertEquals(RegexOracle.isAutolink(inner), InlineSyntax.isAutolink(inner), () -> "autolink " + show(inner));
        assertEquals(RegexOracle.isTag(inner), InlineSyntax.isTag(inner), () -> "tag " + show(inner));
        assertEquals(RegexOracle.hrefValue(inner), InlineSyntax.hrefValue(inner), () -> "href in " + show(inner));
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + random.nextInt(14);
        for (int i = 0; i < pieces; i++) b.append(PIECES[random.nextInt(PIECES.length)]);
        return b.toString();
    }

    /** {@code a} as another locale's lookup may write it: spaced otherwise, another locale in a URL, a host added, or reworded. */
    private static String variant(String a, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> a.replace(" ", "\u00A0").replace("**:", "** :");
            case 1 -> a.replace("en-us", "de-DE").replace("nl-NL", "ja-jp");
            case 2 -> a.replace("/", "https://docs.microsoft.com/");
            case 3 -> "[" + a + "](/" + PIECES[random.nextInt(PIECES.length)] + ")";
            case 4 -> " " + a + "\n";
            default -> randomText(random);
        };
    }

    private static String show(String s) {
        StringBuilder b = new StringBuilder("'");
        s.codePoints().forEach(cp -> b.append(cp >= 0x20 && cp < 0x7F ? Character.toString(cp) : String.format("\\u{%X}", cp)));
        return b.append('\'').toString();
    }

    /** That the inputs reached the interesting cases at all: a test that never meets a locale tag proves nothing about them. */
    private static final class Coverage {
        int localeTags;
        int wholeLinks;
        int english;
        int sameWording;
        int hrefs;

        void assertCovered(boolean withHrefs) {
            List<String> missing = new ArrayList<>();
            if (localeTags == 0) missing.add("locale tags");
            if (wholeLinks == 0) missing.add("whole links");
            if (english == 0) missing.add("English prose");
            if (sameWording == 0) missing.add("different halves with the same wording");
            if (withHrefs && hrefs == 0) missing.add("href attributes");
            assertEquals(List.of(), missing, "cases never met");
        }
    }
}
