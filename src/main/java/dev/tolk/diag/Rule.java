package dev.tolk.diag;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rule catalogue (DESIGN §7): stable ids with their default severity and a one-line
 * description. Ids are never renamed; new rules are added here.
 */
public enum Rule {
    FRONTMATTER_INVALID_YAML("frontmatter/invalid-yaml", Severity.ERROR, "Front matter is not valid YAML."),
    FRONTMATTER_MISSING("frontmatter/missing", Severity.WARNING, "An article has no front matter."),
    FRONTMATTER_UNKNOWN_KEY("frontmatter/unknown-key", Severity.WARNING, "Front-matter key outside the schema."),
    FRONTMATTER_MISSING_KEY("frontmatter/missing-key", Severity.WARNING, "A required front-matter key is absent."),
    FRONTMATTER_LOCALE_MISMATCH("frontmatter/locale-mismatch", Severity.ERROR, "ms.contentlocale differs from the locale folder."),
    TU_UNPAIRED("tu/unpaired", Severity.ERROR, "A translation span without its lookup span, or the reverse."),
    TU_ID_MISMATCH("tu/id-mismatch", Severity.ERROR, "data-stu-id differs from the data-ttu-id before it."),
    TU_DUPLICATE_ID("tu/duplicate-id", Severity.ERROR, "The same unit id twice in one file."),
    TU_BAD_ID("tu/bad-id", Severity.ERROR, "A unit id does not match the id grammar."),
    TU_MIXED_PREFIX("tu/mixed-prefix", Severity.WARNING, "More than one 5-hex prefix in one file."),
    TU_OUT_OF_ORDER("tu/out-of-order", Severity.INFO, "Numeric unit ids are not increasing."),
    TU_EMPTY("tu/empty", Severity.ERROR, "Empty translation of a non-empty source."),
    TU_UNTRANSLATED("tu/untranslated", Severity.INFO, "Translation equals a source that has letters to translate."),
    TU_MARKUP_MISMATCH("tu/markup-mismatch", Severity.WARNING, "Bold/italic/code markers differ between translation and source."),
    TU_LINK_MISMATCH("tu/link-mismatch", Severity.WARNING, "Links differ in number or target between translation and source."),
    TU_BROKEN_SYNTAX("tu/broken-syntax", Severity.WARNING, "Markdown syntax broken in the translation only."),
    TU_NUMBER_MISMATCH("tu/number-mismatch", Severity.WARNING, "Numbers in the source are missing from the translation."),
    TU_DRIFT("tu/drift", Severity.WARNING, "The unit's source text differs from the source-locale article."),
    LINK_BROKEN("link/broken", Severity.ERROR, "Internal link target does not exist."),
    LINK_CASE_MISMATCH("link/case-mismatch", Severity.ERROR, "Link target exists only with different letter case."),
    LINK_MISSING_ANCHOR("link/missing-anchor", Severity.ERROR, "Target page has no such anchor."),
    LINK_EMPTY("link/empty", Severity.WARNING, "Empty link target."),
    LINK_INSECURE("link/insecure", Severity.INFO, "http: link."),
    LINK_FALLBACK("link/fallback", Severity.INFO, "Link target not translated in this locale; the link leads to the source-locale page."),
    LINK_EXTERNAL_BROKEN("link/external-broken", Severity.ERROR, "External URL answered 4xx/5xx or failed after retries."),
    LINK_EXTERNAL_SKIPPED("link/external-skipped", Severity.INFO, "(with --external) external URL not contacted: a private or loopback address, refused by policy."),
    CONTENT_INVALID_FILENAME("content/invalid-filename", Severity.WARNING, "Spaces, invisible or non-ASCII characters in a file name."),
    CONTENT_ENCODING("content/encoding", Severity.WARNING, "BOM, U+FFFD, zero-width or bidi control characters inside text."),
    CONTENT_TOO_COMPLEX("content/too-complex", Severity.ERROR, "Markdown nested too deeply to render; the page shows it as plain text."),
    CONTENT_UNREADABLE("content/unreadable", Severity.ERROR, "A content file could not be read."),
    CONTENT_UNSUPPORTED("content/unsupported", Severity.WARNING, "A DocFX construct or YAML page type Tolk does not render; the page shows a notice."),
    CONTENT_MALFORMED("content/malformed", Severity.WARNING, "A DocFX directive written wrongly: a missing source or alt text, an end without its start, a container left open."),
    INCLUDE_CYCLE("include/cycle", Severity.ERROR, "An include includes itself, directly or through others."),
    INCLUDE_TOO_DEEP("include/too-deep", Severity.ERROR, "Includes nested more than 10 deep."),
    XREF_UNRESOLVED("xref/unresolved", Severity.WARNING, "An xref uid defined nowhere (front matter, YAML pages, xref maps); rendered as text."),
    TOC_BROKEN("toc/broken", Severity.ERROR, "A table-of-contents entry leads to no page, folder or table of contents."),
    CONFIG_INVALID("config/invalid", Severity.ERROR, "Configuration problem."),
    TEMPLATE_ERROR("template/error", Severity.ERROR, "Template problem."),
    I18N_MISSING_STRING("i18n/missing-string", Severity.WARNING, "An interface string is missing for a locale."),
    XLIFF_INVALID("xliff/invalid", Severity.ERROR, "An XLIFF file that is not well-formed XLIFF 2, or whose languages or original do not match."),
    XLIFF_UNKNOWN_UNIT("xliff/unknown-unit", Severity.ERROR, "A unit id that the source article does not have."),
    XLIFF_CODE_MISMATCH("xliff/code-mismatch", Severity.ERROR, "A target whose inline codes differ from the source's (deleted canDelete=\"no\", added, duplicated)."),
    XLIFF_STALE_SOURCE("xliff/stale-source", Severity.WARNING, "The unit's source differs from the current source text: not applied."),
    SUPPRESSION_UNKNOWN_RULE("suppression/unknown-rule", Severity.WARNING, "A suppression names a rule that does not exist.");

    private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

    static {
        for (Rule r : values()) BY_ID.put(r.id, r);
    }

    private final String id;
    private final Severity defaultSeverity;
    private final String description;

    Rule(String id, Severity defaultSeverity, String description) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String description() {
        return description;
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
