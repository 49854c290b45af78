package dev.tolk.search;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The offline search index of one locale: compact JSON that {@code assets/search.js} fetches the
 * first time a reader reaches for the search box, so a static site can answer queries with no
 * server. Same input, same bytes.
 *
 * <p>Shape, with no whitespace between tokens:
 * <pre>{@code
 * {"v":1,"lang":"nl-NL",
 *  "docs":[["AlchemyInsights/foo.html","Title","excerpt"],...],
 *  "terms":{"term":[docIndex,weight,docIndex,weight,...],...}}
 * }</pre>
 * <ul>
 * <li>{@code docs} are in input order; a doc's index in that array is its {@code docIndex}. The
 *     url is as given (relative to the locale folder); the excerpt is the body's first
 *     {@value #EXCERPT_LENGTH} characters or so, cut at a word boundary and ended with "…".</li>
 * <li>{@code terms} are sorted by UTF-16 code units; each lists its docs in ascending index with
 *     the term's weight there: {@value #TITLE_WEIGHT} per occurrence in the title plus 1 per
 *     occurrence in the body, the body's share capped at {@value #BODY_CAP}.</li>
 * </ul>
 *
 * <p>Terms ({@link #terms}): the text is NFKC-normalized (Thai and Lao SARA AM kept whole);
 * maximal runs of Han, Hiragana, Katakana and Hangul, and of Thai, Lao, Khmer and Myanmar, become overlapping
 * character bigrams (a one-character run stays itself; {@link #isCjk}); the rest is cut at every character that is
 * not a letter, mark or decimal digit, lower-cased with {@link Locale#ROOT} (the Turkish i's folded, Greek accents,
 * Latin, Cyrillic and Hebrew diacritics and Arabic vowel marks dropped: {@link #lower}; an Arabic article taken off),
 * and kept if it holds a letter or digit. Every decimal digit is read as its ASCII digit, and a Hebrew abbreviation's
 * gershayim joins its word ({@link #normalize}).
 * {@code assets/search.js} applies the same rules to queries: keep the two in step.
 */
public final class SearchIndexWriter {
    /**
     * What the index as a script puts before the JSON: {@code search-index.js} beside
     * {@code search-index.json} is the same index as a classic script that sets
     * {@code globalThis.tolkSearchIndex}, which search.js loads when the site is opened from disk
     * ({@code file://}), where browsers refuse to fetch the JSON.
     */
    public static byte[] scriptHead() {
        return "globalThis.tolkSearchIndex = ".getBytes(StandardCharsets.US_ASCII);
    }

    /** What the index as a script puts after the JSON. */
    public static byte[] scriptTail() {
        return ";\n".getBytes(StandardCharsets.US_ASCII);
    }

    static final int FORMAT_VERSION = 1;
    static final int TITLE_WEIGHT = 3;
    static final int BODY_CAP = 10;
    static final int EXCERPT_LENGTH = 240;


    /** One page to index: its address relative to the locale folder (e.g. "AlchemyInsights/foo.html"), title and plain body text. */
    public record Doc(String url, String title, String text) {
        public Doc {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
        }
    }

    private SearchIndexWriter() {
    }

    /**
     * What one page adds to the index: its address, title and excerpt, and each term with its
     * weight ({@code terms} in ascending UTF-16 order, {@code weight(i)} the weight of
     * {@code terms[i]}). Made once per page, in the worker that makes the page, and all a build
     * keeps of the page for its index: never the page's text. A build keeps one per page until
     * the indexes are written (120,000 in a 30,000-article x 4-locale site, 12 million weights),
     * so weights that fit in a byte (nearly all: {@value #BODY_CAP} at most from the body) are
     * held as bytes, not ints.
     */
    public static final class Entry {
        private final String url;
        private final String title;
        private final String excerpt;
        private final String[] terms;
        /** The weights as unsigned bytes when every one is below 256, else null (then {@link #wide}). */
        private final byte[] narrow;
        private final int[] wide;

        public Entry(String url, String title, String excerpt, String[] terms, int[] weights) {
            this.url = Objects.requireNonNull(url, "url");
            this.title = Objects.requireNonNull(title, "title");
            this.excerpt = Objects.requireNonNull(excerpt, "excerpt");
            if (terms.length != weights.length) throw new IllegalArgumentException(terms.length + " terms, " + weights.length + " weights");
            this.terms = terms;
            byte[] bytes = new byte[weights.length];
            for (int i = 0; i < weights.length && bytes != null; i++) {
                if (weights[i] >= 0 && weights[i] <= 0xFF) bytes[i] = (byte) weights[i];
                else bytes = null;
            }
            this.narrow = bytes;
            this.wide = bytes == null ? weights.clone() : null;
        }

        public String url() {
            return url;
        }

        public String title() {
            return title;
        }

        public String excerpt() {
            return excerpt;
        }

        /** The terms, ascending (the array itself: not to be changed). */
        public String[] terms() {
            return terms;
        }

        /** The weight of {@code terms()[i]}. */
        public int weight(int i) {
            return narrow != null ? narrow[i] & 0xFF : wide[i];
        }

        /** The weights, {@code weights()[i]} that of {@code terms()[i]} (a copy). */
        public int[] weights() {
            int[] out = new int[terms.length];
            for (int i = 0; i < out.length; i++) out[i] = weight(i);
            return out;
        }

        /** The same entry with its terms spelled as {@code pool} spells them (one string per term in memory). */
        public Entry pooled(TermPool pool) {
            String[] same = new String[terms.length];
            for (int i = 0; i < same.length; i++) same[i] = pool.of(terms[i]);
            return new Entry(url, title, excerpt, same, weights());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && url.equals(e.url) && title.equals(e.title) && excerpt.equals(e.excerpt)
                    && Arrays.equals(terms, e.terms) && Arrays.equals(weights(), e.weights());
        }

        @Override
        public int hashCode() {
            return Objects.hash(url, title, excerpt, Arrays.hashCode(terms), Arrays.hashCode(weights()));
        }

        @Override
        public String toString() {
            return "Entry[" + url + ", " + terms.length + " terms]";
        }
    }

    /** A locale's word iterator, for {@link #entry}; one per thread. */
    public static BreakIterator words(String localeTag) {
        return BreakIterator.getWordInstance(Locale.forLanguageTag(localeTag));
    }

    /** The entry of {@code doc}; {@code words} is a word iterator of the doc's locale, {@code pool} the build's terms. */
    public static Entry entry(Doc doc, BreakIterator words, TermPool pool) {
        return entry(doc.url(), doc.title(), excerpt(doc.text(), words), weights(doc), pool);
    }

    /** An entry of each term's weight in {@code weights} (one cell each), its terms sorted and spelled as {@code pool} spells them. */
    private static Entry entry(String url, String title, String excerpt, Map<String, int[]> weights, TermPool pool) {
        String[] terms = weights.keySet().toArray(new String[0]);
        Arrays.sort(terms);
        int[] w = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            w[i] = weights.get(terms[i])[0];
            terms[i] = pool.of(terms[i]);
        }
        return new Entry(url, title, excerpt, terms, w);
    }

    /** The JSON index of one locale's pages, deterministic (same input, same bytes), compact. */
    static String write(String localeTag, List<Doc> docs) {
        BreakIterator words = words(localeTag);
        List<Entry> entries = new ArrayList<>(docs.size());
        TermPool pool = new TermPool();
        for (Doc d : docs) entries.add(entry(d, words, pool));
        return new String(assemble(localeTag, entries), StandardCharsets.UTF_8);
    }

    /**
     * The JSON index of one locale from its pages' entries, in their order, in UTF-8. Each doc and
     * each term's postings is encoded as it is made: the whole index as one string (UTF-16 when one
     * title is not Latin-1) and its copies were the largest arrays a 30,000-page build made (65 MB
     * of Japanese index as 300 MB of chars, string and bytes).
     */
    static byte[] assemble(String localeTag, List<Entry> entries) {
        Objects.requireNonNull(localeTag, "localeTag");
        Map<String, Postings> postings = new HashMap<>();
        Chunks json = new Chunks();
        head(json, localeTag);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (i > 0) json.ascii(",");
            doc(json, e);
            String[] terms = e.terms();
            for (int t = 0; t < terms.length; t++) {
                postings.computeIfAbsent(terms[t], k -> new Postings()).add(i, e.weight(t));
            }
        }
        json.ascii(TERMS);
        String[] sorted = postings.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        for (int t = 0; t < sorted.length; t++) {
            if (t > 0) json.ascii(",");
            json.string(sorted[t]).ascii(":[");
            postings.remove(sorted[t]).appendTo(json);
            json.ascii("]");
        }
        return json.ascii(TAIL).toByteArray();
    }

    /** What comes between the docs and the terms. */
    static final String TERMS = "],\"terms\":{";
    /** What ends an index. */
    static final String TAIL = "}}";

    /** An index's start, up to its first doc. */
    static void head(Chunks json, String localeTag) {
        json.ascii("{\"v\":").number(FORMAT_VERSION).ascii(",\"lang\":").string(localeTag).ascii(",\"docs\":[");
    }

    /** One posting of a term: {@code doc,weight}, after a comma unless it is the term's {@code first}. */
    static void posting(Chunks json, boolean first, int doc, int weight) {
        if (!first) json.ascii(",");
        json.number(doc).ascii(",").number(weight);
    }

    /** A doc of an index: its address, title and excerpt. */
    static void doc(Chunks json, Entry e) {
        json.ascii("[").string(e.url()).ascii(",").string(e.title()).ascii(",").string(e.excerpt()).ascii("]");
    }

    /** Each term of the doc with its weight: title occurrences count {@value #TITLE_WEIGHT}, body ones 1 up to {@value #BODY_CAP}. */
    private static Map<String, int[]> weights(Doc doc) {
        Map<String, int[]> weights = new HashMap<>();
        terms(doc.text(), t -> {
            int[] n = weights.get(t);
            if (n == null) weights.put(t, new int[] {1});
            else if (n[0] < BODY_CAP) n[0]++;
        });
        terms(doc.title(), t -> {
            int[] n = weights.get(t);
            if (n == null) weights.put(t, new int[] {TITLE_WEIGHT});
            else n[0] += TITLE_WEIGHT;
        });
        return weights;
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
    private static void terms(String text, Consumer<String> out) {
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

    /** The body's start, whitespace collapsed, cut at the last word boundary within {@value #EXCERPT_LENGTH} characters. */
    static String excerpt(String text, BreakIterator words) {
        String s = collapseWhiteSpace(text).strip();
        if (s.length() <= EXCERPT_LENGTH) return s;
        words.setText(s);
        int cut = words.preceding(EXCERPT_LENGTH + 1);
        if (cut < EXCERPT_LENGTH / 2) { // one very long word (a URL): cut inside it, but not inside a surrogate pair
            cut = EXCERPT_LENGTH;
            if (Character.isLowSurrogate(s.charAt(cut)) && Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
        }
        return s.substring(0, cut).stripTrailing() + "…";
    }

    /** Each run of Unicode white space ({@code (?U)\\s}: the White_Space property) as one space; no regex (a page's excerpt is made per page). */
    static String collapseWhiteSpace(String text) {
        return collapseWhiteSpace(text, true);
    }

    /**
     * Each run of white space as one space: Unicode's ({@code (?U)\\s}) when {@code unicode}, else
     * ASCII's ({@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return), as
     * {@code text.replaceAll("\\s+", " ")} gives it without a regex.
     */
    public static String collapseWhiteSpace(String text, boolean unicode) {
        int n = text.length();
        StringBuilder out = null;
        int copied = 0; // text[copied, i) is not in out yet
        int i = 0;
        while (i < n) {
            if (!isWhiteSpace(text.charAt(i), unicode)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isWhiteSpace(text.charAt(end), unicode)) end++;
            if (end - i > 1 || text.charAt(i) != ' ') { // a single space stays as it is
                if (out == null) out = new StringBuilder(n);
                out.append(text, copied, i).append(' ');
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** The Unicode White_Space property, as {@code (?U)\\s} matches it (all of it in the BMP); else ASCII's, as {@code \\s}. */
    private static boolean isWhiteSpace(char c, boolean unicode) {
        if (c == ' ' || c >= '\t' && c <= '\r') return true;
        return unicode && (c == '\u0085' || c == '\u00A0' || c == '\u1680'
                || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F'
                || c == '\u3000');
    }
}
