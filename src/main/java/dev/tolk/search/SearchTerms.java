package dev.tolk.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How text becomes search terms, for the index ({@link SearchIndexWriter}) as {@code assets/search.js} makes them of
 * a query: keep the two in step (SearchIndexWriterTest and search.test.mjs expect the same term lists). See
 * {@link SearchIndexWriter} for the rules.
 */
final class SearchTerms {
    private SearchTerms() {
    }

    /** The index terms of {@code text} in reading order, repeats kept. */
    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        terms(text, out::add);
        return out;
    }

    /**
     * Gives {@code out} the index terms of {@code text} in reading order, repeats and all. The
     * text is scanned as an array: under C1, {@code codePointAt} and {@code charAt} on a string
     * (twice a character: once for the script, once for the words) were a fifth of this work.
     */
    static void terms(String text, Consumer<String> out) {
        char[] c = normalize(text).toCharArray();
        int n = c.length;
        int i = 0;
        while (i < n) {
            int end = i;
            boolean cjk = isCjk(Character.codePointAt(c, i));
            while (end < n) {
                int cp = Character.codePointAt(c, end);
                if (isCjk(cp) != cjk) break;
                end += Character.charCount(cp);
            }
            // elsewhere the words, cut at every character that is no letter, mark or digit, are the runs of word
            // characters: Java's and the browser's word breakers agree on runs of letters but not on what joins them
            // (l'homme, example.com), and this finds "homme" and "example" as well
            if (cjk) bigrams(c, i, end, out);
            else pieces(c, i, end, out);
            i = end;
        }
    }

    /**
     * NFKC, except that Thai and Lao SARA AM stay whole: NFKC splits them in two (nikhahit + sara
     * aa) and neither Java's nor ICU's dictionary knows the split spelling ("ชำระ" would no longer
     * be a word). Text that arrives split is joined too.
     */
    static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace("\u0E4D\u0E32", "\u0E33").replace("\u0ECD\u0EB2", "\u0EB3");
        return withoutGershayim(asciiDigits(nfkc));
    }

    /**
     * Every decimal digit as its ASCII digit: a reader types "365" for the title's "٣٦٥" (Arabic-Indic), "๓๖๕" (Thai),
     * "۳۶۵" (Persian) or "३६५" (Devanagari), and an Arabic keyboard types "٣٦٥" for "365".
     */
    static String asciiDigits(String text) {
        char[] c = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x0660 || !Character.isDigit(ch)) continue; // digits outside the BMP: NFKC has made the common ones ASCII
            if (c == null) c = text.toCharArray();
            c[i] = (char) ('0' + Character.digit(ch, 10));
        }
        return c == null ? text : new String(c);
    }

    /**
     * Hebrew without the gershayim and geresh of its abbreviations ({@code דוא"ל}, {@code דוא״ל}, {@code ע'}): a quote
     * between two Hebrew letters joins them, as Unicode's word breaking has it (UAX #29 WB7b/c), so the word is one
     * term ({@code דואל}) however it is typed, and not two ({@code דוא}, {@code ל}) found all over the site.
     */
    static String withoutGershayim(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            char q = text.charAt(i);
            if (q != '"' && q != '\'' && q != '\u05F4' && q != '\u05F3') continue;
            if (!isHebrewLetter(text.charAt(i - 1)) || !isHebrewLetter(text.charAt(i + 1))) continue;
            if (out == null) out = new StringBuilder(text.length());
            out.append(text, copied, i);
            copied = i + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isHebrewLetter(char c) {
        return c >= 0x05D0 && c <= 0x05EA;
    }

    /**
     * A term in lower case, the Turkish i's folded: {@link Locale#ROOT} lowers İ to i with a combining dot and keeps
     * ı, so "istemci" would not find "İstemci" nor "ışık" find "IŞIK"; both become plain i (a reader types either).
     */
    static String lower(String piece) {
        String lower = piece.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u0307') >= 0 || lower.indexOf('\u0131') >= 0) lower = lower.replace("i\u0307", "i").replace('\u0131', 'i');
        return arabicLetters(withoutDiacritics(withoutGreekAccents(lower)));
    }

    /**
     * Latin, Cyrillic and Hebrew letters without their diacritics, as search engines fold them: readers type
     * "general" for "général", "configuracao" for "configuração", "учётная" or "учетная" (Russian prints е for ё),
     * and Hebrew without its vowel points ("רִישָׁיוֹן" finds "רישיון"); ø, đ and ł as o, d and l, ß as ss.
     * Marks of other scripts (Devanagari's vowel signs) are letters' parts and stay.
     */
    static String withoutDiacritics(String lower) {
        boolean fold = false;
        for (int i = 0; i < lower.length() && !fold; i++) {
            char c = lower.charAt(i);
            fold = c >= 0x00C0 && (c <= 0x024F || c >= 0x0300 && c <= 0x036F || c >= 0x0400 && c <= 0x04FF
                    || c >= 0x0591 && c <= 0x05C7 || c >= 0x1E00 && c <= 0x1EFF);
        }
        if (!fold) return lower;
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (c >= 0x0300 && c <= 0x036F || isHebrewPoint(c)) continue;
            switch (c) {
                case '\u00F8' -> out.append('o');
                case '\u0111' -> out.append('d');
                case '\u0142' -> out.append('l');
                case '\u00DF' -> out.append("ss");
                default -> out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Hebrew's vowel points and cantillation marks (not its maqaf, paseq or sof pasuq, which are punctuation). */
    private static boolean isHebrewPoint(char c) {
        return c >= 0x0591 && c <= 0x05C7 && c != 0x05BE && c != 0x05C0 && c != 0x05C3 && c != 0x05C6;
    }

    /**
     * Arabic as Arabic search reads it: without its vowel marks and tatweel, every alef with hamza or madda as alef,
     * alef maqsura as ya, ta marbuta as ha (readers type "انشاء" for "إنشاء").
     */
    static String arabicLetters(String lower) {
        boolean arabic = false;
        for (int i = 0; i < lower.length() && !arabic; i++) arabic = lower.charAt(i) >= 0x0622 && lower.charAt(i) <= 0x0671;
        if (!arabic) return lower;
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 0x064B && c <= 0x0652 || c == 0x0670 || c == 0x0640) continue;
            out.append(switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
                case '\u0649' -> '\u064A';
                case '\u0629' -> '\u0647';
                default -> c;
            });
        }
        return out.toString();
    }

    /** Arabic's article and the conjunctions joined to it, which readers leave out ("عملاء" for "العملاء", "والعملاء"). */
    private static final String[] ARABIC_PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال"};

    /** A term without an Arabic article prefix, when at least two letters stay. */
    static String withoutArabicArticle(String term) {
        if (term.isEmpty() || term.charAt(0) < 0x0600 || term.charAt(0) > 0x06FF) return term;
        for (String prefix : ARABIC_PREFIXES) {
            if (term.startsWith(prefix) && term.length() - prefix.length() >= 2) return term.substring(prefix.length());
        }
        return term;
    }

    /**
     * Greek lower case without its accents (tonos, dialytika), as Greek search does: capitals drop them by rule
     * ("ΡΥΘΜΙΣΕΙΣ" is "ρυθμίσεις") and readers often type without them ("διαχειριση" finds "διαχείριση").
     */
    static String withoutGreekAccents(String lower) {
        char[] c = null;
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            if (ch < 0x0390 || ch > 0x03CE) continue;
            int at = GREEK_ACCENTED.indexOf(ch);
            if (at < 0) continue;
            if (c == null) c = lower.toCharArray();
            c[i] = GREEK_PLAIN.charAt(at);
        }
        return c == null ? lower : new String(c);
    }

    /** Accented Greek lower-case letters after NFKC, and the letter each is without its accent. */
    private static final String GREEK_ACCENTED = "άέήίόύώϊϋΐΰ";
    private static final String GREEK_PLAIN = "αεηιουωιυιυ";

    /** The runs of word characters in {@code c[start, end)}, lower-cased. */
    private static void pieces(char[] c, int start, int end, Consumer<String> out) {
        int piece = -1;
        boolean letterOrDigit = false;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(c, i);
            if (cp < 0x80 ? cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' : isWordChar(cp)) {
                if (piece < 0) piece = i;
                // a piece of marks alone (no letter or digit) is no term
                letterOrDigit = letterOrDigit || cp < 0x80 || Character.isLetter(cp) || Character.isDigit(cp);
            } else if (piece >= 0) {
                if (letterOrDigit) out.accept(withoutArabicArticle(lower(new String(c, piece, i - piece))));
                piece = -1;
                letterOrDigit = false;
            }
            i += Character.charCount(cp);
        }
        if (piece >= 0 && letterOrDigit) out.accept(withoutArabicArticle(lower(new String(c, piece, end - piece))));
    }

    /** Chinese and Japanese have no spaces and the two word breakers split them differently; bigrams do not depend on either. */
    private static void bigrams(char[] c, int from, int to, Consumer<String> out) {
        int second = from + Character.charCount(Character.codePointAt(c, from));
        if (second >= to) {
            out.accept(new String(c, from, to - from)); // one character alone
            return;
        }
        for (int first = from; second < to; ) {
            int third = second + Character.charCount(Character.codePointAt(c, second));
            out.accept(new String(c, first, third - first));
            first = second;
            second = third;
        }
    }

    /**
     * The scripts indexed as overlapping character pairs: Han, Hiragana, Katakana, Hangul and the long-vowel mark ー
     * (script Common, but part of Katakana words), and Thai, Lao, Khmer and Myanmar, written without spaces between
     * words. Their words were Java's dictionary's, and the reader's browser cuts a query with another dictionary:
     * "โปรไฟล์" was one word to the browser and "โป" + "ร" + "ไฟล์…" in the index, and 29 of 94 pages of a real th-TH
     * site could not be found by their own title. Pairs of characters are the same on both sides.
     */
    static boolean isCjk(int cp) {
        // below Hangul Jamo: Latin, Cyrillic, Arabic..., and Thai, Lao and Myanmar
        if (cp < 0x1100) return (cp >= 0x0E00 && cp <= 0x0EFF || cp >= 0x1000) && isUnspaced(cp);
        if (cp == 0x30FC) return true;
        // the most of Japanese, Chinese and Korean text, without a search of the script table
        if (cp >= 0x4E00 && cp <= 0x9FFC || cp >= 0x3041 && cp <= 0x3096 || cp >= 0x30A1 && cp <= 0x30FA
                || cp >= 0xAC00 && cp <= 0xD7A3) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL || isUnspaced(cp);
    }

    /** Thai, Lao, Khmer or Myanmar, by the script table (the blocks hold a few unassigned code points). */
    private static boolean isUnspaced(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER || script == Character.UnicodeScript.MYANMAR;
    }

    /** Letters, marks (Thai vowels and tones, Devanagari matras) and decimal digits: {@code [\p{L}\p{M}\p{Nd}]} in the JavaScript. */
    private static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER -> true;
            default -> false;
        };
    }
}
