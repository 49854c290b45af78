package dev.tolk.validate;

import java.util.Locale;

/**
 * The pieces of inline syntax that {@link InlineFacts} recognizes as it reads a half: entities,
 * autolinks, HTML tags and their {@code href}, the start of a link destination, and the scale
 * words and ordinal endings after a number, a destination's first token, an empty link text, a link target as the
 * halves are compared. Each is a hand-written scanner (most answer exactly what a regular expression answered before: the tests hold both side by
 * side), since it runs on every half of every unit.
 */
final class InlineSyntax {
    /** Scale words after a number, in the order they are tried. */
    private static final String[] SCALES = {"K", "k", "thousand", "million", "billion"};
    private static final String[] ORDINALS = {"st", "nd", "rd", "th"};
    /** File endings that make a bare name ({@code setup.md}) a link destination. */
    private static final String[] PAGE_ENDINGS = {"md", "html", "htm", "png", "jpeg", "jpg", "gif", "svg"};
    /** Schemes of an autolink ({@code <https://…>}), lower case. */
    private static final String[] AUTOLINK_SCHEMES = {"http:", "https:", "mailto:", "ftp:"};

    private InlineSyntax() {
    }

    /**
     * The end of a scale word at {@code j} ("K", "k", "thousand", "million", "billion", after
     * at most one hyphen or space, and not followed by a letter or ASCII digit), or -1. A lower-case "k" after a space
     * is a word of its own, the Czech and Slovak preposition ("kroky 2 a 3 k vytvoření"), not a thousand; "500 K" is.
     */
    static int scaleEnd(String s, int j) {
        boolean spaced = j < s.length() && s.charAt(j) == ' ';
        int word = j < s.length() && (s.charAt(j) == '-' || spaced) ? j + 1 : j;
        for (String scale : SCALES) {
            if (spaced && scale.equals("k")) continue;
            if (s.startsWith(scale, word) && !letterOrDigitAt(s, word + scale.length())) return word + scale.length();
        }
        return -1;
    }

    /**
     * The power of ten of an East Asian number unit right at {@code j}, as a translation writes
     * "20000" ("2万", "2만"): 千 and 천 (3), 万, 萬 and 만 (4), 億, 亿 and 억 (8); else 0.
     */
    static int unitPower(String s, int j) {
        if (j >= s.length()) return 0;
        return switch (s.charAt(j)) {
            case '千', '천' -> 3;
            case '万', '萬', '만' -> 4;
            case '億', '亿', '억' -> 8;
            default -> 0;
        };
    }

    /**
     * A number unit after one space at {@code j}: a Chinese or Japanese one ({@code 10 萬} is 100,000, as
     * {@code 10萬}; Korean writes its units without the space, and {@code 만큼} after a space is a word), or the Indian
     * लाख (10^5) and करोड़ (10^7) that a Hindi translation writes for "100,000" and "10 million". Its power of ten and
     * the index after it, or null.
     */
    static int[] spacedUnit(String s, int j) {
        if (j + 1 >= s.length() || s.charAt(j) != ' ' && s.charAt(j) != '\u00A0') return null;
        char unit = s.charAt(j + 1);
        if (unit == '千' || unit == '万' || unit == '萬' || unit == '億' || unit == '亿') return new int[] {unitPower(s, j + 1), j + 2};
        for (String[] word : SPACED_SCALES) {
            if (s.startsWith(word[0], j + 1) && !combiningOrLetterAt(s, j + 1 + word[0].length())) {
                return new int[] {Integer.parseInt(word[1]), j + 1 + word[0].length()};
            }
        }
        return null;
    }

    /**
     * Scale words written after a number and a space: लाख, and करोड़ with its nukta precomposed or not; Vietnamese
     * nghìn and ngàn (thousand), triệu (million), tỷ and tỉ (billion); Indonesian ribu, juta, miliar; Ukrainian and
     * Russian тисяч/тысяч (thousand).
     */
    private static final String[][] SPACED_SCALES = {{"लाख", "5"}, {"करोड़", "7"}, {"करोड\u093C", "7"},
        {"nghìn", "3"}, {"ngàn", "3"}, {"triệu", "6"}, {"tỷ", "9"}, {"tỉ", "9"}, {"ribu", "3"}, {"juta", "6"}, {"miliar", "9"},
        {"тисяч", "3"}, {"тисячі", "3"}, {"тысяч", "3"}, {"тысячи", "3"}};

    private static boolean combiningOrLetterAt(String s, int i) {
        if (i >= s.length()) return false;
        int type = Character.getType(s.codePointAt(i));
        return Character.isLetter(s.codePointAt(i)) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether an ordinal ending ("st", "nd", "rd", "th") not followed by a letter or ASCII digit starts at {@code j}. */
    static boolean ordinalAt(String s, int j) {
        for (String ordinal : ORDINALS) {
            if (s.startsWith(ordinal, j)) return !letterOrDigitAt(s, j + 2);
        }
        return false;
    }

    /** A letter of any script or an ASCII digit at {@code i} (the regex class {@code [\p{L}\d]}). */
    private static boolean letterOrDigitAt(String s, int i) {
        if (i >= s.length()) return false;
        int cp = s.codePointAt(i);
        return Character.isLetter(cp) || cp >= '0' && cp <= '9';
    }

    /** An entity's name between {@code &} and {@code ;}: decimal ({@code #160}), hexadecimal ({@code #xA0}) or named ({@code nbsp}). */
    static boolean isEntityName(String name) {
        int n = name.length();
        if (n == 0) return false;
        if (name.charAt(0) == '#') {
            boolean hex = n > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int from = hex ? 2 : 1;
            if (from == n) return false;
            for (int i = from; i < n; i++) {
                char c = name.charAt(i);
                boolean digit = c >= '0' && c <= '9';
                if (!(digit || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'))) return false;
            }
            return true;
        }
        if (!isAsciiLetter(name.charAt(0))) return false;
        for (int i = 1; i < n; i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /** What stands between {@code <} and {@code >} of an autolink: {@code http:}, {@code https:}, {@code mailto:} or {@code ftp:} (any case), then no space or angle bracket. */
    static boolean isAutolink(String inner) {
        for (String scheme : AUTOLINK_SCHEMES) {
            if (startsWithAsciiIgnoringCase(inner, 0, scheme)) {
                for (int i = scheme.length(); i < inner.length(); i++) {
                    char c = inner.charAt(i);
                    if (Boundaries.isSpace(c) || c == '<' || c == '>') return false;
                }
                return true;
            }
        }
        return false;
    }

    /** What stands between {@code <} and {@code >} of an HTML tag: an optional {@code /}, a name, then a space and anything, or an optional {@code /}. */
    static boolean isTag(String inner) {
        int n = inner.length();
        int i = n > 0 && inner.charAt(0) == '/' ? 1 : 0;
        if (i >= n || !isAsciiLetter(inner.charAt(i))) return false;
        i++;
        while (i < n && (isAsciiLetter(inner.charAt(i)) || inner.charAt(i) >= '0' && inner.charAt(i) <= '9' || inner.charAt(i) == '-')) i++;
        return i == n || i == n - 1 && inner.charAt(i) == '/' || Boundaries.isSpace(inner.charAt(i));
    }

    /**
     * The value of the first {@code href} attribute in a tag's inside (a word of its own, any
     * case, spaces around {@code =}): quoted with {@code "} or {@code '}, or else up to a space;
     * null when there is none.
     */
    static String hrefValue(String inner) {
        int n = inner.length();
        for (int at = 0; at + 4 <= n; at++) {
            if (!startsWithAsciiIgnoringCase(inner, at, "href") || Boundaries.wordBefore(inner, at)) continue;
            int i = at + 4;
            while (i < n && Boundaries.isSpace(inner.charAt(i))) i++;
            if (i >= n || inner.charAt(i) != '=') continue;
            i++;
            while (i < n && Boundaries.isSpace(inner.charAt(i))) i++;
            if (i >= n) continue;
            char quote = inner.charAt(i);
            if (quote == '"' || quote == '\'') {
                int close = inner.indexOf(quote, i + 1);
                if (close >= 0) return inner.substring(i + 1, close);
            }
            // an unclosed quote is part of an unquoted value
            int end = i;
            while (end < n && !Boundaries.isSpace(inner.charAt(end)) && inner.charAt(end) != '>') end++;
            if (end > i) return inner.substring(i, end);
        }
        return null;
    }

    /**
     * Whether a link destination starts at {@code from} (after optional spaces): a URL
     * ({@code http:}, {@code https:}, {@code mailto:}), a path ({@code /}, {@code ./},
     * {@code ../}), a fragment ({@code #}) or a file name with a page or image ending ({@code setup.md}).
     */
    static boolean startsDestination(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n && Boundaries.isSpace(s.charAt(i))) i++;
        if (i >= n) return false;
        if (s.startsWith("http:", i) || s.startsWith("https:", i) || s.startsWith("mailto:", i) || s.startsWith("/", i)
                || s.startsWith("./", i) || s.startsWith("../", i) || s.startsWith("#", i)) {
            return true;
        }
        // [\w.-]+ then '.' and an ending that ends a word: any dot of the run may be the one
        int end = i;
        while (end < n && isNameChar(s.charAt(end))) end++;
        for (int dot = i + 1; dot < end; dot++) {
            if (s.charAt(dot) != '.') continue;
            for (String ending : PAGE_ENDINGS) {
                int after = dot + 1 + ending.length();
                if (s.startsWith(ending, dot + 1) && !Boundaries.wordAt(s, after)) return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean startsWithAsciiIgnoringCase(String s, int at, String lower) {
        if (at + lower.length() > s.length()) return false;
        for (int i = 0; i < lower.length(); i++) {
            char c = s.charAt(at + i);
            char l = lower.charAt(i);
            if (c != l && !(l >= 'a' && l <= 'z' && c == l - 32)) return false;
        }
        return true;
    }

    /** A destination's address: what is between its parentheses up to the first space (a title may follow). */
    static String firstToken(String inside) {
        String s = inside.strip();
        for (int j = 0; j < s.length(); j++) {
            if (Character.isWhitespace(s.charAt(j))) return s.substring(0, j);
        }
        return s;
    }

    /** Whether the {@code ]} at {@code close} ends a bracket of spaces alone that is not an image's ({@code [](…)}). */
    static boolean emptyLinkText(String s, int close) {
        int j = close - 1;
        while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j--;
        return j >= 0 && s.charAt(j) == '[' && (j == 0 || s.charAt(j - 1) != '!' && s.charAt(j - 1) != '\\');
    }

    /** How many runs of text {@code open} and {@code close} enclose in {@code text}. */
    static int enclosed(String text, char open, char close) {
        int count = 0;
        for (int at = text.indexOf(open); at >= 0; ) {
            int end = text.indexOf(close, at + 1);
            if (end < 0) break;
            if (end > at + 1) count++;
            at = text.indexOf(open, end + 1);
        }
        return count;
    }

    /** The labels an article's link reference definitions ({@code [label]: address}, also in a quote) define, in lower case. */
    static java.util.Set<String> definedLabels(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = DEFINITION.matcher(text);
        while (m.find()) out.add(m.group(1).strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
        return out;
    }

    private static final java.util.regex.Pattern DEFINITION = java.util.regex.Pattern.compile("(?m)^(?:[ \\t]*>)*[ \\t]{0,3}\\[([^\\]\\[]+)\\]:");

    /**
     * A link target as compared between the halves: scheme and host in lower case, locale path
     * segments and locale query values ({@code /en-us/}, {@code ui=nl-NL}) made neutral, no
     * fragment (translated pages have translated anchors) and no trailing slash.
     */
    static String normalizeTarget(String raw) {
        String t = raw.strip();
        int hash = t.indexOf('#');
        if (hash == 0) return "#";
        if (hash > 0) t = t.substring(0, hash);
        t = withNeutralLocales(t.toLowerCase(Locale.ROOT));
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '/') end--;
        return t.substring(0, end);
    }

    /** {@code t} (in lower case) with each locale path segment ({@code /en-us/}) and query value ({@code =nl-nl&}) made neutral. */
    private static String withNeutralLocales(String t) {
        StringBuilder out = null;
        int copied = 0;
        for (int p = 1; p < t.length(); p++) {
            char before = t.charAt(p - 1);
            int end = before == '/' ? LocaleTags.tagEnd(t, p, false, "/") : before == '=' ? LocaleTags.tagEnd(t, p, false, "&") : -1;
            if (end < 0) continue;
            if (out == null) out = new StringBuilder(t.length() + 8);
            out.append(t, copied, p).append(LocaleTags.NEUTRAL);
            copied = end;
            p = end;
        }
        return out == null ? t : out.append(t, copied, t.length()).toString();
    }
}
