package dev.tolk.validate;

import dev.tolk.parse.DelimiterRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one half of a pair holds, read Markdown-aware in one linear pass: its link targets, its
 * emphasis and code markers, its numbers (in any script's digits), and its prose with code,
 * URLs, link targets, tags and entities taken out. Both halves of a pair are read the same way
 * and then compared by the unit rules.
 */
final class InlineFacts {
    /** Link and image destinations, normalized for comparison (see {@link InlineSyntax#normalizeTarget}). */
    final List<String> links = new ArrayList<>();
    int codeSpans;
    /** Web addresses written bare ({@code https://contoso.com/a}), which a page shows as links. */
    int bareUrls;
    int strong;
    /** Twice the italic spans: each run of {@code *} or {@code _} that closes one an earlier run opened counts 2. */
    int emphasis;
    /** Strong or emphasis delimiters that cannot open or close (for example {@code ** text**}). */
    int strayDelimiters;
    int openBrackets;
    int closeBrackets;
    /** {@code ] (}: a link broken by a space between its text and its destination. */
    int spacedLinks;
    /** Inline links whose {@code [} and {@code ](…)} are both in this half: links that render. */
    int completeLinks;
    /** Destinations written right after a {@code ]}, whether or not the {@code [} is in this half. */
    int destinations;
    /** {@code ](} followed by an address that no {@code )} closes ({@code ](https://…} to the end). */
    int unclosedDestinations;
    /** Would-be link addresses closed by their ')' that make no link (a space in them, or text after them): shown as text. */
    int spacedDestinations;
    /** Would-be links closed by their ')' whose title does not end where the link does (a quote inside its quotes): text. */
    int brokenTitles;
    /** Inline links with no text ({@code [](url)}, not an image): nothing a reader can see or click. */
    int emptyLinks;
    /** Bracketed text that is no link ({@code [匯入]}): how Chinese, Japanese and Korean translations mark a UI label. */
    int labels;
    /** How a reference link's label is kept among {@link #links}: {@code ref:label}, in lower case. */
    private static final String REF = "ref:";
    /** The texts of brackets followed by no address ({@code [3]}), in lower case: links where a definition names them. */
    private List<String> shortcuts = List.of();
    /** Text in CJK quotation marks ({@code “新建”}, {@code 「新建」}): how Chinese translations often mark a UI label too. */
    int quoted;
    /** Runs of {@code *} and of {@code _} that may still close italic text. */
    private final int[] openEmphasis = new int[2];
    /** Runs of {@code **} that may still close bold text, and runs that can neither open nor close it. */
    private int openStrong;
    private int unpairedStrong;
    /** Escaped asterisks ({@code \*}), which a reader sees as asterisks: a translation tool's {@code \*\*\*\*} for lost bold. */
    int escapedStars;
    private int depth;
    /** Bracket levels tracked for links inside links; deeper ones are read as before. */
    private static final int NESTING = 32;
    /** For each open bracket level: whether a link closed inside it (then it makes no link itself), and whether it is an image's. */
    private final boolean[] holdsLink = new boolean[NESTING];
    private final boolean[] image = new boolean[NESTING];
    /** The level the ']' being read closes (0: none tracked). */
    private int closing;
    /** Links written inside another link's text ({@code [a [b](u2) c](u1)}): CommonMark keeps the inner, the outer is text. */
    int nestedLinks;
    int backticksUnclosed;
    final Set<String> numbers = new TreeSet<>();
    /** For a number read with a scale ("30 million"), its digits as written ("30"), which a translation may keep. */
    final Map<String, String> unscaled = new HashMap<>();
    /**
     * For a number read as a part of a longer one (the 1 of "8.1", the 5 of "2.5", each part of "5.7.708"), the first
     * such number as written: how a finding names it. Made on the first.
     */
    private Map<String, String> partOf = Map.of();
    /** Times of day ("6 PM", "18:00"); most halves have none, so the list is made on the first. */
    private List<ClockTime> times = List.of();
    private final StringBuilder prose = new StringBuilder();
    private String proseText;

    /**
     * The ASCII characters {@link #read} takes into the prose as they are: all but the markup
     * ({@code \\ ` & < [ ] * _}), the digits, and {@code h} and {@code w}, which may begin a URL.
     */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        java.util.Arrays.fill(PLAIN, true);
        for (char c : "\\`&<[]*_hHwW0123456789".toCharArray()) PLAIN[c] = false;
    }

    private InlineFacts() {
    }

    static InlineFacts of(String half) {
        InlineFacts f = new InlineFacts();
        f.read(half);
        f.proseText = f.prose.toString();
        f.quoted = InlineSyntax.enclosed(f.proseText, '\u201C', '\u201D') + InlineSyntax.enclosed(f.proseText, '\u300C', '\u300D');
        return f;
    }

    /** Whether this half may write a reference link ({@code [text][label]}, or a bracketed {@code [label]}). */
    boolean hasReferences() {
        if (!shortcuts.isEmpty()) return true;
        for (String l : links) {
            if (l.startsWith(REF)) return true;
        }
        return false;
    }

    /**
     * Keeps the references whose label {@code labels} (lower case) defines, as CommonMark links them: a full one
     * ({@code [1][3]}) without a {@code [3]: …} line is text, and a bracketed label ({@code [3]}) with one is a link.
     */
    void keepDefinedReferences(Set<String> labels) {
        links.removeIf(l -> l.startsWith(REF) && !labels.contains(l.substring(REF.length())));
        for (String label : shortcuts) {
            if (labels.contains(label)) links.add(REF + label);
        }
    }

    /** The times of day written in this half, in order. */
    List<ClockTime> times() {
        return times;
    }

    /** The text a translator would translate: no code, URLs, link targets, tags or entities. */
    String prose() {
        return proseText;
    }


    private void read(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                if (s.charAt(i + 1) == '*') escapedStars++;
                prose.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                i = codeSpan(s, i);
            } else if (c == '&') {
                i = entity(s, i);
            } else if (c == '<') {
                i = tag(s, i);
            } else if (c == '[') {
                openBrackets++;
                depth++;
                if (depth < NESTING) {
                    holdsLink[depth] = false;
                    image[depth] = i > 0 && s.charAt(i - 1) == '!';
                }
                prose.append(' ');
                i++;
            } else if (c == ']') {
                closeBrackets++;
                boolean matched = depth > 0;
                closing = matched && depth < NESTING ? depth : 0;
                if (matched) depth--;
                i = afterBracket(s, i + 1, matched);
            } else if (c == '*' || c == '_') {
                i = delimiterRun(s, i, c);
            } else if (isPlain(c)) {
                // a run of text that holds no markup, URL or number: prose as it stands
                int end = i + 1;
                while (end < n && isPlain(s.charAt(end))) end++;
                prose.append(s, i, end);
                i = end;
            } else if (startsUrl(s, i)) {
                i = bareUrl(s, i);
            } else {
                if ((Character.isDigit(c) || Character.isHighSurrogate(c)) && i > 0 && joinsDigits(s.codePointBefore(i))
                        && !NumberSyntax.afterCurrencyCode(s, i)) {
                    // digits inside a name (B2B, A1, IE11) are part of the word, not a number
                    int j = i;
                    while (j < s.length() && Character.isLetterOrDigit(s.codePointAt(j))) j += Character.charCount(s.codePointAt(j));
                    // j == i: a character outside the BMP that is no letter or digit ("x😀"), read on as text
                    if (j > i) {
                        prose.append(s, i, j);
                        // and a fraction of zeros after it (v1.0), as after a number
                        i = Character.isDigit(s.charAt(j - 1)) ? NumberSyntax.afterZeroFraction(s, j) : j;
                        continue;
                    }
                }
                if (Character.isDigit(c) || Character.isHighSurrogate(c)) {
                    int end = number(s, i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                prose.append(c);
                i++;
            }
        }
    }

    /**
     * Whether digits right after the letter {@code cp} belong to its word (B2B, IE11, Win32): in
     * scripts written with spaces between words. Elsewhere a number follows a letter as a word
     * does: with no space in Japanese and Chinese (既定値は20です), after a one-letter prefix in
     * Hebrew and Arabic (ב2020, و64), after a particle in Korean (제2장).
     */
    private static boolean joinsDigits(int cp) {
        if (cp < 0x80) return Character.isLetter(cp);
        if (!Character.isLetter(cp)) return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.ARMENIAN
                || script == Character.UnicodeScript.GEORGIAN;
    }

    private int codeSpan(String s, int i) {
        int run = i;
        while (run < s.length() && s.charAt(run) == '`') run++;
        int len = run - i;
        int close = run;
        while (true) {
            close = s.indexOf('`', close);
            if (close < 0) {
                backticksUnclosed++;
                return run;
            }
            int closeEnd = close;
            while (closeEnd < s.length() && s.charAt(closeEnd) == '`') closeEnd++;
            if (closeEnd - close == len) {
                codeSpans++;
                collectNumbers(s, run, close);
                prose.append(' ');
                return closeEnd;
            }
            close = closeEnd;
        }
    }

    private int entity(String s, int i) {
        int semi = s.indexOf(';', i);
        if (semi > i + 1 && semi - i <= 32) {
            String name = s.substring(i + 1, semi);
            if (InlineSyntax.isEntityName(name)) {
                prose.append(' ');
                return semi + 1;
            }
        }
        prose.append('&');
        return i + 1;
    }

    private int tag(String s, int i) {
        int close = s.indexOf('>', i);
        if (close < 0) {
            prose.append('<');
            return i + 1;
        }
        String inner = s.substring(i + 1, close);
        if (InlineSyntax.isAutolink(inner)) {
            links.add(InlineSyntax.normalizeTarget(inner));
            return close + 1;
        }
        if (InlineSyntax.isTag(inner)) {
            String target = inner.regionMatches(true, 0, "a ", 0, 2) ? InlineSyntax.hrefValue(inner) : null;
            if (target != null) links.add(InlineSyntax.normalizeTarget(target));
            prose.append(' ');
            return close + 1;
        }
        // tag-like text such as <user principal name> is prose, kept for translation
        prose.append('<');
        return i + 1;
    }

    /** After {@code ]}: an inline destination, a reference label, or a {@code ] (} break. */
    private int afterBracket(String s, int i, boolean matched) {
        int n = s.length();
        if (i < n && s.charAt(i) == '(') {
            int end = dev.tolk.parse.LinkDestination.end(s, i + 1);
            if (end <= 0) {
                // no ')' at all after an address, or one after what CommonMark takes for no address ('(overview or assign.md)')
                if (dev.tolk.parse.LinkDestination.closingParenthesis(s, i + 1) < 0) {
                    if (InlineSyntax.startsDestination(s, i + 1)) unclosedDestinations++;
                } else if (dev.tolk.parse.LinkDestination.brokenTitle(s, i + 1)) {
                    brokenTitles++;
                } else {
                    spacedDestinations++;
                }
            } else if (closing > 0 && holdsLink[closing]) {
                nestedLinks++; // the outer brackets of a link in a link: text, with its address shown
                prose.append(' ');
                return end;
            } else {
                if (closing > 1 && !image[closing]) holdsLink[closing - 1] = true;
                String dest = InlineSyntax.firstToken(s.substring(i + 1, end - 1));
                if (dest.startsWith("<") && dest.endsWith(">")) dest = dest.substring(1, dest.length() - 1);
                links.add(InlineSyntax.normalizeTarget(dest));
                destinations++;
                if (matched) completeLinks++;
                // an xref link with no text shows its target's title, as DocFX fills it in: not empty
                if (matched && InlineSyntax.emptyLinkText(s, i - 1) && !dest.regionMatches(true, 0, "xref:", 0, 5)) emptyLinks++;
                return end;
            }
        } else if (i < n && s.charAt(i) == '[') {
            int close = s.indexOf(']', i + 1);
            if (close > i + 1 && s.indexOf('[', i + 1) > close || close > i + 1 && s.indexOf('[', i + 1) < 0) {
                openBrackets++;
                closeBrackets++;
                links.add(REF + s.substring(i + 1, close).strip().toLowerCase(Locale.ROOT));
                return close + 1;
            }
        } else {
            int j = i;
            while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
            if (matched && !(j > i && j < n && s.charAt(j) == '(')) {
                labels++;
                int open = s.lastIndexOf('[', i - 2);
                if (open >= 0) {
                    if (shortcuts.isEmpty()) shortcuts = new ArrayList<>(2);
                    shortcuts.add(s.substring(open + 1, i - 1).strip().toLowerCase(Locale.ROOT));
                }
            }
            if (j > i && j < n && s.charAt(j) == '(' && InlineSyntax.startsDestination(s, j + 1)) {
                spacedLinks++;
                int end = dev.tolk.parse.LinkDestination.end(s, j + 1);
                if (end <= 0) unclosedDestinations++;
                if (end > 0) links.add(InlineSyntax.normalizeTarget(InlineSyntax.firstToken(s.substring(j + 1, end - 1)))); // named, if broken
            }
        }
        prose.append(' ');
        return i;
    }

    private int delimiterRun(String s, int i, char c) {
        int end = i;
        while (end < s.length() && s.charAt(end) == c) end++;
        int len = end - i;
        int before = i > 0 ? s.codePointBefore(i) : ' ';
        int after = end < s.length() ? s.codePointAt(end) : ' ';
        boolean spaceBefore = Character.isWhitespace(before) || i == 0;
        boolean spaceAfter = Character.isWhitespace(after) || end == s.length();
        if (c == '_' && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
            prose.append(s, i, end); // snake_case, not emphasis
            return end;
        }
        if (spaceBefore && spaceAfter) {
            if (len >= 2) strayDelimiters++;
            prose.append(' ');
            return end;
        }
        if (len >= 2) strong += len / 2;
        if (len % 2 == 1) pairEmphasis(s, i, end, c);
        if (len >= 2 && c == '*') pairStrong(s, i, end);
        prose.append(' ');
        return end;
    }

    /**
     * Pairs a run of {@code **} as CommonMark does: it opens bold text only when left-flanking (not followed by a
     * space, and not followed by punctuation unless a space or punctuation is before it), closes it only when
     * right-flanking (the mirror). A run that can do neither, or an opener never closed, is text a reader sees as
     * asterisks: {@code možnost** Návrh **a}, or {@code 至**「方案 2」**授}, where Chinese punctuation inside the bold
     * keeps it from opening.
     */
    private void pairStrong(String s, int from, int to) {
        DelimiterRun run = DelimiterRun.at(s, from, to);
        if (run.canClose('*') && openStrong > 0) openStrong--;
        else if (run.canOpen('*')) openStrong++;
        else unpairedStrong++;
    }

    /**
     * Pairs a run of an odd number of {@code *} or {@code _} as CommonMark does: it closes an italic span an earlier run
     * of the same character opened when it can close ({@link DelimiterRun#canClose}), else opens one when it can. A
     * run that can do neither ({@code TableOp_[Schema]}: an underscore inside a name), or an opener never closed, makes
     * no italic text, and is not counted as one.
     */
    private void pairEmphasis(String s, int from, int to, char c) {
        DelimiterRun run = DelimiterRun.at(s, from, to);
        int k = c == '*' ? 0 : 1;
        if (run.canClose(c) && openEmphasis[k] > 0) {
            openEmphasis[k]--;
            emphasis += 2;
        } else if (run.canOpen(c)) {
            openEmphasis[k]++;
        }
    }

    /** Runs of {@code **} that open or close no bold text (see {@link #pairStrong}), openers left open included. */
    int unpairedStrong() {
        return unpairedStrong + openStrong;
    }



    /** Whether {@link #read} takes {@code c} into the prose as it is: no markup, no start of a URL or a number. */
    private static boolean isPlain(char c) {
        return c < PLAIN.length ? PLAIN[c] : !Character.isDigit(c) && !Character.isHighSurrogate(c);
    }

    private static boolean startsUrl(String s, int i) {
        char c = s.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') return false;
        // the second letter first: most words that begin with h or w are no URL
        char second = i + 1 < s.length() ? (char) (s.charAt(i + 1) | 0x20) : ' ';
        if (second != ((c | 0x20) == 'h' ? 't' : 'w')) return false;
        int host = s.regionMatches(true, i, "http://", 0, 7) ? i + 7 : s.regionMatches(true, i, "https://", 0, 8) ? i + 8
                : s.regionMatches(true, i, "www.", 0, 4) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) ? i + 4 : -1;
        // a domain begins with a letter or digit, or it is no link (GFM's autolinks): http://&lt*server*> shows its emphasis
        return host > 0 && host < s.length() && Character.isLetterOrDigit(s.charAt(host));
    }

    /**
     * After a bare URL: at a space, {@code <}, {@code )}, {@code ]} or {@code *}, or at the first letter of a script written
     * without spaces (Chinese, Japanese, Korean, Thai), which a translation glues to the URL
     * ({@code https://protection.office.comに移動して}: the sentence after it was no URL, and no empty translation).
     */
    private int bareUrl(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            // an asterisk ends it: Tolk's pages make no link of a bare address, so '**' after one opens or closes bold text
            // as anywhere (**http://example.org/a**, **http://example.org/a**et)
            if (Character.isWhitespace(c) || c == '<' || c == ')' || c == ']' || c == '*' || c >= 0x2E80 || c >= 0x0E00 && c <= 0x0EFF) {
                break;
            }
            j++;
        }
        // nor is trailing punctuation part of it, as GFM's autolinks have it
        while (j > i && URL_TRAILERS.indexOf(s.charAt(j - 1)) >= 0) j--;
        bareUrls++;
        prose.append(' ');
        return j;
    }

    /** What GFM leaves out of the end of an autolink. */
    private static final String URL_TRAILERS = "?!.,:_~";

    private void collectNumbers(String s, int from, int to) {
        int i = from;
        while (i < to) {
            int end = Character.isDigit(s.codePointAt(i)) ? number(s, i) : i;
            i = end > i ? end : i + Character.charCount(s.codePointAt(i));
        }
    }

    /**
     * Reads a number at {@code i} in any script's decimal digits; group separators (a comma, dot,
     * apostrophe or no-break space followed by exactly three digits) are dropped, so {@code 1,000},
     * {@code 1.000} and {@code ١٬٠٠٠} read alike. Returns the index after it, or {@code i}.
     */
    private int number(String s, int i) {
        int hex = NumberSyntax.hexEnd(s, i);
        if (hex > 0) { // an error code (0x8004de40): one number, in any letter case, every digit of it compared
            numbers.add("0x" + s.substring(i + 2, hex).toLowerCase(Locale.ROOT));
            prose.append(' ');
            return hex;
        }
        StringBuilder digits = new StringBuilder();
        // in a dotted sequence (5.7.708, 10.0.0.1) every part is a number of its own
        boolean dotted = i >= 2 && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == ',') && Character.isDigit(s.charAt(i - 2))
                || NumberSyntax.dottedAhead(s, i);
        int j = i;
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            if (Character.isDigit(cp)) {
                digits.append((char) ('0' + Character.digit(cp, 10)));
                j += Character.charCount(cp);
            } else if (!dotted && digits.length() > 0 && !(digits.length() == 1 && digits.charAt(0) == '0') // no group after a lone 0: "(0,255,255)"
                    && NumberSyntax.isGroupSeparator(cp) && NumberSyntax.threeDigitsAt(s, j + Character.charCount(cp))) {
                j += Character.charCount(cp);
            } else {
                break;
            }
        }
        if (digits.length() == 0) return i;
        int integerEnd = j;
        if (!dotted) j = NumberSyntax.afterZeroFraction(s, j); // 2000.00 is 2000, as a translation may write it
        int written = digits.length();
        if (digits.length() == 2 && digits.charAt(0) == '0') digits.deleteCharAt(0); // 03:00 is 3 AM
        String bare = digits.toString();
        long[] compound = j == integerEnd && !dotted ? NumberSyntax.cjkCompound(s, i) : null;
        if (compound != null) { // 2천5백만, 1억 2천만, 1万5千: a number in units
            digits.setLength(0);
            digits.append(compound[0]);
            j = (int) compound[1];
        } else {
            j = NumberSyntax.scaled(s, j, digits);
        }
        if (digits.length() > bare.length()) unscaled.put(digits.toString(), bare);
        if (InlineSyntax.ordinalAt(s, j)) {
            prose.append(' ');
            return j; // "3rd party", "Nov 30th": translations write ordinals and dates their own way
        }
        if (written <= 2 && !dotted && digits.length() == bare.length()) {
            ClockTime.at(s, i, integerEnd, Integer.parseInt(bare)).ifPresent(this::addTime);
        }
        numbers.add(digits.toString());
        notePart(s, i, integerEnd, digits.toString());
        prose.append(' ');
        return j;
    }

    /** Notes the number {@code s[i, end)}, read as {@code number}, as a part of the longer one it is in, if any. */
    private void notePart(String s, int i, int end, String number) {
        int from = i;
        while (from >= 2 && (s.charAt(from - 1) == '.' || s.charAt(from - 1) == ',') && Character.isDigit(s.charAt(from - 2))) {
            from -= 2;
            while (from > 0 && Character.isDigit(s.charAt(from - 1))) from--;
        }
        int to = end;
        while (to + 1 < s.length() && (s.charAt(to) == '.' || s.charAt(to) == ',') && Character.isDigit(s.charAt(to + 1))) {
            to += 2;
            while (to < s.length() && Character.isDigit(s.charAt(to))) to++;
        }
        if (from == i && to == end) return;
        if (partOf.isEmpty()) partOf = new HashMap<>(2);
        partOf.putIfAbsent(number, s.substring(from, to));
    }

    /**
     * {@code numbers} (some of this half's) as a finding names them, in order: a part of a longer number with it
     * ("1 (of 8.1)", "5, 7 (of 5.7.708)"), and a longer number whose every part is among them by itself ("5.7.708").
     */
    List<String> named(java.util.Collection<String> numbers) {
        Map<String, List<String>> byWhole = new java.util.LinkedHashMap<>();
        for (String n : numbers) byWhole.computeIfAbsent(partOf.getOrDefault(n, ""), w -> new ArrayList<>()).add(n);
        List<String> out = new ArrayList<>();
        byWhole.forEach((whole, parts) -> {
            if (whole.isEmpty()) out.addAll(parts);
            else if (parts.size() == whole.split("[.,]").length) out.add(whole);
            else out.add(String.join(", ", parts) + " (of " + whole + ")");
        });
        return out;
    }

    private void addTime(ClockTime time) {
        if (times.isEmpty()) times = new ArrayList<>(2);
        times.add(time);
    }
}
