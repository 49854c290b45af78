package dev.tolk.validate;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Suppressions;
import dev.tolk.model.Article;
import dev.tolk.model.TranslationUnit;
import java.util.List;

/**
 * Runs every single-file rule on a parsed article (front matter, unit ids, unit content,
 * encoding) and reads the file's suppressions. The parser's own rules (invalid YAML, unpaired
 * spans, bad ids) were reported while parsing; {@link DriftRule} compares files across locales.
 * Thread-safe: build one per run and share it.
 */
public final class Validator {
    private final FrontMatterRules frontMatter;
    private final UnitIdRules ids = new UnitIdRules();
    private final UnitTextRules text;
    private final UnitMarkupRules markup = new UnitMarkupRules();
    private final DocfxRules docfx = new DocfxRules();
    private final SuppressionReader suppressions = new SuppressionReader();

    /** @param doNotTranslate terms that stay in English (configuration {@code do-not-translate}) */
    public Validator(List<String> doNotTranslate) {
        this(doNotTranslate, List.of());
    }

    /** @param extraKeys globs of front-matter keys known beside the built-in schema ({@code front-matter: extra-keys}) */
    public Validator(List<String> doNotTranslate, List<String> extraKeys) {
        this.text = new UnitTextRules(doNotTranslate);
        this.frontMatter = new FrontMatterRules(extraKeys);
    }

    /**
     * Reports the article's problems to {@code reporter} and returns what the writer switched
     * off in it, for the collector to apply to every diagnostic of the file.
     *
     * @param rtl whether the article's locale is written right to left (directional marks are normal there)
     */
    /** The text of a code file a page shows ({@code :::code source}, {@code [!code-…](path)}), as the page reads it; empty when unknown. */
    @FunctionalInterface
    public interface CodeFiles {
        CodeFiles NONE = path -> java.util.Optional.empty();

        java.util.Optional<String> text(String path);
    }

    public Suppressions validate(Article article, boolean rtl, FileReporter reporter) {
        return validate(article, rtl, reporter, CodeFiles.NONE);
    }

    /** As above, with the code files the article's code directives name read through {@code code}: a snippet or range they lack is said. */
    public Suppressions validate(Article article, boolean rtl, FileReporter reporter, CodeFiles code) {
        frontMatter.check(article, reporter);
        ids.check(article.units(), reporter);
        String language = article.locale().split("-")[0];
        java.util.Set<String> labels = null; // the article's link reference definitions, read when a unit has a reference
        for (TranslationUnit u : article.units()) {
            if (u.targetStart() < 0 || u.sourceStart() < 0) continue; // unpaired: already reported
            InlineFacts target = InlineFacts.of(u.target());
            InlineFacts source = InlineFacts.of(u.source());
            if (target.hasReferences() || source.hasReferences()) {
                if (labels == null) labels = InlineSyntax.definedLabels(article.text());
                target.keepDefinedReferences(labels);
                source.keepDefinedReferences(labels);
            }
            text.check(u, language, target, source, reporter);
            markup.check(u, language, target, source, reporter);
        }
        ContentRules.checkText(article.text(), 0, rtl, reporter);
        if (rtl) ContentRules.checkEnglishHalves(article, reporter);
        docfx.check(article, reporter, code);
        return suppressions.read(article, reporter);
    }
}
