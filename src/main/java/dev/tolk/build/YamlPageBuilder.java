package dev.tolk.build;

import dev.tolk.catalog.LinkMapper;
import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.catalog.SitePaths;
import dev.tolk.diag.FileReporter;
import dev.tolk.model.LocaleInfo;
import dev.tolk.model.YamlPage;
import dev.tolk.parse.YamlPageReader;
import dev.tolk.render.ArticleRenderer;
import dev.tolk.render.LinkResolver;
import dev.tolk.render.PageModels.TocEntry;
import dev.tolk.render.PageRenderer;
import dev.tolk.render.RenderedArticle;
import dev.tolk.render.YamlPageRenderer;
import dev.tolk.search.SearchIndexWriter;
import dev.tolk.source.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The second pass for a YAML page (Landing, FAQ, Hub): its content rendered through the template
 * of its type ({@code landing.ftlh}, {@code faq.ftlh}, {@code hub.ftlh}), giving a
 * {@link PageBuilder.Body} that the article template frames as it frames an article (navigation,
 * language switcher, bilingual toggle). The file was read and validated by the key's
 * {@link ArticleReader.Group}, once.
 */
final class YamlPageBuilder {
    private final YamlPageRenderer renderer;
    private final PageRenderer templates;
    private final PageCatalog index;
    private final PageChrome frames;
    private final BiFunction<LocaleInfo, PageEntry, LinkMapper> mappers;
    private final Function<String, Map<String, String>> alertTitles;

    /**
     * @param mappers the link resolver of a page
     * @param alertTitles a locale's alert titles (and its title for an untranslated unit)
     */
    YamlPageBuilder(ArticleRenderer markdown, PageRenderer templates, PageCatalog index, PageChrome frames,
                    BiFunction<LocaleInfo, PageEntry, LinkMapper> mappers, Function<String, Map<String, String>> alertTitles) {
        this.renderer = new YamlPageRenderer(markdown);
        this.templates = templates;
        this.index = index;
        this.frames = frames;
        this.mappers = mappers;
        this.alertTitles = alertTitles;
    }

    /**
     * The anchors of the page {@link #body} makes of a YAML page (its section and question
     * headings, the anchors of its Markdown), found without building it: what {@code tolk check}
     * knows of a page a link points into. None for a file that cannot be read.
     */
    static List<String> anchors(ArticleRenderer markdown, PageEntry page, dev.tolk.source.SourceFiles files) {
        try {
            String text = files.read(page.file()).text();
            var quiet = new FileReporter(page.displayFile(), page.locale(), text, d -> { });
            YamlPage yaml = new YamlPageReader().read(page.locale(), text, quiet).orElse(YamlPage.EMPTY);
            Map<String, String> none = Map.of();
            return new YamlPageRenderer(markdown).render(yaml, new YamlPageRenderer.Sides(LinkResolver.IDENTITY, "",
                    none, none, page.title())).anchors();
        } catch (IOException e) {
            return List.of();
        }
    }

    PageBuilder.Body body(LocaleInfo locale, PageEntry page, ArticleReader.Group files)
            throws IOException, PageRenderer.TemplateProblem {
        YamlPage yaml = files.yamlPage(page);
        boolean units = !files.article(page).units().isEmpty();
        LinkMapper links = mappers.apply(locale, page);
        String source = index.sourceLocale();
        YamlPageRenderer.Rendered rendered = renderer.render(yaml, new YamlPageRenderer.Sides(links,
                page.reconstructed() ? null : source, alertTitles.apply(locale.tag()), alertTitles.apply(source),
                page.title()));
        files.anchors(page, rendered.anchors());
        LocaleInfo shownIn = PageBuilder.noSource(index, page, files.article(page));
        String html = PageBuilder.inLanguage(shownIn, templates.render(rendered.template(), rendered.content()));
        Map<String, String> t = frames.strings(locale.tag());
        List<String> notices = new ArrayList<>(2);
        if (page.reconstructed()) notices.add(PageBuilder.reconstructed(t, shownIn));
        if (!page.reconstructed() && ArticleRenderer.hasUntranslatedUnits(html)) notices.add(t.get("article.untranslated-units"));
        if (!page.reconstructed() && links.fellBack()) notices.add(t.get("article.fallback-links"));
        boolean bilingual = !page.reconstructed() && units;
        List<String> scripts = bilingual ? List.of(SitePaths.root(page.outputPath()) + "assets/bilingual.js") : List.of();
        // a FAQ's questions make an in-page table of contents as an article's headings do; a
        // Landing or Hub page is a table of contents already
        List<TocEntry> toc = new ArrayList<>();
        if (yaml.type() == YamlPage.Type.FAQ) {
            for (RenderedArticle.Heading h : rendered.headings()) toc.add(new TocEntry(h.level(), h.id(), h.text()));
        }
        String title = page.title();
        return new PageBuilder.Body(title, html, List.copyOf(notices), scripts, bilingual,
                toc.size() >= 3 ? List.copyOf(toc) : List.of(),
                new SearchIndexWriter.Doc(SitePaths.htmlName(page.key()), title, PlainText.of(html)),
                links.asked());
    }
}
