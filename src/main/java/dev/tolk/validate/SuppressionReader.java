package dev.tolk.validate;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.diag.Suppressions;
import dev.tolk.model.Article;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a file's suppressions: front matter {@code tolk-disable: [rule, …]} for the whole file,
 * {@code <!-- tolk-disable-next-line rule … -->} for the next non-blank line and
 * {@code <!-- tolk-disable-line rule … -->} for its own line (no rule named: every rule). A rule
 * id that does not exist is reported as {@code suppression/unknown-rule}, since a typo there
 * would silently switch nothing off.
 */
final class SuppressionReader {
    private static final Pattern COMMENT =
            Pattern.compile("<!--\\s*tolk-disable-(next-line|line)\\b([^>]*?)\\s*-->");

    Suppressions read(Article article, FileReporter reporter) {
        Set<String> fileRules = new LinkedHashSet<>();
        Object declared = article.frontMatter().values().get("tolk-disable");
        if (declared != null) {
            int at = new FrontMatterLines(article.text(), article.bodyStart()).keyOffset("tolk-disable");
            for (String id : article.frontMatter().strings("tolk-disable")) {
                for (String part : id.split("[,\\s]+")) {
                    int where = article.text().indexOf(part, at);
                    if (where < 0 || where >= article.bodyStart()) where = at;
                    if (!part.isEmpty() && known(part, where, reporter)) fileRules.add(part);
                }
            }
        }
        Map<Integer, Set<String>> lineRules = new HashMap<>();
        String text = article.text();
        if (text.indexOf("tolk-disable-", article.bodyStart()) >= 0) {
            Matcher m = COMMENT.matcher(text);
            m.region(article.bodyStart(), text.length());
            while (m.find()) {
                Set<String> rules = new LinkedHashSet<>();
                for (String part : m.group(2).strip().split("[,\\s]+")) {
                    if (!part.isEmpty() && known(part, text.indexOf(part, m.start(2)), reporter)) rules.add(part);
                }
                if (rules.isEmpty() && !m.group(2).isBlank()) continue; // only unknown ids: nothing switched off
                int target = m.group(1).equals("line") ? reporter.lines().line(m.start()) : nextNonBlankLine(text, m.end(), reporter);
                lineRules.merge(target, rules, (a, b) -> {
                    Set<String> merged = new LinkedHashSet<>(a);
                    if (a.isEmpty() || b.isEmpty()) return Set.of();
                    merged.addAll(b);
                    return merged;
                });
            }
        }
        if (fileRules.isEmpty() && lineRules.isEmpty()) return Suppressions.NONE;
        return new Suppressions(Set.copyOf(fileRules), Map.copyOf(lineRules));
    }

    private static boolean known(String id, int at, FileReporter reporter) {
        if (Rule.byId(id).isPresent()) return true;
        if (id.endsWith("/*") && List.of(Rule.values()).stream().anyMatch(r -> r.id().startsWith(id.substring(0, id.length() - 1)))) {
            return true;
        }
        reporter.report(Rule.SUPPRESSION_UNKNOWN_RULE, at, at + id.length(), "unknown rule '" + id + "' in a suppression; nothing is switched off for it");
        return false;
    }

    private static int nextNonBlankLine(String text, int from, FileReporter reporter) {
        int nl = text.indexOf('\n', from);
        while (nl >= 0 && nl + 1 < text.length()) {
            int next = text.indexOf('\n', nl + 1);
            int end = next < 0 ? text.length() : next;
            if (!text.substring(nl + 1, end).isBlank()) return reporter.lines().line(nl + 1);
            nl = next;
        }
        return reporter.lines().line(text.length());
    }
}
