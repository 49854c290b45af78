package dev.tolk.validate;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.TranslationUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules about what a translation says: {@code tu/empty} (nothing where the source has
 * text), {@code tu/untranslated} (the source copied where it has words to translate; code, URLs
 * and the configured do-not-translate terms do not count) and {@code tu/number-mismatch}
 * (numbers of the source missing from the translation, digits of any script read alike, small
 * numbers the translation spells out accepted, and times of day converted between 12-hour and
 * 24-hour notation accepted when they name the same minute: see {@link ClockTime}).
 */
final class UnitTextRules {
    static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "and", "to", "of", "your", "you", "for", "with", "this", "that", "these", "those", "are", "be",
            "or", "if", "can", "it", "from", "by", "not", "how", "what", "when", "which", "have", "has", "at", "my",
            "our", "their", "we", "they", "were", "been", "into", "about", "after", "before", "then", "than",
            "there", "here", "each", "more", "most", "some", "such", "only", "also", "should", "would", "could",
            "may", "must", "does", "don't", "can't", "isn't", "won't", "you're", "it's", "you'll", "doesn't",
            "don’t", "can’t", "isn’t", "won’t", "you’re", "it’s", "you’ll", "doesn’t", "where", "why", "who",
            "need", "want", "use", "using", "select", "click", "learn", "see", "get", "go", "check");
    private final List<String> doNotTranslate;

    /** @param doNotTranslate terms (product names) that stay in English, longest matched first */
    UnitTextRules(List<String> doNotTranslate) {
        this.doNotTranslate = doNotTranslate.stream().filter(t -> !t.isBlank())
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** @param language the primary language subtag of the translation ({@code nl}) */
    void check(TranslationUnit unit, String language, InlineFacts target, InlineFacts source, FileReporter reporter) {
        if (isBlank(unit.target(), target)) {
            if (!isBlank(unit.source(), source)) {
                reporter.report(Rule.TU_EMPTY, unit.targetStart(), unit.targetEnd(),
                        "unit " + unit.id() + " has an empty translation of '" + excerpt(unit.source()) + "'");
            }
            return;
        }
        if (normalize(unit.target()).equals(normalize(unit.source())) && hasWordsToTranslate(source)) {
            reporter.report(Rule.TU_UNTRANSLATED, unit.targetStart(), unit.targetEnd(),
                    "unit " + unit.id() + " is not translated: '" + excerpt(unit.source()) + "'");
        }
        TreeSet<String> missing = new TreeSet<>(source.numbers);
        missing.removeAll(target.numbers);
        missing.removeIf(n -> source.unscaled.containsKey(n) && target.numbers.contains(source.unscaled.get(n))
                // the translation's scale word may be a word of its own: Korean 만 is "only" ("Outlook 2016만")
                || target.unscaled.containsValue(n)
                || NumberWords.spelledOut(n, language, unit.target()) || writtenGrouped(n, unit.target())
                || spelledWithItsScale(n, source, language, unit.target())
                || n.equals("24") && TWENTY_FOUR_HOURS.matcher(unit.source()).find() && NumberWords.saysADayAndANight(language, unit.target())
                || gluedToAWord(n, unit.target()) || otherEraOrCentury(n, language, unit.source(), target.numbers)
                || insideARange(n, source.numbers, unit.target())
                || n.equals("5") && HALF.matcher(unit.source()).find() && NumberWords.saysAHalf(language, unit.target())
                || n.equals("1") && (ONE_OF_A_UNIT.matcher(unit.source()).find() || ONE_ON_ONE.matcher(unit.source()).find()));
        if (!missing.isEmpty()) ClockTime.removeConverted(missing, source.times(), target.times());
        if (!missing.isEmpty()) NumericDates.removeConverted(missing, unit.source(), target.numbers);
        if (!missing.isEmpty()) {
            List<String> named = source.named(missing);
            reporter.report(Rule.TU_NUMBER_MISMATCH, unit.targetStart(), unit.targetEnd(),
                    "unit " + unit.id() + ": the translation lacks " + (named.size() == 1 && !named.get(0).contains(", ") ? "the number " : "the numbers ")
                            + String.join(", ", named) + " of the source");
        }
    }

    /**
     * Whether {@code text} writes the number {@code digits} (of four digits or more) grouped in a
     * way the number reader does not take as one number: in threes split by plain spaces, as
     * Polish, French or Russian translations may ("600 000" for 600,000; a space parts two numbers
     * as often, so it is no group separator where numbers are read), or in the Indian way, a
     * group of three and then twos ("6,00,000", "1,20,00,000"). Asked only of a number the
     * translation seems to lack.
     */
    static boolean writtenGrouped(String digits, String text) {
        if (digits.length() < 4) return false;
        return occurs(grouped(digits, ' ', 3), text) || digits.length() > 5 && occurs(grouped(digits, ',', 2), text)
                || occurs(grouped(digits, '\uFF0C', 3), text); // a full-width comma, as Chinese translations write "50，000"
    }

    /**
     * Whether a number the source wrote with a scale ("2 million", "1 million") is written in words in the
     * translation: its digits spelled out ("due milioni"), or "a million" alone ("un millón", "milion").
     */
    private static boolean spelledWithItsScale(String n, InlineFacts source, String language, String target) {
        String digits = source.unscaled.get(n);
        if (digits == null) return false;
        return NumberWords.spelledOut(digits, language, target) || n.equals("1000000") && NumberWords.saysAMillion(language, target);
    }

    /**
     * Whether {@code text} writes the number {@code digits} right after a letter, where the source parts them with a
     * space: Chinese and Japanese translations write "Windows10", "OAuth2.0" and "Gen2" for "Windows 10", "OAuth 2.0"
     * and "Gen 2", and the number reader takes digits after a letter as part of a name (B2B, IE11). Asked only of a
     * number the translation seems to lack.
     */
    static boolean gluedToAWord(String digits, String text) {
        for (int at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
            int end = at + digits.length();
            boolean letterBefore = at > 0 && Character.isLetter(text.charAt(at - 1));
            boolean digitAfter = end < text.length() && Character.isDigit(text.charAt(end));
            if (letterBefore && !digitAfter) return true;
        }
        return false;
    }

    /** {@code digits} with {@code separator} before its last three digits and before every {@code size} digits before those. */
    private static String grouped(String digits, char separator, int size) {
        StringBuilder out = new StringBuilder(digits.substring(digits.length() - 3));
        for (int end = digits.length() - 3; end > 0; end -= size) {
            out.insert(0, separator).insert(0, digits, Math.max(0, end - size), end);
        }
        return out.toString();
    }

    /** Whether {@code written} occurs in {@code text} with no digit on either side. */
    private static boolean occurs(String written, String text) {
        for (int at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
            int end = at + written.length();
            boolean digitBefore = at > 0 && Character.isDigit(text.charAt(at - 1));
            boolean digitAfter = end < text.length() && Character.isDigit(text.charAt(end));
            if (!digitBefore && !digitAfter) return true;
        }
        return false;
    }

    /**
     * "1 hour", "1 user": one of a unit, which most languages say with the singular alone ("המתן שעה", "انتظر ساعة",
     * "an hour") and which no style guide writes with a digit.
     */
    private static final java.util.regex.Pattern ONE_OF_A_UNIT = java.util.regex.Pattern.compile("(?i)(?<![\\d.,:])\\b1\\s+(?:hour|day|"
            + "week|month|year|minute|second|time|user|licen[cs]e|seat|account|device|item|file|page|step|way|person|subscription"
            + "|domain|mailbox|message|email|e-mail|app|plan|admin|administrator)\\b");

    /**
     * "1:1 calls", "a 1:1 chat": one-on-one, which translations say in a word ("Kahdenvälisiä puheluja", "Einzelchat"),
     * not a ratio of two numbers.
     */
    /**
     * Two numbers written as a range in a translation: joined by a dash, a tilde or 至/到, or by the word for "to" between
     * spaces (à, au, a, al, bis, tot, t/m, til, to, through, do, až, до, по, ile, ila, đến, hingga, sampai).
     */
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile(
            "(?<![\\d.,])(\\d{1,4})(?:\\s*[-\u2013\u2014~\u301C\uFF5E\u81F3\u5230]\\s*|\\s+(?:à|au|a|al|bis|tot|t/m|til|till|to|through|do|až|до|по|ile|ila|đến|hingga|sampai)\\s+)(\\d{1,4})(?![\\d.,]\\d)");

    /**
     * Whether the translation says {@code n} as part of a range whose two ends are numbers of the source, a few apart:
     * "steps 1, 2, and 3" translated as "étapes 1 à 3" (BizTalk fr-FR) keeps the 2.
     */
    static boolean insideARange(String n, Set<String> sourceNumbers, String target) {
        if (!n.matches("\\d{1,4}")) return false;
        int value = Integer.parseInt(n);
        java.util.regex.Matcher m = RANGE.matcher(target);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (from < value && value < to && to - from <= 20 && sourceNumbers.contains(m.group(1)) && sourceNumbers.contains(m.group(2))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ONE_ON_ONE = java.util.regex.Pattern.compile("(?<![\\d.,:])\\b1:1\\b(?![.,:]?\\d)");

    /** "24 hours", "24-hour", "24h": a day and a night, which some languages say without the number. */
    /** A number and a half in digits ({@code 2.5 hours}), whose 5 a translation says as a word ("2 heures et demie"). */
    private static final java.util.regex.Pattern HALF = java.util.regex.Pattern.compile("(?<![\\d.,])\\d{1,3}[.,]5(?![\\d.,]?\\d)");
    private static final java.util.regex.Pattern TWENTY_FOUR_HOURS = java.util.regex.Pattern.compile("(?i)\\b24[ -]?(?:hours?|h)\\b");

    private static final java.util.regex.Pattern MONTH_OR_APOSTROPHE_YEAR = java.util.regex.Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|['’]\\d\\d\\b");

    /**
     * A year the translation writes otherwise: in the Thai Buddhist era (2023 is 2566), or in full where the source
     * shortens it beside a month or after an apostrophe ({@code 09-July-21}, {@code October '19}: 2021, 2019).
     */
    private static boolean otherEraOrCentury(String n, String language, String source, Set<String> target) {
        if (n.length() == 4 && "th".equals(language) && n.compareTo("1900") >= 0 && n.compareTo("2199") <= 0) {
            return target.contains(String.valueOf(Integer.parseInt(n) + 543));
        }
        // "August 20, 2020" is a day and a year, no shortened year
        return n.length() == 2 && target.contains("20" + n) && !source.contains("20" + n) && MONTH_OR_APOSTROPHE_YEAR.matcher(source).find();
    }

    private static boolean isBlank(String half, InlineFacts facts) {
        return half.isBlank() || facts.prose().isBlank() && facts.links.isEmpty() && facts.numbers.isEmpty()
                && facts.codeSpans == 0 && facts.bareUrls == 0;
    }

    /**
     * Whether the source reads as English a translator should change. Its words are the tokens of
     * letters alone (commands, paths, host names and {@code $variables} are not words), less the
     * do-not-translate terms; it must hold an English function word ("your", "the", "to"),
     * since a run of capitalized words is a product or page name kept on purpose, and text in
     * another language (a Spanish article in a Dutch docset) is not English to translate; and
     * one content word in lower case, as a title-case run ("Teams Admin Center") is a name. A
     * PowerShell command line is code, not prose. Words
     * that are also common in other European languages ("in", "is", "was") do not count.
     */
    boolean hasWordsToTranslate(InlineFacts source) {
        String prose = source.prose();
        for (String term : doNotTranslate) prose = prose.replace(term, " ");
        return readsAsEnglish(prose);
    }

    /** {@link #hasWordsToTranslate} once the do-not-translate terms are out of the prose. */
    static boolean readsAsEnglish(String prose) {
        if (Words.hasCommand(prose)) return false;
        boolean english = false;
        boolean lowerContentWord = false;
        int n = prose.length();
        int i = 0;
        while (i < n) {
            while (i < n && Boundaries.isSpace(prose.charAt(i))) i++;
            int end = i;
            while (end < n && !Boundaries.isSpace(prose.charAt(end))) end++;
            String word = Words.word(prose, i, end);
            i = end;
            if (word == null) continue;
            if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                english = true;
            } else if (word.length() >= 4 && Character.isLowerCase(word.codePointAt(0))) {
                lowerContentWord = true;
            }
        }
        // "Microsoft Defender for Identity": every content word capitalized is a name, kept on purpose
        return english && lowerContentWord;
    }

    /** The half without spaces at its ends and with each run of ASCII spaces inside it made one space. */
    static String normalize(String half) {
        String s = half.strip();
        int n = s.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!Boundaries.isSpace(c)) {
                if (out != null) out.append(c);
                continue;
            }
            int end = i + 1;
            while (end < n && Boundaries.isSpace(s.charAt(end))) end++;
            if (out == null) {
                if (c == ' ' && end == i + 1) continue; // already one space: most halves need no copy
                out = new StringBuilder(n).append(s, 0, i);
            }
            out.append(' ');
            i = end - 1;
        }
        return out == null ? s : out.toString();
    }

    static String excerpt(String half) {
        String s = normalize(half);
        return s.length() <= 60 ? s : s.substring(0, s.offsetByCodePoints(0, Math.min(57, s.codePointCount(0, s.length())))) + "…";
    }

}
