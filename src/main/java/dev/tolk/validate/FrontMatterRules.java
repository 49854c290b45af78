package dev.tolk.validate;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.Article;
import java.util.ArrayList;
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
     * The schema. Keys are case-sensitive, as on Microsoft Learn ("ROBOTS" is all capitals).
     * Sources: the required and optional metadata of the Microsoft Learn contributor guide
     * (learn.microsoft.com/contribute/content/metadata, and {@code no-loc} from its Markdown
     * reference); the keys the Learn Authoring Pack knows; the {@code globalMetadata} of Learn
     * docsets' {@code docfx.json}; DocFX's own; the localization hand-off; keys real docsets use
     * (product families' own, older Docs ones); and Tolk's own.
     */
    static final Set<String> KNOWN_KEYS = Set.of(
            // Microsoft Learn contributor guide: required, then optional
            "title", "description", "author", "ms.author", "ms.date", "ms.service", "ms.prod", "ms.topic",
            "ms.custom", "ms.reviewer", "ms.subservice", "ms.technology", "ROBOTS", "no-loc",
            // Learn Authoring Pack metadata
            "apiPlatform", "brand", "breadcrumb_path", "contributors_to_exclude", "dev_langs", "f1_keywords",
            "featureFlags", "feedback_github_repo", "feedback_product_url", "feedback_system", "helpviewer_keywords",
            "learn_banner_products", "manager", "ms.assetid", "ms.collection", "ms.devlang", "product",
            "recommendations", "searchScope", "social_image_url", "titleSuffix",
            // docfx.json globalMetadata and fileMetadata of Learn docsets
            "feedback_help_link_url", "feedback_help_link_type", "uhfHeaderId", "hideScope", "hideEdit",
            "extendBreadcrumb", "permissioned-type", "adobe-target",
            // DocFX and Learn Markdown extensions
            "uid", "redirect_url", "redirect_document_id", "layout", "zone_pivot_groups", "zone_pivot_group_filename",
            "monikerRange",
            // DocFX's template metadata, settable per page
            "_appTitle", "_appName", "_appFooter", "_appLogoPath", "_appLogoUrl", "_appFaviconPath", "_enableSearch",
            "_noindex", "_disableNavbar", "_disableBreadcrumb", "_disableToc", "_disableAffix", "_disableContribution",
            "_disableNextArticle", "_disableFooter", "_disableNewTab", "_gitContribute", "_gitUrlPattern",
            // the localization hand-off
            "ms.openlocfilehash", "ms.sourcegitcommit", "ms.translationtype", "ms.contentlocale", "ms.lasthandoff",
            "ms.locfileid", "original_content_git_url", "document_id",
            // in use in published docsets (Microsoft 365, Azure, Windows, Dynamics 365, SQL, API reference)
            "ms.localizationpriority", "localization_priority", "localizationpriority", "ms.audience", "audience",
            "search.appverid", "f1.keywords", "keywords", "appliesto", "ms.suite", "ms.workload", "ms.tgt_pltfrm",
            "ms.sitesec", "ms.mktglfcycl", "ms.pagetype", "ms.search.keywords", "ms.search.form", "ms.search.region",
            "ms.search.scope", "ms.search.industry", "ms.search.validFrom", "ms.dyn365.ops.version", "ms.component",
            "ms.prod_service", "ms.product", "ms.manager", "ms.lastreviewed", "ms.update-cycle", "ms.contributors",
            "ms.reviewers", "ms.role", "ms.tool", "ms.keywords", "ms.article", "ms.ContentId", "ms.contentid",
            "services", "api_name", "api_location", "api_type", "topic_type", "ai-usage",
            // Dynamics 365 and Power Platform search metadata; older API reference and MSDN-migrated pages
            "search.app", "search.audienceType", "apiname", "apilocation", "apitype", "caps.latest.revision",
            "documentationcenter", "editor",
            // PowerShell reference written with platyPS (every cmdlet and module page of the PowerShell docsets)
            "external help file", "Locale", "Module Name", "online version", "schema", "Module Guid", "Help Version",
            "Download Help Link",
            // pages migrated from MSDN/TechNet (MTPS) into Learn's archive docsets (Office, Lync, Exchange, SQL archives),
            // besides the "ms:" keys (below)
            "TOCTitle", "mtps_version",
            // Tolk's own
            "calculator", "tolk-disable");

    /**
     * Namespaces of keys that generated pages carry: the MTPS metadata of migrated archive pages ({@code ms:assetid},
     * {@code ms:mtpsurl}, {@code ms:contentKeyID}, …; not a misspelled {@code ms.} key), and the Q# reference's
     * ({@code qsharp.kind}, {@code qsharp.namespace}, {@code qsharp.name}, {@code qsharp.summary} on every API page
     * the Q# documentation generator writes: 4,741 warnings on the quantum docset's pl-PL API reference).
     */
    private static final List<String> GENERATED_PREFIXES = List.of("ms:", "qsharp.");

    /** The known keys in a fixed order, so that a tie between two suggestions is always broken the same way. */
    private static final List<String> SORTED_KEYS = KNOWN_KEYS.stream().sorted().toList();

    /** Glob patterns of further known keys ({@code front-matter: extra-keys}); {@code *} matches any run of characters. */
    private final List<Pattern> extraKeys;

    FrontMatterRules() {
        this(List.of());
    }

    FrontMatterRules(List<String> extraKeyGlobs) {
        List<Pattern> patterns = new ArrayList<>();
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
        for (String prefix : GENERATED_PREFIXES) {
            if (key.startsWith(prefix)) return true;
        }
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
     * The known key {@code key} was likely meant to be, if one is close: the same letters in
     * another case, a typo of one edit in a short key or two in a key of eight characters or more
     * ({@code titel}, {@code ms,.custom}), or a known key spelled in order inside it with extra
     * characters pasted in ({@code munlocking-an-account s.custom}). A key of its own that only
     * shares a prefix ({@code ms.common}, {@code qsharp.foo}) gets no suggestion: a far-off
     * guess is worse than none.
     */
    static Optional<String> nearest(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : SORTED_KEYS) {
            if (known.equalsIgnoreCase(key)) return Optional.of(known);
            int d = Distance.damerauLevenshtein(lower, known.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        if (best != null && bestDistance <= (best.length() >= 8 ? 2 : 1)) return Optional.of(best);
        // a well-formed name (ms.search.keywords) is a key of its own, not a known one with text pasted in
        if (WELL_FORMED.matcher(key).matches()) return Optional.empty();
        String longest = null;
        for (String known : SORTED_KEYS) {
            if (known.length() >= 5 && Distance.isSubsequence(known, key) && (longest == null || known.length() > longest.length())) {
                longest = known;
            }
        }
        return Optional.ofNullable(longest);
    }

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z][A-Za-z0-9_]*([.\\-][A-Za-z0-9_]+)*");
}
