package dev.tolk.validate;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules about files as files: {@code content/invalid-filename} (spaces, invisible or
 * non-ASCII characters in a path, which break URLs and tools) and {@code content/encoding}
 * (U+FFFD, zero-width and bidi control characters hidden in the text). Right-to-left locales
 * use the directional marks LRM, RLM and ALM on purpose, and embed and isolate runs; there only
 * overrides, and left-to-right embeddings or isolates left open at the end of their line, are reported. Zero-width joiners are spelling in several scripts and never reported.
 */
public final class ContentRules {
    /** At most this many encoding findings per file; the last one says how many more there are. */
    static final int MAX_PER_FILE = 10;

    /** Problems with a file name, described, or an empty list. */
    public static List<String> fileNameProblems(String relativePath) {
        if (plain(relativePath)) return List.of();
        List<String> problems = new ArrayList<>();
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        if (name.indexOf(' ') >= 0 || relativePath.indexOf(' ') >= 0) problems.add("a space");
        relativePath.codePoints().filter(cp -> cp > 0x7E || cp < 0x20).distinct().forEach(cp -> {
            String what = invisible(cp) ? "the invisible character " : "the non-ASCII character ";
            problems.add(what + codePoint(cp));
        });
        return problems;
    }

    /** Printable ASCII without spaces: nothing to say about the name (most names, checked on every build). */
    private static boolean plain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c > 0x7E) return false;
        }
        return true;
    }

    public static void checkFileName(String relativePath, FileReporter reporter) {
        List<String> problems = fileNameProblems(relativePath);
        if (problems.isEmpty()) return;
        reporter.reportAt(Rule.CONTENT_INVALID_FILENAME, 1, 1,
                "file name '" + relativePath + "' has " + String.join(", ", problems) + "; use lower-case ASCII letters, digits and '-'");
    }

    /** Reports hidden characters in {@code text} from {@code from} on. */
    public static void checkText(String text, int from, boolean rtl, FileReporter reporter) {
        int found = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != 0x061C && (c < 0x200B || c > 0x206F && c != 0xFEFF && c != 0xFFFD)) continue;
            String what = describe(text, i, rtl);
            if (what == null) continue;
            found++;
            if (found < MAX_PER_FILE) {
                reporter.report(Rule.CONTENT_ENCODING, i, i + 1, what + " inside the text");
            } else if (found == MAX_PER_FILE) {
                int rest = countRest(text, i, rtl);
                reporter.report(Rule.CONTENT_ENCODING, i, i + 1, what + " inside the text"
                        + (rest > 1 ? " (and " + (rest - 1) + " more hidden characters in this file)" : ""));
                return;
            }
        }
    }

    /**
     * In a right-to-left locale's file, directional marks are expected around Latin runs of the
     * translation, and were let through above; in the English lookup halves they are a defect
     * (pasted from the translation, or added by a tool): each half is judged by its own language.
     */
    public static void checkEnglishHalves(dev.tolk.model.Article article, FileReporter reporter) {
        String text = article.text();
        int found = 0;
        for (dev.tolk.model.TranslationUnit u : article.units()) {
            if (u.sourceStart() < 0) continue;
            for (int i = u.sourceStart(); i < u.sourceEnd() && i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != '\u200E' && c != '\u200F' && c != '\u061C') continue;
                if (++found > MAX_PER_FILE) return;
                reporter.report(Rule.CONTENT_ENCODING, i, i + 1, describe(text, i, false) + " inside the English half of unit "
                        + u.id() + " (English needs no directional marks)");
            }
        }
    }

    private static int countRest(String text, int from, boolean rtl) {
        int n = 0;
        for (int i = from; i < text.length(); i++) {
            if (describe(text, i, rtl) != null) n++;
        }
        return n;
    }

    /**
     * What the hidden character at {@code i} is, or null when it is none to report. In a
     * right-to-left locale, translation tools embed and isolate runs on purpose: a right-to-left
     * embedding or isolate (the text's own direction), a left-to-right or first-strong one closed
     * on its line, and a closing control (which changes nothing on its own) are not reported; an
     * override, or a left-to-right opening never closed on its line, is.
     */
    private static String describe(String text, int i, boolean rtl) {
        char c = text.charAt(i);
        if (rtl) {
            switch (c) {
                case '\u202C', '\u2069', '\u202B', '\u2067' -> {
                    return null;
                }
                case '\u202A', '\u2066', '\u2068' -> {
                    if (closedOnItsLine(text, i)) return null;
                }
                default -> {
                }
            }
        }
        return switch (c) {
            case '\uFFFD' -> "U+FFFD REPLACEMENT CHARACTER (a character lost in a conversion)";
            case '\u200B' -> "U+200B ZERO WIDTH SPACE";
            case '\u2060' -> "U+2060 WORD JOINER";
            case '\uFEFF' -> "U+FEFF ZERO WIDTH NO-BREAK SPACE (a byte-order mark)";
            case '\u200E' -> rtl ? null : "U+200E LEFT-TO-RIGHT MARK";
            case '\u200F' -> rtl ? null : "U+200F RIGHT-TO-LEFT MARK";
            case '\u061C' -> rtl ? null : "U+061C ARABIC LETTER MARK";
            case '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069' ->
                    codePoint(c) + " bidirectional control (it can reorder what readers see)";
            default -> null;
        };
    }

    /** Whether the embedding (LRE, RLE) or isolate (LRI, RLI, FSI) at {@code open} is closed (PDF, PDI) before its line ends. */
    private static boolean closedOnItsLine(String text, int open) {
        boolean isolate = text.charAt(open) >= '\u2066';
        int depth = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return false;
            if (isolate ? c >= '\u2066' && c <= '\u2068' : c == '\u202A' || c == '\u202B' || c == '\u202D' || c == '\u202E') {
                depth++;
            } else if (c == (isolate ? '\u2069' : '\u202C') && depth-- == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.SPACE_SEPARATOR
                || cp == 0xFEFF;
    }

    private static String codePoint(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name);
    }
}
