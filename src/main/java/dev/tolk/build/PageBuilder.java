package dev.tolk.build;

import dev.tolk.catalog.LinkMapper;
import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.catalog.SitePaths;
import dev.tolk.catalog.Xrefs;
import dev.tolk.config.ActiveContent;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.Article;
import dev.tolk.model.LocaleInfo;
import dev.tolk.nav.PageNav;
import dev.tolk.render.ArticleRenderer;
import dev.tolk.render.PageModels.ArticlePage;
import dev.tolk.render.PageModels.TocEntry;
import dev.tolk.render.PageRenderer;
import dev.tolk.render.RenderedArticle;
import dev.tolk.render.SourceRenders;
import dev.tolk.search.SearchIndexWriter;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The second pass for one page: parse the units, render the body, wrap it in the article
 * template and write it. Unit problems are reported for a locale's own files only; a source page
 * reconstructed from another locale's lookups does not report that file's problems twice.
 */
final class PageBuilder {
    private final ArticleReader checks;
    private final ArticleRenderer renderer;
    private final PageRenderer templates;
    private final PageCatalog index;
    private final SiteConfig config;
    private final PageChrome frames;
    private final Map<String, Map<String, String>> alertTitlesByLocale = new ConcurrentHashMap<>();
    private final CalculatorForms calculators;
    private final dev.tolk.check.UrlMap urlMap;
    private final ActiveContent active;
    private final Map<String, PageNav> navs;
    private final IncludeFiles includes;
    private final Xrefs xrefs;
    private final YamlPageBuilder yamlPages;
    /**
     * The site's files, for where links lead: the top folders of its published files, media too (site-absolute links),
     * each file as it is spelled (redirect pages too), a path that leaves a locale's folder and comes back into it.
     */
    private final dev.tolk.check.SiteMap files;

    PageBuilder(ArticleReader checks, ArticleRenderer renderer, PageRenderer templates, PageCatalog index,
                SiteConfig config, PageChrome frames, Map<String, PageNav> navs, IncludeFiles includes, Xrefs xrefs,
                dev.tolk.check.SiteMap files) {
        this.checks = checks;
        this.files = files;
        this.xrefs = xrefs;
        this.includes = includes;
        this.navs = navs;
        this.calculators = new CalculatorForms(templates, frames);
        this.urlMap = new dev.tolk.check.UrlMap(config.urlMap());
        this.active = config.activeContent();
        this.renderer = renderer;
        this.templates = templates;
        this.index = index;
        this.config = config;
        this.frames = frames;
        this.yamlPages = new YamlPageBuilder(renderer, templates, index, frames, this::mapper, this::alertTitles);
    }

    /**
     * What the pages of one article key share: the English renders, and each file parsed and
     * validated once (a source page reconstructed from lookups reads the file its origin locale
     * already parsed). Used by one thread.
     */
    final class Group {
        private final SourceRenders sources = new SourceRenders(alertTitles(index.sourceLocale()));
        private final ArticleReader.Group files = checks.group();

        /** Compares the key's files across locales and adds their findings to the run; call once all its pages are built. */
        KeyFindings finish() {
            return files.finish();
        }
    }

    Group group() {
        return new Group();
    }

    /**
     * What an article page shows that depends on its own files and on nothing else but whether
     * the pages its links looked for exist ({@code asked}: their keys in lower case): the title,
     * the body with its calculator form, notices, scripts, the in-page table of contents and the
     * search entry. The page around it ({@link #model}) adds the navigation and the language
     * switcher.
     */
    record Body(String title, String html, List<String> notices, List<String> scripts, boolean bilingual,
                List<TocEntry> toc, SearchIndexWriter.Doc doc, Set<String> asked) {

        /** Whether its links still lead where they did, when the pages of {@code changed} (keys in lower case) came or went. */
        boolean linksHold(Set<String> changed) {
            for (String key : asked) {
                if (changed.contains(key)) return false;
            }
            return true;
        }
    }

    Body body(LocaleInfo locale, PageEntry page, Group group) throws IOException, PageRenderer.TemplateProblem {
        if (dev.tolk.model.YamlPage.isYamlKey(page.key())) return yamlPages.body(locale, page, group.files);
        Article article = group.files.article(page);
        SourceRenders sources = group.sources;
        String text = article.text();
        String path = page.outputPath();
        LinkMapper links = mapper(locale, page);
        PageEmbeds embeds = new PageEmbeds(renderer, includes, locale.tag(), index.sourceLocale(),
                k -> mapper(locale.tag(), k, path),
                this::alertTitles, page.key())
                .pivotGroups(page.frontMatter().string("zone_pivot_groups"));
        Map<String, String> t = frames.strings(locale.tag());
        RenderedArticle body;
        try {
            body = page.reconstructed()
                    ? renderer.renderSource(article, links, sources, embeds)
                    : renderer.renderTranslation(article, index.sourceLocale(), links, alertTitles(locale.tag()), sources, embeds);
        } catch (StackOverflowError tooDeep) {
            FileReporter reporter = new FileReporter(page.displayFile(), page.originLocale(), text,
                    page.reconstructed() ? d -> { } : group.files::report);
            reporter.report(Rule.CONTENT_TOO_COMPLEX, 0, 0, "Markdown is nested too deeply to render; the page shows the text as written");
            body = new RenderedArticle("<pre>" + org.jsoup.nodes.Entities.escape(text.substring(article.bodyStart())) + "</pre>",
                    "", List.of(), List.of());
        }
        group.files.anchors(page, body.anchors());
        String title = page.reconstructed()
                ? (body.h1().isEmpty() ? page.title() : body.h1())
                : page.frontMatter().string("title").orElse(body.h1().isEmpty() ? page.title() : body.h1());
        List<String> notices = new java.util.ArrayList<>(2);
        LocaleInfo shownIn = noSource(index, page, article);
        if (page.reconstructed()) notices.add(reconstructed(t, shownIn));
        if (!page.reconstructed() && ArticleRenderer.hasUntranslatedUnits(body.html())) notices.add(t.get("article.untranslated-units"));
        if (!page.reconstructed() && (links.fellBack() || embeds.fellBack())) notices.add(t.get("article.fallback-links"));
        String html = inLanguage(shownIn, body.html());
        List<String> scripts = new java.util.ArrayList<>(2);
        boolean bilingual = !page.reconstructed() && !article.units().isEmpty();
        if (bilingual) scripts.add(SitePaths.root(path) + "assets/bilingual.js");
        if (html.contains("<div class=\"tabs\"")) scripts.add(SitePaths.root(path) + "assets/tabs.js");
        if (html.contains(ZONE_WITH_PIVOT)) {
            // below the title, as on Learn: a screen reader meets the article's name first
            int afterTitle = html.startsWith("<h1") ? html.indexOf("</h1>\n") : -1;
            String chooser = pivotChooser(embeds.pivotChoice());
            html = afterTitle < 0 ? chooser + html : html.substring(0, afterTitle + 6) + chooser + html.substring(afterTitle + 6);
            scripts.add(SitePaths.root(path) + "assets/pivots.js");
        }
        String withForm = calculators.place(html, !page.reconstructed()
                && page.frontMatter().string("calculator").filter(CalculatorForms.NAME::equals).isPresent(), locale);
        if (withForm != null) {
            html = withForm;
            scripts.add(SitePaths.root(path) + CalculatorForms.SCRIPT);
        }
        List<TocEntry> toc = new java.util.ArrayList<>();
        for (RenderedArticle.Heading h : body.headings()) {
            if (h.level() == 2 || h.level() == 3) toc.add(new TocEntry(h.level(), h.id(), h.text()));
        }
        return new Body(title, html, List.copyOf(notices), List.copyOf(scripts), bilingual,
                toc.size() >= 3 ? List.copyOf(toc) : List.of(),
                new SearchIndexWriter.Doc(SitePaths.htmlName(page.key()), title, PlainText.of(body.html())),
                asked(links, embeds));
    }

    /** How {@link dev.tolk.render.DocfxHtml} opens a {@code ::: zone pivot="…"}. */
    private static final String ZONE_WITH_PIVOT = "<div class=\"docfx-zone\" data-pivot=";

    /**
     * The place of a page's zone pivot chooser, hidden until {@code assets/pivots.js} fills it in (without script
     * every zone shows, labelled): the prompt and the pivots of the page's pivot group in the group's order, or none,
     * when the docset defines no group the page names (the script then offers the pivots its zones name).
     */
    static String pivotChooser(Optional<PivotGroups.Choice> choice) {
        StringBuilder json = new StringBuilder("[");
        choice.ifPresent(c -> c.pivots().forEach(p -> {
            if (json.length() > 1) json.append(',');
            json.append('[').append(dev.tolk.json.Json.literal(p.getKey())).append(',').append(dev.tolk.json.Json.literal(p.getValue())).append(']');
        }));
        json.append(']');
        return "<div class=\"pivot-chooser\" hidden data-label=\"" + attribute(choice.map(PivotGroups.Choice::prompt).orElse(""))
                + "\" data-pivots=\"" + attribute(json.toString()) + "\"></div>\n";
    }

    private static String attribute(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The locale a source-locale page made from a translated one is in, when that one has no pairs
     * (a translated YAML page, an article without lookups): there is no English to show, only its
     * text; null for every other page.
     */
    static LocaleInfo noSource(PageCatalog index, PageEntry page, Article article) {
        if (!page.reconstructed() || !article.units().isEmpty()) return null;
        for (LocaleInfo l : index.locales()) {
            if (l.tag().equals(page.originLocale())) return l;
        }
        return null;
    }

    /** The notice of a page made from a translated one: of its English, or that it is shown in {@code shownIn}'s language. */
    static String reconstructed(Map<String, String> t, LocaleInfo shownIn) {
        return shownIn == null ? t.get("article.reconstructed") : t.get("article.fallback").replace("{0}", shownIn.name());
    }

    /** {@code html} marked as in {@code shownIn}'s language and direction (as it is), or as it is when null. */
    static String inLanguage(LocaleInfo shownIn, String html) {
        return shownIn == null ? html : "<div lang=\"" + shownIn.tag() + "\" dir=\"" + shownIn.dir() + "\">" + html + "</div>";
    }

    /**
     * The anchors {@link #body} records for a page, found by making its body and keeping nothing
     * else of it (no diagnostics, no links): what a shard knows of a page another shard renders
     * when a link needs its anchors. Empty when the body cannot be made (its own shard says why).
     */
    Optional<List<String>> anchors(LocaleInfo locale, PageEntry page) {
        Group quiet = group();
        try {
            body(locale, page, quiet);
        } catch (PageRenderer.TemplateProblem e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return quiet.files.recordedAnchors(page);
    }

    private static Set<String> asked(LinkMapper links, PageEmbeds embeds) {
        Set<String> own = links.asked();
        Set<String> included = embeds.asked();
        if (included.isEmpty()) return own;
        Set<String> all = new java.util.HashSet<>(own);
        all.addAll(included);
        return Set.copyOf(all);
    }

    private LinkMapper mapper(LocaleInfo locale, PageEntry page) {
        return mapper(locale.tag(), page.key(), page.outputPath());
    }

    /** Where the links written in the file {@code key} lead from the page at {@code pagePath} (the page's own file, or an include it shows). */
    private LinkMapper mapper(String locale, String key, String pagePath) {
        return new LinkMapper(index, frames::has, urlMap, xrefs, locale, key, pagePath).activeContent(active)
                .siteFolders(files::isTopFolder).spelledFiles(files::spelledAs).reentering(p -> files.reentering(locale, key, p));
    }

    /** Whether the page at {@code path} shows the same navigation as it did with {@code before}, the last build's. */
    boolean sameView(String locale, String path, PageNav before) {
        PageNav now = navs.get(locale);
        return now != null && before != null && now.sameView(before, path);
    }

    /** The page around a body: frame (language switcher, alternates), breadcrumbs, sidebar, previous and next. */
    ArticlePage model(LocaleInfo locale, PageEntry page, Body body) {
        String path = page.outputPath();
        PageNav nav = navs.get(locale.tag());
        PageNav.View view = nav == null ? PageNav.View.NONE : nav.from(path);
        return new ArticlePage(frames.frame(locale, path, body.title(), Optional.of(page.key())), body.html(),
                body.notices(), index.sourceLocale(), body.scripts(), body.bilingual(), view.crumbs(), view.sidebar(),
                view.previous().orElse(null), view.next().orElse(null), body.toc());
    }

    byte[] render(ArticlePage model) throws PageRenderer.TemplateProblem {
        return templates.renderBytes("article.ftlh", model);
    }

    /** The alert titles of a locale, made once per locale (one entry per locale of the site). */
    private Map<String, String> alertTitles(String locale) {
        return alertTitlesByLocale.computeIfAbsent(locale, l -> alertTitles(frames.strings(l)));
    }

    private static Map<String, String> alertTitles(Map<String, String> t) {
        return Map.of("note", t.get("alert.note"), "important", t.get("alert.important"), "tip", t.get("alert.tip"),
                "warning", t.get("alert.warning"), "caution", t.get("alert.caution"), "video", t.get("alert.video"),
                ArticleRenderer.UNTRANSLATED, t.get("article.fallback-unit"), "unsupported", t.get("article.unsupported"));
    }
}
