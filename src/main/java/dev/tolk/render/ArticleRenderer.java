package dev.tolk.render;

import dev.tolk.model.Article;
import java.util.List;
import java.util.Map;

/**
 * Renders one article body. For a translated page, the translation halves are rendered as one
 * Markdown document and the English halves as another (shared across locales through
 * {@link SourceRenders}); the two are woven together so each unit is a {@code data-ttu-id} span
 * followed by its hidden lookup. For a source page reconstructed from lookups, only the English
 * document is rendered. Thread-safe.
 */
public final class ArticleRenderer {
    private final MarkdownRenderer markdown;

    public ArticleRenderer(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * @param sourceLang the language tag of the lookup halves ({@code en-US})
     * @param alertTitles localized titles by alert kind ({@code note}, {@code tip}, …, {@code video})
     */
    public RenderedArticle renderTranslation(Article article, String sourceLang, LinkResolver links,
                                             Map<String, String> alertTitles, SourceRenders sources) {
        return renderTranslation(article, sourceLang, links, alertTitles, sources, Embeds.NONE);
    }

    /** As above, with DocFX includes and code files taken from {@code embeds}. */
    public RenderedArticle renderTranslation(Article article, String sourceLang, LinkResolver links,
                                             Map<String, String> alertTitles, SourceRenders sources, Embeds embeds) {
        MarkdownRenderer.Output target = markdown.render(
                PairedMarkdown.of(article, PairedMarkdown.Side.TARGET), links, alertTitles, embeds);
        String html = target.html();
        if (!article.units().isEmpty()) {
            // an include inside a sentence shows in English in its lookup half; other pages share one English render
            String[] lookups = sources.lookups(markdown, article, links, unitsInclude(article) ? embeds.english() : Embeds.NONE);
            html = UnitWeaver.weave(html, article.units(), lookups, sourceLang, alertTitles.get(UNTRANSLATED));
        }
        return new RenderedArticle(html, target.h1(), target.headings(), target.anchors());
    }

    private static boolean unitsInclude(Article article) {
        for (var u : article.units()) {
            if (u.sourceStart() < 0) continue;
            String source = u.source();
            for (int i = source.indexOf("[!"); i >= 0; i = source.indexOf("[!", i + 2)) {
                if (source.regionMatches(true, i + 2, "include", 0, 7)) return true;
            }
        }
        return false;
    }

    /**
     * The anchors of the page {@link #renderTranslation} makes of {@code article} (heading ids,
     * {@code <a name>}, explicit ids), found by rendering its translation document alone: what
     * {@code tolk check} knows of a page without building it.
     */
    public List<String> anchors(Article article) {
        return anchors(article, Embeds.NONE);
    }

    /** As above, with the anchors its includes add. */
    public List<String> anchors(Article article, Embeds embeds) {
        return included(article, embeds).anchors();
    }

    /**
     * {@code article} as an include brings it into a page for {@code tolk check}: its HTML (its text makes the ids of
     * headings it is part of) and its anchors; links as written.
     */
    public Embeds.Included included(Article article, Embeds embeds) {
        MarkdownRenderer.Output out = markdown.render(PairedMarkdown.of(article, PairedMarkdown.Side.TARGET), LinkResolver.IDENTITY,
                NO_TITLES, embeds);
        return new Embeds.Included(out.html(), out.anchors(), false, article.locale());
    }

    /**
     * The calculator placeholder of {@code name} as the body HTML carries it, for the page builder
     * to replace with the form.
     */
    /** The key of {@code alertTitles} whose value titles a unit shown in English for want of a translation. */
    public static final String UNTRANSLATED = "untranslated";

    /** Whether a rendered page shows some unit in the source language because it has no translation. */
    public static boolean hasUntranslatedUnits(String html) {
        return html.contains("class=\"untranslated\"");
    }

    public static String calculatorPlaceholder(String name) {
        return HtmlEmitter.calculatorPlaceholder(name);
    }

    private static final Map<String, String> NO_TITLES = Map.of("note", "", "important", "", "tip", "", "warning", "",
            "caution", "", "video", "");

    /** The English article, rebuilt from the lookup halves of a translated copy. */
    public RenderedArticle renderSource(Article article, LinkResolver links, SourceRenders sources) {
        return renderSource(article, links, sources, Embeds.NONE);
    }

    /** As above, with DocFX includes and code files taken from {@code embeds}. */
    public RenderedArticle renderSource(Article article, LinkResolver links, SourceRenders sources, Embeds embeds) {
        MarkdownRenderer.Output source = sources.render(markdown, article, links, embeds);
        String html = UnitWeaver.weave(source.html(), article.units(), new String[article.units().size()], null);
        return new RenderedArticle(html, source.h1(), source.headings(), source.anchors());
    }
}
