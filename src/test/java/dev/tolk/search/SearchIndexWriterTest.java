package dev.tolk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tolk.search.SearchIndexWriter.Doc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The per-locale search index. The term lists expected here are also expected of
 * {@code segment()} in {@code src/test/js/search.test.mjs}: index and query must agree.
 */
class SearchIndexWriterTest {

    private static List<String> terms(String tag, String text) {
        return SearchTerms.terms(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> index(String tag, Doc... docs) {
        return (Map<String, Object>) new StrictJson(SearchIndexWriter.write(tag, List.of(docs))).parse();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> postings(Map<String, Object> index, String term) {
        return (List<Long>) ((Map<String, Object>) index.get("terms")).getOrDefault(term, List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> docs(Map<String, Object> index) {
        return (List<List<String>>) index.get("docs");
    }

    @Test
    void splitsDutchIntoLowerCaseWords() {
        assertEquals(List.of("hoe", "betaal", "ik", "mijn", "factuur", "wijzig", "de", "betaalmethode"),
                terms("nl-NL", "Hoe betaal ik mijn Factuur? Wijzig de betaalmethode."));
    }

    @Test
    void keepsGermanCompoundsWhole() {
        assertEquals(List.of("rechnungsadresse", "andern", "strasse", "grosse"),
                terms("de-DE", "Rechnungsadresse ÄNDERN – Straße, Größe"));
    }

    /** Either spelling finds a Turkish word: İ and I lower to the i of i and ı (868 page-terms of a real tr-TR site were split). */
    @Test
    void foldsTheTurkishIsToOneI() {
        assertEquals(List.of("istemci", "istemci", "isik", "isik", "internet"), terms("tr-TR", "İstemci istemci IŞIK ışık İNTERNET"));
    }

    /** Arabic search ignores vowel marks and hamza forms, and the article and conjunctions joined to a word (helper review, ar-SA). */
    @Test
    void readsArabicAsArabicSearchDoes() {
        assertEquals(List.of("انشاء", "انشاء", "عملاء", "عملاء", "عملاء", "مدرسه"), terms("ar-SA", "إنشاء انشاء العملاء والعملاء للعملاء مدرسة"));
    }

    /**
     * Readers type words without their diacritics, and Russian prints е for ё: "general" found 4 unrelated pages of a
     * real fr-FR site where "général" found 139, "учётная" none of the 96 "учетная" finds; Hebrew is typed without
     * its vowel points (helper reviews: fr-FR, pt-BR, hu-HU, ru-RU, he-IL, vi-VN). Devanagari's vowel signs stay.
     */
    @Test
    void dropsLatinCyrillicAndHebrewDiacritics() {
        assertEquals(List.of("general", "configuracao", "jelszo", "учетная", "учетная", "quan", "ly", "wlasciwosci", "odbiorca", "duong"),
                terms("fr-FR", "Général configuração jelszó учётная УЧЕТНАЯ quản lý właściwości odbiorca đường"));
        assertEquals(List.of("רישיון", "רישיון"), terms("he-IL", "רִישָׁיוֹן רישיון"));
        assertEquals(List.of("सदस्यता"), terms("hi-IN", "सदस्यता"));
    }

    /** A reader types ASCII digits for a title's Arabic-Indic or Thai ones, and the reverse (helper reviews: ar-SA, th-TH). */
    @Test
    void readsEveryDecimalDigitAsItsAsciiDigit() {
        assertEquals(List.of("microsoft", "365", "office", "2019"), terms("ar-SA", "Microsoft ٣٦٥ Office ۲۰۱۹"));
        assertEquals(List.of("office", "2019", "คำ", "ำถ", "ถา", "าม"), terms("th-TH", "Office ๒๐๑๙ คำถาม"));
    }

    /** A Hebrew abbreviation is one word, its gershayim typed as " or ״ (UAX #29): דוא"ל was דוא + ל, and ל is everywhere. */
    @Test
    void keepsHebrewAbbreviationsWhole() {
        assertEquals(List.of("דואל", "דואל", "דואל", "ל", "outlook"), terms("he-IL", "דוא\"ל דוא״ל דואל ל-Outlook"));
    }

    /** Greek search ignores accents: capitals drop them by rule, readers often leave them out (helper review, el-GR). */
    @Test
    void dropsGreekAccents() {
        assertEquals(List.of("διαχειριση", "ρυθμισεις", "ρυθμισεις", "ευνοιυ"), terms("el-GR", "Διαχείριση ΡΥΘΜΙΣΕΙΣ ρυθμίσεις εΰνοϊύ"));
    }

    @Test
    void cutsWordsAtApostrophesAndDots() {
        assertEquals(List.of("l", "homme", "www", "example", "com", "office365", "3", "5"),
                terms("fr-FR", "l'homme www.example.com Office365 3.5 — ! ..."));
    }

    @Test
    void normalizesCompatibilityForms() {
        assertEquals(List.of("abc123", "file", "メー", "ール"), terms("ja-JP", "ＡＢＣ１２３ ﬁle ﾒｰﾙ"));
    }

    @Test
    void indexesJapaneseAndChineseAsOverlappingBigrams() {
        assertEquals(List.of("請求", "求書", "書の", "の支", "支払", "払い", "い方", "方法"), terms("ja-JP", "請求書の支払い方法"));
        assertEquals(List.of("如何", "何支", "支付", "付账", "账单"), terms("zh-CN", "如何支付账单。"));
        assertEquals(List.of("税", "office", "の設", "設定"), terms("ja-JP", "税 Officeの設定"));
    }

    @Test
    void findsJapaneseTitleAndChineseBodyByTheirBigrams() {
        Map<String, Object> ja = index("ja-JP", new Doc("a.html", "請求書の支払い方法", "本文"), new Doc("b.html", "その他", "請求"));
        assertEquals(List.of(0L, 3L, 1L, 1L), postings(ja, "請求"));
        assertEquals(List.of(0L, 3L), postings(ja, "支払"));
        Map<String, Object> zh = index("zh-CN", new Doc("x.html", "帮助", "如何支付账单"));
        assertEquals(List.of(0L, 1L), postings(zh, "支付"));
        assertEquals(List.of(0L, 1L), postings(zh, "账单"));
    }

    @Test
    void indexesThaiAsOverlappingBigramsAsTheBrowserReadsAQuery() {
        // Java's dictionary and the browser's cut "โปรไฟล์" differently; pairs of characters are the same on both sides
        assertEquals(List.of("โป", "ปร", "รไ", "ไฟ", "ฟล", "ล์"), terms("th-TH", "โปรไฟล์"));
        assertEquals(List.of("ชำ", "ำร", "ระ"), terms("th-TH", "ช\u0E4D\u0E32ระ"), "SARA AM written in two is one");
    }

    @Test
    void weighsATitleOccurrenceAboveABodyOccurrence() {
        Map<String, Object> idx = index("nl-NL",
                new Doc("body.html", "Iets anders", "Over de factuur."),
                new Doc("title.html", "De factuur", "Iets anders."));
        assertEquals(List.of(0L, 1L, 1L, (long) SearchIndexWriter.TITLE_WEIGHT), postings(idx, "factuur"));
    }

    @Test
    void capsTheBodyWeight() {
        Map<String, Object> idx = index("en", new Doc("spam.html", "Pay", "pay ".repeat(50)));
        assertEquals(List.of(0L, (long) SearchIndexWriter.TITLE_WEIGHT + SearchIndexWriter.BODY_CAP), postings(idx, "pay"));
    }

    @Test
    void writesTheDocumentedShapeCompactly() {
        String json = SearchIndexWriter.write("nl-NL", List.of(new Doc("a/b.html", "Titel", "Zo betaal je."),
                new Doc("c.html", "Betalen", "Betaal met iDEAL.")));
        assertEquals("{\"v\":1,\"lang\":\"nl-NL\",\"docs\":[[\"a/b.html\",\"Titel\",\"Zo betaal je.\"],"
                + "[\"c.html\",\"Betalen\",\"Betaal met iDEAL.\"]],\"terms\":{\"betaal\":[0,1,1,1],\"betalen\":[1,3],"
                + "\"ideal\":[1,1],\"je\":[0,1],\"met\":[1,1],\"titel\":[0,3],\"zo\":[0,1]}}", json);
    }

    @Test
    void escapesWhatJsonAndJavaScriptCannotHoldRaw() {
        String nasty = "say \"hi\" \\ path\ttab\u0001\u001f line\u2028para\u2029 lone\ud800 and \udc00 pair 😀 é";
        String json = SearchIndexWriter.write("en", List.of(new Doc("q\"uote.html", nasty, "")));
        for (char c : json.toCharArray()) {
            assertFalse(c < 0x20 || c == '\u2028' || c == '\u2029', () -> "raw U+" + Integer.toHexString(c));
        }
        assertTrue(json.contains("\\ud800") && json.contains("\\udc00") && json.contains("😀"));
        Map<String, Object> idx = index("en", new Doc("q\"uote.html", nasty, ""));
        assertEquals(List.of("q\"uote.html", nasty, ""), docs(idx).get(0));
    }

    @Test
    void cutsTheExcerptAtAWordBoundary() {
        String body = "Betalen   met\n iDEAL gaat snel. ".repeat(20);
        String excerpt = docs(index("nl-NL", new Doc("a.html", "T", body))).get(0).get(2);
        assertTrue(excerpt.length() <= SearchIndexWriter.EXCERPT_LENGTH + 1, excerpt);
        assertTrue(excerpt.startsWith("Betalen met iDEAL gaat snel. Betalen"), excerpt);
        assertTrue(excerpt.endsWith("…") && !excerpt.endsWith(" …"), excerpt);
        assertTrue(body.replaceAll("\\s+", " ").startsWith(excerpt.substring(0, excerpt.length() - 1)));
        String word = excerpt.substring(excerpt.lastIndexOf(' ') + 1, excerpt.length() - 1).replace(".", "");
        assertTrue(List.of("Betalen", "met", "iDEAL", "gaat", "snel").contains(word), word);
    }

    @Test
    void givesTheSameBytesForTheSameInput() {
        List<Doc> docs = generated(50, 7);
        assertEquals(SearchIndexWriter.write("de-DE", docs), SearchIndexWriter.write("de-DE", new ArrayList<>(docs)));
    }

    @Test
    void sortsTermsAndListsDocsInInputOrder() {
        List<Doc> docs = generated(30, 11);
        Map<String, Object> idx = index("en", docs.toArray(Doc[]::new));
        assertEquals(docs.stream().map(Doc::url).toList(), docs(idx).stream().map(d -> d.get(0)).toList());
        @SuppressWarnings("unchecked")
        List<String> keys = new ArrayList<>(((Map<String, Object>) idx.get("terms")).keySet());
        assertEquals(keys.stream().sorted().toList(), keys);
        for (String k : keys) {
            List<Long> p = postings(idx, k);
            for (int i = 2; i < p.size(); i += 2) assertTrue(p.get(i - 2) < p.get(i), k);
        }
    }

    @Test
    void rejectsMissingFields() {
        assertThrows(NullPointerException.class, () -> new Doc("a.html", null, ""));
    }

    /** Measured: 2,066,458 bytes, 0.74 MB gzipped (1,000 docs of 400 words from a Zipf-like 20,000-word vocabulary). */
    @Test
    void indexOfAThousandFourHundredWordPagesStaysUnderThreeMegabytes() {
        String json = SearchIndexWriter.write("en", generated(1000, 42));
        assertTrue(json.getBytes(StandardCharsets.UTF_8).length < 3_000_000);
    }

    /**
     * The index is written in blocks of a mebibyte and joined once: 2,066,458 bytes, as when it was
     * one string (the length measured then), and Japanese and astral text across the blocks' seams
     * is whole JSON.
     */
    @Test
    void indexWrittenInBlocksIsWholeAcrossTheirSeams() {
        assertEquals(2_066_458, SearchIndexWriter.write("en", generated(1000, 42)).getBytes(StandardCharsets.UTF_8).length);
        List<Doc> docs = new ArrayList<>();
        for (int d = 0; d < 3000; d++) {
            docs.add(new Doc("ページ/" + d + ".html", "購入 😀 " + d, "サブスクリプションを購入する 𝄞 𠀋 ".repeat(1 + d % 20) + d));
        }
        String json = SearchIndexWriter.write("ja-JP", docs);
        int length = json.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(length > 1 << 20, length + " bytes: more than one block");
        assertEquals(3000, ((List<?>) index("ja-JP", docs.toArray(new Doc[0])).get("docs")).size());
        assertTrue(json.contains("[\"ページ/2999.html\",\"購入 😀 2999\","));
    }

    /** Pages of 400 words each, drawn Zipf-like (as prose is) from a vocabulary of 20,000 made-up words. */
    private static List<Doc> generated(int count, long seed) {
        Random random = new Random(seed);
        String[] vocabulary = new String[20_000];
        for (int i = 0; i < vocabulary.length; i++) vocabulary[i] = word(random, 2 + random.nextInt(9));
        List<Doc> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 400; w++) {
                int rank = (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(vocabulary.length, random.nextDouble())) - 1);
                body.append(vocabulary[rank]).append(w % 12 == 11 ? ". " : " ");
            }
            docs.add(new Doc("Folder" + d % 10 + "/page-" + d + ".html",
                    vocabulary[random.nextInt(500)] + " " + vocabulary[random.nextInt(5000)], body.toString()));
        }
        return docs;
    }

    private static String word(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.append((char) ('a' + random.nextInt(26)));
        return sb.toString();
    }

    /** Just enough JSON for the index: objects, arrays, strings, integers, and no whitespace anywhere. */
    private static final class StrictJson {
        private final String s;
        private int i;

        StrictJson(String s) {
            this.s = s;
        }

        Object parse() {
            Object v = value();
            if (i != s.length()) throw error("trailing text");
            return v;
        }

        private Object value() {
            if (i >= s.length()) throw error("end of input");
            char c = s.charAt(i);
            if (c == '{') return object();
            if (c == '[') return array();
            if (c == '"') return string();
            if (c == '-' || (c >= '0' && c <= '9')) return number();
            throw error("unexpected " + c);
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            expect('{');
            if (peek('}')) return map;
            do {
                String key = string();
                expect(':');
                if (map.put(key, value()) != null) throw error("duplicate key " + key);
            } while (peek(','));
            expect('}');
            return map;
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            expect('[');
            if (peek(']')) return list;
            do list.add(value()); while (peek(','));
            expect(']');
            return list;
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (i >= s.length()) throw error("unterminated string");
                char c = s.charAt(i++);
                if (c == '"') return sb.toString();
                if (c < 0x20) throw error("raw control character");
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        private Long number() {
            int start = i;
            if (s.charAt(i) == '-') i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            if (i == start || (s.charAt(start) == '0' && i - start > 1)) throw error("bad number");
            return Long.parseLong(s.substring(start, i));
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) throw error("expected " + c);
            i++;
        }

        private boolean peek(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private IllegalStateException error(String what) {
            return new IllegalStateException(what + " at " + i);
        }
    }

    @org.junit.jupiter.api.Test
    void collapsesWhiteSpaceExactlyAsTheUnicodeRegexDid() {
        assertCollapsesAs(java.util.regex.Pattern.compile("(?U)\\s+"), SearchIndexWriter::collapseWhiteSpace);
    }

    /** The ASCII collapse (a page's plain text for its search entry) is {@code replaceAll("\\s+", " ")}. */
    @org.junit.jupiter.api.Test
    void collapsesAsciiWhiteSpaceExactlyAsTheRegexDid() {
        assertCollapsesAs(java.util.regex.Pattern.compile("\\s+"), text -> SearchIndexWriter.collapseWhiteSpace(text, false));
    }

    private static void assertCollapsesAs(java.util.regex.Pattern regex, java.util.function.UnaryOperator<String> collapse) {
        char[] alphabet = {' ', ' ', 'a', 'b', '\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u0085', '\u00A0', '\u1680',
                '\u180E', '\u2000', '\u2007', '\u200A', '\u200B', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF', 'x'};
        java.util.Random random = new java.util.Random(7);
        int changed = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) b.append(alphabet[random.nextInt(alphabet.length)]);
            String text = b.toString();
            String expected = regex.matcher(text).replaceAll(" ");
            assertEquals(expected, collapse.apply(text), () -> "for " + text.chars().mapToObj(Integer::toHexString).toList());
            if (!expected.equals(text)) changed++;
        }
        assertTrue(changed > 10_000, "the strings exercise the collapsing: " + changed);
    }

    /**
     * Outside Thai, Lao, Myanmar and Khmer, a text's terms are what the reader's JavaScript takes
     * from a query: each run of {@code [\\p{L}\\p{M}\\p{Nd}]} holding a letter or digit, lower-cased (İ and ı as i), and
     * in a run of Han, kana or Hangul each two neighbouring characters (one alone is itself). On
     * random text of letters, marks, digits, kana, Han, Hangul, punctuation and characters outside
     * the BMP, the scanner's terms are the regex's, in order.
     */
    @org.junit.jupiter.api.Test
    void splitsRandomTextAsTheScriptsRegexDoes() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
        String[] pieces = {"a", "Z", "é", "ß", "İ", "7", "٣", "\u0301", "\u0903", " ", "-", "_", "'", ".", "…", "日", "本",
            "の", "カ", "ー", "한", "\uD840\uDC00", "\uD835\uDC00", "\uD83D\uDE00", "Ω", "ж", "ع", "\u3000", "ﬁ", "Ａ", "ı", "I"};
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String text = SearchTerms.normalize(b.toString());
            List<String> expected = new java.util.ArrayList<>();
            int i = 0;
            while (i < text.length()) { // runs of CJK and of anything else
                boolean cjk = SearchTerms.isCjk(text.codePointAt(i));
                int end = i;
                while (end < text.length() && SearchTerms.isCjk(text.codePointAt(end)) == cjk) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String run = text.substring(i, end);
                if (cjk) {
                    int[] cps = run.codePoints().toArray();
                    if (cps.length == 1) expected.add(run);
                    for (int c = 0; c + 1 < cps.length; c++) expected.add(new String(cps, c, 2));
                } else {
                    java.util.regex.Matcher m = word.matcher(run);
                    while (m.find()) {
                        if (m.group().codePoints().anyMatch(cp -> Character.isLetter(cp) || Character.isDigit(cp))) {
                            // lower case, the Turkish i's folded, accents and diacritics dropped
                            expected.add(SearchTerms.withoutArabicArticle(SearchTerms.arabicLetters(SearchTerms.withoutDiacritics(
                                    SearchTerms.withoutGreekAccents(m.group().toLowerCase(Locale.ROOT).replace("i\u0307", "i")
                                            .replace('\u0131', 'i'))))));
                        }
                    }
                }
                i = end;
            }
            assertEquals(expected, SearchTerms.terms(b.toString()), () -> "terms of " + b);
        }
    }

    @org.junit.jupiter.api.Test
    void tellsCjkAsTheScriptsSayOnEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean expected = cp == 0x30FC || script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
                    || script == Character.UnicodeScript.KHMER || script == Character.UnicodeScript.MYANMAR;
            if (expected != SearchTerms.isCjk(cp)) fail("U+" + Integer.toHexString(cp));
        }
    }

    /**
     * A term looked up by its UTF-8 bytes (as the cache's entries are read back) is the pool's one
     * string of that text: the same instance as the same text looked up as a string, in the
     * order met, through the table's growth, for any script, with malformed bytes read as the
     * String constructor reads them.
     */
    @Test
    void termsLookedUpByTheirBytesAreThePoolsStrings() {
        TermPool pool = new TermPool();
        Random random = new Random(5);
        String[] alphabet = {"a", "b", "z", "é", "ß", "ж", "中", "文", "😀", "\u0E33"};
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder t = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) t.append(alphabet[random.nextInt(alphabet.length)]);
            terms.add(t.toString());
        }
        for (int round = 0; round < 3; round++) {
            for (String t : terms) {
                byte[] framed = ("<<" + t + ">>").getBytes(StandardCharsets.UTF_8); // the term inside a larger array
                String found = pool.of(framed, 2, framed.length - 4);
                assertEquals(t, found);
                if (found != pool.of(new String(t))) fail("not the pool's string: " + t);
            }
        }
        byte[] malformed = {'x', (byte) 0xC3, 'y'};
        assertEquals(new String(malformed, StandardCharsets.UTF_8), pool.of(malformed, 0, 3));
    }
}
