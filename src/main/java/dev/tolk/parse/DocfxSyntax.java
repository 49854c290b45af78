package dev.tolk.parse;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How DocFX's Markdown extensions are written, shared by the renderer (which turns them into
 * HTML) and the rules (which report them when malformed), so the two never disagree:
 * {@code [!INCLUDE[title](path)]}, the {@code :::name attribute="value":::} directives,
 * {@code [!code-lang[name](path)]} references, tab headings {@code # [Label](#tab/id)} and
 * {@code [!div class="…"]}.
 */
public final class DocfxSyntax {
    private static final String INCLUDE = "\\[!include\\s*\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)\\s*\\]";
    /** An include anywhere in a line: group 2 is the path. */
    public static final Pattern INCLUDE_ANY = Pattern.compile(INCLUDE, Pattern.CASE_INSENSITIVE);
    /** A line that holds only includes. */
    public static final Pattern INCLUDE_LINE = Pattern.compile("(?:" + INCLUDE + "\\s*)+", Pattern.CASE_INSENSITIVE);
    /** A {@code :::name …:::} line: group 1 the name, group 2 the attributes. */
    public static final Pattern TRIPLE = Pattern.compile(":::\\s*([A-Za-z][A-Za-z0-9-]*)(.*?)(?::::)?\\s*");
    /**
     * {@code [!code-lang[name](target)]}: group 1 the language, 3 the target. Its query may hold spaces
     * ({@code ?name=x& highlight=2}, {@code ?range=1-2,4, 7}), which DocFX's CodeSnippetParser reads past.
     */
    public static final Pattern CODE_REF = Pattern.compile(
            "\\[!code(?:-([A-Za-z0-9+#.-]+))?\\s*\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>?]+(?:\\?[^)\">]*)?)>?(?:\\s+\"[^\"]*\")?\\s*\\)\\s*\\]\\s*",
            Pattern.CASE_INSENSITIVE);
    /**
     * A tab heading: group 1 the hashes, 2 the label, 3 the tab id. Localized articles put the
     * heading's anchor before the link ({@code # <a name="bash"></a>[Bash](#tab/bash)}): DocFX
     * takes such an anchor off a heading (its HeadingIdRewriter) before it looks for tabs.
     */
    public static final Pattern TAB = Pattern.compile(
            "(#{1,6})\\s+(?:<a\\s+(?:name|id)\\s*=\\s*\"[^\"]*\"\\s*>\\s*</a>\\s*)*\\[(.*)\\]\\(#tab/([^)\\s]+)\\)\\s*#*\\s*");
    /** {@code [!div class="…"]} (in a block quote): group 1 the classes. */
    public static final Pattern DIV = Pattern.compile("\\[!div\\s+class\\s*=\\s*[\"']([^\"']*)[\"']\\s*\\]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("(\\d+(-\\d*)?|-\\d+)(\\s*,\\s*(\\d+(-\\d*)?|-\\d+))*");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /** The containers and the name that closes each. */
    public static final Map<String, String> CONTAINERS = Map.of("row", "row-end", "column", "column-end", "zone", "zone-end",
            "moniker", "moniker-end");
    /** The directives with no end of their own. */
    public static final Set<String> SINGLE = Set.of("image", "image-end", "code");
    /** The {@code [!div]} classes Microsoft Learn styles and Tolk's theme knows; others are dropped. */
    public static final Set<String> DIV_CLASSES = Set.of("mx-imgBorder", "nextstepaction", "checklist", "op_single_selector",
            "op_multi_selector", "step-by-step", "button", "mx-tdBreakAll", "mx-tdCol2BreakAll", "mx-tableFixed");

    private DocfxSyntax() {
    }

    /** The attributes of a directive, names in lower case, first one of a name wins. */
    public static Map<String, String> attributes(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
        return out;
    }

    /** Where a line's content starts after its block-quote markers and indentation. */
    public static int prefixEnd(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '>')) i++;
        return i;
    }

    /** How an inline non-localized string opens and closes, {@code :::no-loc text="Cloud Shell":::} (DocFX's NolocParser). */
    private static final String NO_LOC_OPEN = ":::no-loc text=\"";
    private static final String NO_LOC_CLOSE = "\":::";

    /**
     * {@code line} with each inline {@code :::no-loc text="…":::} (outside code spans) replaced
     * by its text, every ASCII punctuation character escaped so that Markdown shows it as
     * written: DocFX renders the text alone, as it stands. {@code line} itself when it has none.
     */
    public static String noLocAsText(String line) {
        int at = indexOfIgnoreCase(line, NO_LOC_OPEN, 0);
        if (at < 0) return line;
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') { // a code span is copied as it is
                int run = i;
                while (run < line.length() && line.charAt(run) == '`') run++;
                int close = closingRun(line, run, run - i);
                int end = close < 0 ? run : close;
                out.append(line, i, end);
                i = end;
                continue;
            }
            if (c == ':' && line.regionMatches(true, i, NO_LOC_OPEN, 0, NO_LOC_OPEN.length())) {
                int textStart = i + NO_LOC_OPEN.length();
                int quote = line.indexOf('"', textStart);
                if (quote >= 0 && line.startsWith(NO_LOC_CLOSE, quote)) {
                    for (int k = textStart; k < quote; k++) {
                        char t = line.charAt(k);
                        if (t < 0x80 && !Character.isLetterOrDigit(t) && t != ' ') out.append('\\');
                        out.append(t);
                    }
                    i = quote + NO_LOC_CLOSE.length();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Where a run of exactly {@code length} backticks that closes a code span starts its end, from {@code from}; -1 if none. */
    private static int closingRun(String line, int from, int length) {
        int i = line.indexOf('`', from);
        while (i >= 0) {
            int run = i;
            while (run < line.length() && line.charAt(run) == '`') run++;
            if (run - i == length) return run;
            i = line.indexOf('`', run);
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = s.indexOf(':', from); i >= 0; i = s.indexOf(':', i + 1)) {
            if (s.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }

    /**
     * Whether {@code markdown} may hold a DocFX extension this class describes (not an alert:
     * {@code [!NOTE]} is common and needs none of this): the cheap test that keeps plain articles
     * on the plain path.
     */
    public static boolean mayHold(String markdown) {
        if (markdown.contains(":::") || markdown.contains("#tab/")) return true;
        for (int i = markdown.indexOf("[!"); i >= 0; i = markdown.indexOf("[!", i + 2)) {
            if (markdown.regionMatches(true, i + 2, "include", 0, 7) || markdown.regionMatches(true, i + 2, "code", 0, 4)
                    || markdown.regionMatches(true, i + 2, "div", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line's content opens or closes a fenced code block, and with which fence ({@code ```}, {@code ~~~}); else null. */
    public static String fence(String content) {
        if (!(content.startsWith("```") || content.startsWith("~~~"))) return null;
        int run = 0;
        while (run < content.length() && content.charAt(run) == content.charAt(0)) run++;
        // a backtick fence's info string holds no backtick: ```<Button Name="Save">``` is a code span in a paragraph
        if (content.charAt(0) == '`' && content.indexOf('`', run) >= 0) return null;
        return content.substring(0, run);
    }

    /** Whether a range ({@code 1-3,5,8-}) is written as DocFX reads one. */
    public static boolean validRange(String range) {
        return RANGE.matcher(range.strip()).matches();
    }

    private static final Pattern LINE_RANGE = Pattern.compile("L(\\d+)(?:-L(\\d+))?");

    /**
     * A {@code [!code-lang[name](path#id?range=…&highlight=…)]} reference as {@code :::code}
     * attributes: the fragment names a snippet (or {@code L3-L9} lines), the query a range, a
     * highlight or a name.
     */
    public static java.util.Map<String, String> codeReference(String language, String target) {
        java.util.Map<String, String> a = new java.util.LinkedHashMap<>();
        if (language != null) a.put("language", language);
        String path = target;
        int hash = path.indexOf('#');
        String fragment = null;
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int q = path.indexOf('?');
        if (q >= 0) {
            for (String kv : path.substring(q + 1).replaceAll("\\s+", "").split("&")) {
                int eq = kv.indexOf('=');
                if (eq <= 0) continue;
                String k = kv.substring(0, eq).toLowerCase(java.util.Locale.ROOT);
                String v = kv.substring(eq + 1);
                if (k.equals("name")) k = "id";
                if (k.equals("range") || k.equals("highlight") || k.equals("id")) a.put(k, v);
            }
            path = path.substring(0, q);
        }
        if (fragment != null && !fragment.isEmpty()) {
            java.util.regex.Matcher lines = LINE_RANGE.matcher(fragment);
            if (lines.matches()) a.put("range", lines.group(1) + (lines.group(2) == null ? "" : "-" + lines.group(2)));
            else a.put("id", fragment);
        }
        a.put("source", path);
        return a;
    }
}
