package dev.tolk.validate;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.Article;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules over a valid front-matter block: {@code frontmatter/unknown-key} (a key outside the
 * schema, with the nearest known key suggested), {@code frontmatter/missing-key} ({@code title})
 * and {@code frontmatter/locale-mismatch} ({@code ms.contentlocale} against the locale folder).
 * Blocks that are missing or not YAML are the parser's rules and are skipped here.
 */
final class FrontMatterRules {
    /**
     * The schema: the keys the real docsets use correctly, the metadata keys of Microsoft Learn
     * (DocFX) documentation, and Tolk's own.
     */
    static final Set<String> KNOWN_KEYS = Set.copyOf(List.of(
            "title", "description", "author", "manager", "ms.author", "ms.topic", "ms.service", "ms.subservice",
            "ms.custom", "ms.audience", "ms.collection", "ms.date", "ms.assetid", "ms.prod", "ms.technology",
            "ms.reviewer", "ms.devlang", "ms.workload", "ms.localizationpriority", "localization_priority",
            "ms.openlocfilehash", "ms.sourcegitcommit", "ms.translationtype", "ms.contentlocale", "ms.lasthandoff",
            "ms.locfileid", "ROBOTS", "audience", "search.appverid", "ms.search.appverid", "f1.keywords", "keywords",
            "appliesto", "uid", "titleSuffix", "redirect_url", "feedback_system", "hideEdit", "ms.suite",
            "calculator", "tolk-disable",
            // Microsoft Learn metadata (learn.microsoft.com contributor guide, DocFX globalMetadata)
            "ms.manager", "ms.tgt_pltfrm", "ms.sitesec", "ms.search.keywords", "ms.search.form", "ms.search.region",
            "ms.search.scope", "ms.search.industry", "ms.search.validFrom", "ms.dyn365.ops.version", "ms.component",
            "ms.mktglfcycl", "ms.pagetype", "ms.product", "ms.lastreviewed", "ms.update-cycle", "ms.contributors",
            "ms.environment", "ms.role", "ms.keywords", "ms.secfilter", "ms.tool", "ms.reviewer", "ms.ContentId",
            "ms.prod_service", "ms.workload", "ms.service.name", "ms.article", "ms.reviewers",
            "zone_pivot_groups", "monikerRange", "contributors_to_exclude", "feedback_product_url",
            "feedback_help_link_url", "feedback_help_link_type", "feedback_github_repo", "recommendations",
            "breadcrumb_path", "extendBreadcrumb", "uhfHeaderId", "searchScope", "layout", "products", "services",
            "f1_keywords", "helpviewer_keywords", "dev_langs", "api_name", "api_location", "api_type", "topic_type",
            "social_image_url", "social_image_alt", "no-loc", "ROBOTS", "robots", "adobe-target", "ms.date.updated",
            "redirect_document_id", "document_id", "original_content_git_url", "ms.suite", "displayName",
            "ms.search.validfrom", "ms.search.appVerId", "audience.tier", "summary"));

    /** Glob patterns of further known keys ({@code front-matter: extra-keys}); {@code *} matches any run of characters. */
    private final List<Pattern> extraKeys;

    FrontMatterRules() {
        this(List.of());
    }

    FrontMatterRules(List<String> extraKeyGlobs) {
        List<Pattern> patterns = new java.util.ArrayList<>();
        for (String glob : extraKeyGlobs) patterns.add(globPattern(glob));
        this.extraKeys = List.copyOf(patterns);
    }

    /** A key glob as a pattern: {@code *} any characters, {@code ?} one; everything else literal. */
    static Pattern globPattern(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') re.append(".*");
            else if (c == '?') re.append('.');
            else re.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString());
    }

    private boolean known(String key) {
        if (KNOWN_KEYS.contains(key)) return true;
        for (Pattern p : extraKeys) {
            if (p.matcher(key).matches()) return true;
        }
        return false;
    }

    void check(Article article, FileReporter reporter) {
        if (!article.frontMatter().present() || !article.frontMatter().valid()) return;
        FrontMatterLines lines = new FrontMatterLines(article.text(), article.bodyStart());
        for (String key : article.frontMatter().values().keySet()) {
            if (known(key)) continue;
            int at = lines.keyOffset(key);
            String hint = nearest(key).map(k -> "; did you mean '" + k + "'?").orElse("");
            reporter.report(Rule.FRONTMATTER_UNKNOWN_KEY, at, at + key.length(), "unknown front-matter key '" + key + "'" + hint);
        }
        if (Article.needsFrontMatter(article.key()) && article.frontMatter().string("title").isEmpty()) {
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
        // a well-formed name (ms.search.keywords) is a key of its own, not a known one with text pasted in
        if (WELL_FORMED.matcher(key).matches()) return Optional.empty();
        String longest = null;
        for (String known : sortedKnown()) {
            if (known.length() >= 5 && Distance.isSubsequence(known, key) && (longest == null || known.length() > longest.length())) {
                longest = known;
            }
        }
        return Optional.ofNullable(longest);
    }

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z][A-Za-z0-9_]*([.\\-][A-Za-z0-9_]+)*");

    private static List<String> sortedKnown() {
        return KNOWN_KEYS.stream().sorted().toList();
    }
}
