package dev.tolk.search;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
 * <p>Terms ({@link SearchTerms}): the text is NFKC-normalized (Thai and Lao SARA AM kept whole);
 * maximal runs of Han, Hiragana, Katakana and Hangul, and of Thai, Lao, Khmer and Myanmar, become overlapping
 * character bigrams (a one-character run stays itself; {@link SearchTerms#isCjk}); the rest is cut at every character that is
 * not a letter, mark or decimal digit, lower-cased with {@link Locale#ROOT} (the Turkish i's folded, Greek accents,
 * Latin, Cyrillic and Hebrew diacritics and Arabic vowel marks dropped: {@link SearchTerms#lower}; an Arabic article taken off),
 * and kept if it holds a letter or digit. Every decimal digit is read as its ASCII digit, and a Hebrew abbreviation's
 * gershayim joins its word ({@link SearchTerms#normalize}).
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
        SearchTerms.terms(doc.text(), t -> {
            int[] n = weights.get(t);
            if (n == null) weights.put(t, new int[] {1});
            else if (n[0] < BODY_CAP) n[0]++;
        });
        SearchTerms.terms(doc.title(), t -> {
            int[] n = weights.get(t);
            if (n == null) weights.put(t, new int[] {TITLE_WEIGHT});
            else n[0] += TITLE_WEIGHT;
        });
        return weights;
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
