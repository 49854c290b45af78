package dev.tolk.validate;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.Article;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules over a valid front-matter block: {@code frontmatter/unknown-key} (a key outside the
 * schema, with the nearest known key suggested), {@code frontmatter/missing-key} ({@code title})
 * and {@code frontmatter/locale-mismatch} ({@code ms.contentlocale} against the locale folder).
 * Blocks that are missing or not YAML are the parser's rules and are skipped here.
 */
final class FrontMatterRules {
    /**
     * The schema: the keys the real docsets use correctly, the other DocFX metadata keys of
     * Microsoft documentation, and Tolk's own.
     */
    static final Set<String> KNOWN_KEYS = Set.of(
            "title", "description", "author", "manager", "ms.author", "ms.topic", "ms.service", "ms.subservice",
            "ms.custom", "ms.audience", "ms.collection", "ms.date", "ms.assetid", "ms.prod", "ms.technology",
            "ms.reviewer", "ms.devlang", "ms.workload", "ms.localizationpriority", "localization_priority",
            "ms.openlocfilehash", "ms.sourcegitcommit", "ms.translationtype", "ms.contentlocale", "ms.lasthandoff",
            "ms.locfileid", "ROBOTS", "audience", "search.appverid", "ms.search.appverid", "f1.keywords", "keywords",
            "appliesto", "uid", "titleSuffix", "redirect_url", "feedback_system", "hideEdit", "ms.suite",
            "calculator", "tolk-disable");

    void check(Article article, FileReporter reporter) {
        if (!article.frontMatter().present() || !article.frontMatter().valid()) return;
        FrontMatterLines lines = new FrontMatterLines(article.text(), article.bodyStart());
        for (String key : article.frontMatter().values().keySet()) {
            if (KNOWN_KEYS.contains(key)) continue;
            int at = lines.keyOffset(key);
            String hint = nearest(key).map(k -> "; did you mean '" + k + "'?").orElse("");
            reporter.report(Rule.FRONTMATTER_UNKNOWN_KEY, at, at + key.length(), "unknown front-matter key '" + key + "'" + hint);
        }
        if (article.frontMatter().string("title").isEmpty()) {
            int at = article.frontMatter().values().containsKey("title") ? lines.keyOffset("title") : 0;
            reporter.report(Rule.FRONTMATTER_MISSING_KEY, at, at, "front matter has no title");
        }
        article.frontMatter().string("ms.contentlocale").ifPresent(declared -> {
            if (!declared.equalsIgnoreCase(article.locale())) {
                int at = lines.valueOffset("ms.contentlocale");
                reporter.report(Rule.FRONTMATTER_LOCALE_MISMATCH, at, at + declared.length(),
                        "ms.contentlocale is '" + declared + "' but the file is in the " + article.locale() + " folder");
            }
        });
    }

    /**
     * The known key closest to {@code key}: same letters in another case, a small edit distance
     * (a typo: {@code ms,.custom}), or a known key spelled in order inside it with extra
     * characters pasted in ({@code munlocking-an-account s.custom}).
     */
    static Optional<String> nearest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : sortedKnown()) {
            if (known.equalsIgnoreCase(key)) return Optional.of(known);
            int d = Distance.damerauLevenshtein(key.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        if (best != null && bestDistance <= Math.max(2, best.length() / 3)) return Optional.of(best);
        String longest = null;
        for (String known : sortedKnown()) {
            if (known.length() >= 5 && Distance.isSubsequence(known, key) && (longest == null || known.length() > longest.length())) {
                longest = known;
            }
        }
        return Optional.ofNullable(longest);
    }

    private static List<String> sortedKnown() {
        return KNOWN_KEYS.stream().sorted().toList();
    }
}
