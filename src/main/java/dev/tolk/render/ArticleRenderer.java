package dev.tolk.render;

import dev.tolk.model.Article;
import java.util.Map;

/**
 * Renders one article body. For a translated page, the translation halves are rendered as one
 * Markdown document and the English halves as another; the two are woven back together so each
 * unit is a {@code data-ttu-id} span followed by its hidden lookup. For a source page
 * reconstructed from lookups, only the English document is rendered. Thread-safe.
 */
public final class ArticleRenderer {
    private final MarkdownRenderer markdown;
    private final ArticleHtml dom = new ArticleHtml();

    public ArticleRenderer(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * @param sourceLang the language tag of the lookup halves ({@code en-US})
     * @param alertTitles localized titles by alert kind ({@code note}, {@code tip}, …, {@code video})
     */
    public RenderedArticle renderTranslation(Article article, String sourceLang, LinkResolver links,
                                             Map<String, String> alertTitles) {
        String html = markdown.render(PairedMarkdown.of(article, PairedMarkdown.Side.TARGET));
        if (!article.units().isEmpty()) {
            String sourceHtml = markdown.render(PairedMarkdown.of(article, PairedMarkdown.Side.SOURCE));
            String[] lookups = UnitWeaver.fragments(sourceHtml, article.units().size());
            html = UnitWeaver.weave(html, article.units(), lookups, sourceLang);
        }
        return dom.process(html, links, alertTitles);
    }

    /** The English article, rebuilt from the lookup halves of a translated copy. */
    public RenderedArticle renderSource(Article article, LinkResolver links, Map<String, String> alertTitles) {
        String html = markdown.render(PairedMarkdown.of(article, PairedMarkdown.Side.SOURCE));
        html = UnitWeaver.weave(html, article.units(), new String[article.units().size()], null);
        return dom.process(html, links, alertTitles);
    }
}
