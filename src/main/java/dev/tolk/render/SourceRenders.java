package dev.tolk.render;

import dev.tolk.model.Article;
import dev.tolk.parse.DocfxSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders of the English side of one article, shared by the pages of that article in every
 * locale: the locales of a hand-off usually carry the same English halves, so the English
 * document is rendered once, not once per locale. A render is reused only when its Markdown is
 * the same (made of the same pieces, see {@link PairedMarkdown#samePieces}), every link in it
 * resolves to the same address for the new page, and it brings in the same includes and code
 * (the same embeds, or a document without DocFX directives), so sharing never changes a page. One per
 * article key, used by one thread.
 */
public final class SourceRenders {
    private static final class Entry {
        final Article article;
        final MarkdownRenderer.Output output;
        final Embeds embeds;
        /**
         * Whether the document may hold DocFX directives, the only Markdown that asks the embeds
         * for anything: without any, the render is the same whatever they bring in (the English
         * page's and the translations' lookup halves, most often).
         */
        final boolean directives;
        /** The render cut into unit halves, once it was asked for. */
        String[] lookups;

        Entry(Article article, MarkdownRenderer.Output output, Embeds embeds, boolean directives) {
            this.article = article;
            this.output = output;
            this.embeds = embeds;
            this.directives = directives;
        }
    }

    private final Map<String, String> alertTitles;
    private final List<Entry> entries = new ArrayList<>(2);

    /** @param alertTitles the source locale's alert titles (the English page shows them) */
    public SourceRenders(Map<String, String> alertTitles) {
        this.alertTitles = alertTitles;
    }

    /** The render of {@code article}'s English side. */
    MarkdownRenderer.Output render(MarkdownRenderer markdown, Article article, LinkResolver links, Embeds embeds) {
        return entry(markdown, article, links, embeds).output;
    }

    /**
     * The rendered English half of each unit of {@code article} ({@link UnitWeaver#fragments}),
     * cut once per shared render rather than once per page; callers only read the array.
     */
    String[] lookups(MarkdownRenderer markdown, Article article, LinkResolver links, Embeds embeds) {
        Entry e = entry(markdown, article, links, embeds);
        if (e.lookups == null) e.lookups = UnitWeaver.fragments(e.output.html(), e.article.units().size());
        return e.lookups;
    }

    private Entry entry(MarkdownRenderer markdown, Article article, LinkResolver links, Embeds embeds) {
        for (Entry e : entries) {
            if ((e.embeds == embeds || !e.directives) && PairedMarkdown.samePieces(e.article, article, PairedMarkdown.Side.SOURCE)
                    && sameLinks(e.output.resolvedLinks(), links)) {
                return e;
            }
        }
        String source = PairedMarkdown.of(article, PairedMarkdown.Side.SOURCE);
        Entry e = new Entry(article, markdown.render(source, links, alertTitles, embeds), embeds, DocfxSyntax.mayHold(source));
        entries.add(e);
        return e;
    }

    private static boolean sameLinks(Map<String, String> resolved, LinkResolver links) {
        for (Map.Entry<String, String> e : resolved.entrySet()) {
            if (!links.resolve(e.getKey()).equals(e.getValue())) return false;
        }
        return true;
    }
}
