package dev.tolk.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a code file that a DocFX code directive shows: a snippet by {@code id} (the lines
 * between {@code <id>} and {@code </id>} tags in comments, or {@code #region id} and its
 * {@code #endregion}), or a {@code range} ({@code 1-3,5,8-}, 1-based), and which of the shown
 * lines a {@code highlight} range marks. Snippet tag lines inside the selection are dropped, and
 * the common indentation is removed, as DocFX does.
 */
public final class CodeSnippets {
    /** The lines to show and the 1-based numbers (within them) to highlight. */
    public record Selection(List<String> lines, Set<Integer> highlighted, boolean found) {
    }

    private static final Pattern TAG_LINE = Pattern.compile(".*<\\s*/?\\s*[A-Za-z_][\\w.-]*\\s*>.*");

    private CodeSnippets() {
    }

    public static Selection select(String text, String id, String range, String highlight) {
        List<String> all = List.of(text.replace("\r\n", "\n").split("\n", -1));
        if (!all.isEmpty() && all.get(all.size() - 1).isEmpty()) all = all.subList(0, all.size() - 1);
        List<String> shown = all;
        boolean found = true;
        if (id != null && !id.isBlank()) {
            List<String> snippet = snippet(all, id.strip());
            found = snippet != null;
            shown = snippet == null ? all : snippet;
        } else if (range != null && !range.isBlank()) {
            List<String> picked = new ArrayList<>();
            for (int n : numbers(range, all.size())) picked.add(all.get(n - 1));
            shown = picked;
        }
        return new Selection(dedent(shown), highlight == null ? Set.of() : new HashSet<>(numbers(highlight, shown.size())), found);
    }

    private static List<String> snippet(List<String> lines, String id) {
        Pattern open = Pattern.compile(".*(<\\s*" + Pattern.quote(id) + "\\s*>|#\\s*region\\s+" + Pattern.quote(id) + "\\b).*",
                Pattern.CASE_INSENSITIVE);
        Pattern tagClose = Pattern.compile(".*<\\s*/\\s*" + Pattern.quote(id) + "\\s*>.*", Pattern.CASE_INSENSITIVE);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = open.matcher(lines.get(i));
            if (!m.matches()) continue;
            boolean region = m.group(1).startsWith("#");
            List<String> out = new ArrayList<>();
            int depth = 0;
            for (int j = i + 1; j < lines.size(); j++) {
                String l = lines.get(j);
                if (region) {
                    String t = l.strip();
                    if (t.matches("#\\s*region\\b.*")) depth++;
                    else if (t.matches("#\\s*endregion\\b.*")) {
                        if (depth-- == 0) return out;
                    }
                } else if (tagClose.matcher(l).matches()) {
                    return out;
                }
                if (!TAG_LINE.matcher(l).matches() || !isComment(l)) out.add(l);
            }
            return out;
        }
        return null;
    }

    private static boolean isComment(String line) {
        String t = line.strip();
        return t.startsWith("//") || t.startsWith("#") || t.startsWith("<!--") || t.startsWith("'") || t.startsWith("--")
                || t.startsWith("/*") || t.startsWith("REM ");
    }

    /** The line numbers a range names, in order, each within 1..max. */
    static List<Integer> numbers(String range, int max) {
        List<Integer> out = new ArrayList<>();
        for (String part : range.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            int dash = p.indexOf('-');
            try {
                int from = Integer.parseInt(dash < 0 ? p : dash == 0 ? "1" : p.substring(0, dash).strip());
                int to = dash < 0 ? from : dash == p.length() - 1 ? max : Integer.parseInt(p.substring(dash + 1).strip());
                for (int n = Math.max(1, from); n <= Math.min(max, to); n++) out.add(n);
            } catch (NumberFormatException e) {
                // not a number: nothing selected by this part (DocfxRules reports it)
            }
        }
        return out;
    }

    private static List<String> dedent(List<String> lines) {
        int common = Integer.MAX_VALUE;
        for (String l : lines) {
            if (l.isBlank()) continue;
            int i = 0;
            while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) i++;
            common = Math.min(common, i);
        }
        if (common == 0 || common == Integer.MAX_VALUE) return lines;
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) out.add(l.isBlank() ? "" : l.substring(Math.min(common, l.length())));
        return out;
    }
}
