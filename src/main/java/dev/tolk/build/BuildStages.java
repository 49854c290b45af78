package dev.tolk.build;

import dev.tolk.catalog.CatalogReader;
import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.catalog.Xrefs;
import dev.tolk.config.ActiveContent;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.Rule;
import dev.tolk.model.LocaleInfo;
import dev.tolk.nav.Navigation;
import dev.tolk.nav.PageNav;
import dev.tolk.output.SiteOutput;
import dev.tolk.output.SitemapWriter;
import dev.tolk.render.PageRenderer;
import dev.tolk.search.TermPool;
import dev.tolk.source.ContentTree;
import dev.tolk.source.SourceFiles;
import dev.tolk.source.WorkPool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stages of one build, each a method from typed inputs to a typed product, sharing the
 * build's settings: scan, catalog, links, navigation, the page pass, link checks, search, the
 * other pages, and what the build did. {@link SiteBuilder} calls them in order (its {@code make}
 * is the screen of stage calls); each stage's product is kept or made through the build's
 * {@link StageCache.Run}, and the on-disk store when there is one.
 */
final class BuildStages {
    /**
     * The catalog, and what the page pass takes from it: each locale, its page count, and the
     * article keys' pages in build order; and the content folder's bad file names, worked out
     * beside it (naming a character loads Java's table of names), told with the links.
     */
    record Catalogued(PageCatalog catalog, EntryStore entries, PageChrome chrome, Map<String, LocaleInfo> byTag,
                      Map<String, Integer> perLocale, List<List<PageEntry>> groups, Future<List<Diagnostic>> fileNames) {
    }

    /** The link facts: redirections, the site's files, where links lead, the article reader that checks them, includes and xrefs. */
    record Linked(RedirectPages redirects, SiteLinks.Files files, SiteLinks siteLinks, ArticleReader checks,
                  IncludeFiles includes, Xrefs xrefs) {
    }

    /** The page pass: its products, each article key's search entries by locale (in build order), and the template failures. */
    record PagePass(KeyPass pass, KeyCache cache, Map<String, KeyProduct.Searched>[] entries, TemplateFailures failures) {
    }

    private final SourceFiles.Opener files;
    private final PageShare share;
    private final SiteConfig config;
    private final SiteBuilder.Options options;
    private final StageCache.Run memo;
    private final SiteOutput out;
    /** The folder the site is written into (null: memory); for a whole site, the page pass links pages of the one it replaces. */
    private final Path folder;
    private final DiagnosticCollector diagnostics;
    private final SiteBuilder.Progress progress;
    private final WorkPool pool;
    private final UpToDate upToDate;
    private final Future<Engines> loading;
    private String code;

    BuildStages(SourceFiles.Opener files, PageShare share, SiteConfig config, SiteBuilder.Options options, StageCache.Run memo,
                SiteOutput out, Path folder, DiagnosticCollector diagnostics, SiteBuilder.Progress progress, WorkPool pool,
                UpToDate upToDate, Future<Engines> loading) {
        this.files = files;
        this.share = share;
        this.loading = loading;
        this.folder = folder;
        this.config = config;
        this.options = options;
        this.memo = memo;
        this.out = out;
        this.diagnostics = diagnostics;
        this.progress = progress;
        this.pool = pool;
        this.upToDate = upToDate;
    }

    /** Whether the whole site (not a shard's share) is written into a folder. */
    private boolean wholeFolder() {
        return folder != null && share == PageShare.WHOLE;
    }

    /**
     * Tolk's code as the on-disk cache's keys take it, fingerprinted once per build (the
     * whole-build check's, if it made one); null when there is no on-disk cache, or when which
     * Tolk is running cannot be told (then the build runs without it).
     */
    String code() {
        if (options.cache() == null) return null;
        if (code == null) {
            try {
                code = upToDate != null ? upToDate.code() : KeyCache.code(options.cache());
            } catch (IOException e) {
                code = "";
            }
        }
        return code.isEmpty() ? null : code;
    }

    /** The engines, made once per cache (a template change starts a new one). */
    Engines engines() throws IOException {
        return memo.product(StageCache.ENGINES, "", options.templates(), () -> loading == null ? Engines.load(options.templates()) : loaded());
    }

    /** The engines loaded while the build began. */
    private Engines loaded() throws IOException {
        return done(loading);
    }

    /** What {@code task}, run beside this thread, made (its failure thrown as this thread's). */
    private <T> T done(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for a stage's part");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IOException(e.getCause());
        }
    }

    /** The content folder's files (the whole-build check's scan, if it made one), locales and interface strings. */
    SiteInputs scan(Engines engines) throws IOException {
        ContentTree content = upToDate != null ? upToDate.tree()
                : memo.tree(options.source(), () -> config.docfx().docset().scan(options.source(), config.exclude()));
        // the files' digests key the on-disk cache and a dev server's kept pages; a one-off build without the cache needs none
        SourceFiles reads = options.cache() != null || memo.retains() ? new SourceFiles(files, false)
                : SourceFiles.undigested(files, false);
        SiteInputs inputs = SiteInputs.read(config, content, engines, options.locales(), options.workDir(), diagnostics, reads);
        progress.stage("scan");
        return inputs;
    }

    /** Every article's entry (kept, recorded on disk, or read now), the page chrome, and the article keys to build. */
    Catalogued catalog(SiteInputs inputs) throws Exception {
        List<LocaleInfo> locales = inputs.locales();
        Future<List<Diagnostic>> fileNames = SiteBuilder.beside("tolk-file-names",
                () -> ArticleReader.fileNameProblems(inputs.tree(), inputs.indexer(), locales));
        String code = code();
        EntryStore entries = code == null ? null : EntryStore.open(options.cache(), config, options.source(),
                options.workDir(), code, inputs.indexer().files(), pool);
        if (entries != null) entries.includes(inputs.tree()); // the includes' digests, while they are as recorded
        PageCatalog index = memo.catalog(inputs.indexer(), locales, config.sourceLocale(), inputs.tree(), pool,
                diagnostics::add, entries);
        Map<String, Integer> perLocale = new LinkedHashMap<>();
        Map<String, LocaleInfo> byTag = new LinkedHashMap<>();
        TreeMap<String, List<PageEntry>> byKey = new TreeMap<>();
        for (LocaleInfo l : locales) {
            byTag.put(l.tag(), l);
            perLocale.put(l.tag(), index.pages(l.tag()).size());
            for (PageEntry p : index.pages(l.tag()).values()) {
                byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
            }
        }
        // one task per article key: its pages in every locale share one render of the English side
        List<List<PageEntry>> groups = share.keys(new ArrayList<>(byKey.values()), locales);
        progress.stage("catalog");
        return new Catalogued(index, entries, new PageChrome(index, config, inputs.strings()), byTag, perLocale, groups,
                fileNames);
    }

    /** Where every link leads: redirections, the site's files, includes and xrefs; and the reader that checks articles. */
    Linked links(SiteInputs inputs, Catalogued catalog) throws Exception {
        List<LocaleInfo> locales = inputs.locales();
        ContentTree tree = inputs.tree();
        PageCatalog index = catalog.catalog();
        List<Object> fileLists = new ArrayList<>();
        for (LocaleInfo l : locales) {
            ContentTree.LocaleFiles f = tree.locales().get(l.tag());
            fileLists.add(f == null ? List.of() : List.of(f.articles(), f.media(), f.tocs()));
        }
        RedirectPages redirects = RedirectPages.plan(config, tree, index, catalog.chrome(), diagnostics::add);
        Set<String> redirected = redirects.keys();
        SiteLinks.Files linkFiles = memo.product(StageCache.LINK_FILES, "",
                List.of(locales, catalog.chrome().keys(), fileLists, redirected),
                () -> new SiteLinks.Files(tree, index, locales, redirected));
        CatalogReader reader = inputs.indexer();
        SiteLinks siteLinks = new SiteLinks(linkFiles, index, locales).project(reader.workDir());
        ArticleReader checks = new ArticleReader(inputs.parser(), reader.files(), config, locales, siteLinks, diagnostics);
        // the includes: the last build's while no include or pivot file changed (a corpus's may be large)
        List<Object> includeInputs = IncludeFiles.inputs(locales, config.sourceLocale(), tree, memo::reported);
        IncludeFiles kept = includeInputs == null ? null : memo.last(StageCache.INCLUDES, "", includeInputs);
        IncludeFiles includes = kept != null ? kept.reuse(reader.files())
                : code() != null ? StoredIncludes.read(options.cache(), code(), config, reader, inputs.parser(), checks, locales, tree, pool)
                : IncludeFiles.read(reader, checks, locales, config.sourceLocale(), tree, pool);
        if (includeInputs != null) memo.keep(StageCache.INCLUDES, "", includeInputs, includes);
        includes.tell(index, checks, reader::display, diagnostics::add); // the site's pages' includes only
        checks.codeFiles(includes);
        Xrefs xrefs = Xrefs.of(index, locales, SiteBuilder.xrefMaps(config, options.workDir()), reader::display, diagnostics::add);
        siteLinks.xrefs(xrefs);
        diagnostics.addAll(done(catalog.fileNames()));
        progress.stage("links, includes and xrefs");
        return new Linked(redirects, linkFiles, siteLinks, checks, includes, xrefs);
    }

    /** Each locale's navigation, and the problems of its tables of contents. */
    Map<String, StageCache.Nav> navigation(SiteInputs inputs, Catalogued catalog, Linked links) throws Exception {
        Navigation navigation = new Navigation(catalog.catalog(), inputs.tree(), config.urlMap(), links.redirects().keys())
                .xrefs(links.xrefs());
        List<LocaleInfo> locales = inputs.locales();
        StageCache.Nav[] made = new StageCache.Nav[locales.size()];
        try {
            pool.forEach(made.length, i -> { // the locales' at once; their problems told in the locales' order
                try {
                    made[i] = navigation(locales.get(i), locales, navigation, inputs.indexer(), memo);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, StageCache.Nav> navs = new LinkedHashMap<>();
        for (int i = 0; i < made.length; i++) {
            diagnostics.addAll(made[i].problems());
            navs.put(locales.get(i).tag(), made[i]);
        }
        progress.stage("navigation");
        return navs;
    }

    /** Every article page, in parallel, one task per article key: kept, from the on-disk cache, or made now. */
    PagePass pages(Engines engines, SiteInputs inputs, Catalogued catalog, Linked links, Map<String, StageCache.Nav> navs)
            throws Exception {
        PageCatalog index = catalog.catalog();
        Map<String, PageNav> pageNavs = new LinkedHashMap<>();
        navs.forEach((locale, nav) -> pageNavs.put(locale, nav.pages()));
        PageBuilder pages = new PageBuilder(links.checks(), engines.renderer(), engines.templates(), index, config,
                catalog.chrome(), pageNavs, links.includes(), links.xrefs(), links.siteLinks());
        String code = code();
        KeyCache cache = code == null ? KeyCache.NONE : KeyCache.open(options.cache(), inputs.indexer().files(),
                KeyCache.site(config, options, inputs, index, catalog.entries()::frontMatter, links.redirects().keys(),
                        links.includes().files(), SiteBuilder.xrefMaps(config, options.workDir()), code, pool),
                wholeFolder() ? options.out() : null, code);
        share.lookUpAnchors(links.siteLinks(), index, pages, catalog.byTag());
        progress.stage("cache key");
        List<List<PageEntry>> groups = catalog.groups();
        int pageCount = groups.stream().mapToInt(List::size).sum();
        TemplateFailures failures = new TemplateFailures(diagnostics);
        AtomicInteger done = new AtomicInteger();
        // what the page pass's products are kept under: the locales, and each key's the includes its pages may show
        String locales = new Fingerprint().value(inputs.locales()).hex();
        // where the pages are: the last build's facts while every locale has the same page keys
        StageCache.Presence presence = memo.product(StageCache.PRESENCE, "", catalog.chrome().keys(),
                () -> new StageCache.Presence(index));
        @SuppressWarnings("unchecked")
        Map<String, String>[] searched = new Map[groups.size()];
        KeyPass pass = new KeyPass(memo, pages, links.checks(), catalog.byTag(), pageNavs, locales, links.includes(), presence,
                failures, out, cache, new String[groups.size()], searched, new TermPool());
        @SuppressWarnings("unchecked")
        Map<String, KeyProduct.Searched>[] entries = new Map[groups.size()];
        pool.forEach(groups.size(), i -> {
            try {
                entries[i] = pass.run(i, groups.get(i));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            progress.pages(done.addAndGet(groups.get(i).size()), pageCount);
        });
        progress.stage("pages");
        return new PagePass(pass, cache, entries, failures);
    }

    /** Every page's links and anchors (each page's check kept while its links and their targets' anchors stay). */
    void checkLinks(Linked links) throws Exception {
        SiteLinks.Checks now = new SiteLinks.Checks();
        SiteLinks.Checks before = memo.last(StageCache.LINK_CHECKS, "", links.files());
        links.checks().checkLinks(config.urlMap(), before == null ? new SiteLinks.Checks() : before, now, pool);
        memo.keep(StageCache.LINK_CHECKS, "", links.files(), now);
        progress.stage("links");
    }

    /** Each locale's search index ({@link SearchStage}). */
    void search(Catalogued catalog, PagePass pages) throws Exception {
        SearchStage.write(catalog.groups(), pages.entries(), new ArrayList<>(catalog.byTag().values()), pages.cache(),
                pages.pass(), memo, out, pool);
        progress.stage("search");
    }

    /** The pages that are not articles (homes, search pages, redirections, chooser, 404), media, assets and the sitemap. */
    void otherPages(Engines engines, SiteInputs inputs, Catalogued catalog, Linked links, Map<String, StageCache.Nav> navs,
                    PagePass pages) throws Exception {
        TemplateFailures failures = pages.failures();
        List<LocaleInfo> locales = inputs.locales();
        LocalePages statics = new LocalePages(catalog.catalog(), catalog.chrome());
        LocaleInfo source = catalog.byTag().getOrDefault(config.sourceLocale(), locales.isEmpty() ? null : locales.get(0));
        List<LocalePages.Page> others = new ArrayList<>();
        for (LocaleInfo l : locales) {
            statics.home(l, navs.get(l.tag()).items()).ifPresent(others::add);
            others.add(statics.search(l));
            others.addAll(links.redirects().pages(l));
        }
        if (source != null) {
            others.add(statics.chooser(source));
            others.add(statics.notFound(source));
        }
        publishMedia(config, inputs, catalog.groups(), others, out, pool, diagnostics);
        // rendered in parallel (or taken from the store while the site's part of the keys is the same); a template's
        // problem told in the pages' order, so that the page it names is always the same
        PageRenderer.TemplateProblem[] problems = new PageRenderer.TemplateProblem[others.size()];
        pool.forEach(others.size(), i -> {
            LocalePages.Page page = others.get(i);
            try {
                memo.page(page.path(), page::model, m -> pages.cache().siteFile("page " + page.path(),
                        () -> engines.templates().renderBytes(page.template(), m)), out);
            } catch (PageRenderer.TemplateProblem e) {
                problems[i] = e;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (int i = 0; i < problems.length; i++) {
            if (problems[i] != null) failures.add(problems[i], others.get(i).path());
        }
        // the assets: the last build's while no file of templates/assets changed (the page scripts are converted)
        List<Object> assetInputs = LocalePages.assetInputs(options.templates(), memo::reported);
        LocalePages.Kept scripts = pages.cache()::siteFile; // the page scripts' classic forms, stored under the site's keys
        LocalePages.Assets assets = assetInputs == null ? LocalePages.assets(options.templates(), scripts)
                : memo.product(StageCache.ASSETS, "", assetInputs, () -> LocalePages.assets(options.templates(), scripts));
        assets.writeTo(out);
        // the sitemap (5 MB for the corpus's 8,756 pages) is the stored one while the site's part of the keys is the same
        out.later("sitemap.xml", () -> pages.cache().siteFile("sitemap.xml",
                () -> SitemapWriter.write(catalog.catalog(), config.baseUrl()).getBytes(StandardCharsets.UTF_8)));
        progress.stage("other pages and media");
    }

    /** What the build did; the on-disk records are kept only when every page could be made. */
    SiteBuilder.Result finish(SiteInputs inputs, Catalogued catalog, Linked links, PagePass pages) {
        boolean whole = !pages.failures().any();
        if (whole) {
            if (wholeFolder()) pages.cache().recordSite(options.out(), code(), folder, pages.pass().products());
            pages.cache().close();
            if (catalog.entries() != null) catalog.entries().save();
        }
        return new SiteBuilder.Result(SiteBuilder.countFiles(inputs.tree()), links.checks().units(), catalog.perLocale(), memo.made(), memo.rendered(),
                pages.cache().hits(), whole);
    }

    /** A locale's navigation: the last build's if made from the same tables of contents and pages, for the same locales. */
    private static StageCache.Nav navigation(LocaleInfo l, List<LocaleInfo> locales, Navigation navigation, CatalogReader indexer,
                                             StageCache.Run memo) throws IOException {
        List<Navigation.Source> tocs = navigation.sources(l.tag(), indexer);
        List<Object> madeFrom = List.of(locales, navigation.inputs(l.tag(), tocs));
        return memo.product(StageCache.NAVIGATION, l.tag(), madeFrom, () -> {
            List<Diagnostic> problems = new ArrayList<>();
            Navigation.Made made = navigation.make(l.tag(), tocs, problems::add);
            return new StageCache.Nav(made.home(), made.pages(), problems);
        });
    }

    /** The media, with what {@link MediaPublisher} left out said and the downloads' {@code _headers}. */
    private static void publishMedia(SiteConfig config, SiteInputs inputs, List<List<PageEntry>> groups,
                                     List<LocalePages.Page> others, SiteOutput out, WorkPool pool,
                                     DiagnosticCollector diagnostics) throws Exception {
        Set<String> pagePaths = new HashSet<>();
        if (config.activeContent() == ActiveContent.DOWNLOAD) { // only then may a content file be named as a page is
            for (List<PageEntry> group : groups) {
                for (PageEntry p : group) pagePaths.add(p.outputPath());
            }
            for (LocalePages.Page page : others) pagePaths.add(page.path());
        }
        MediaPublisher.Published media = MediaPublisher.publish(inputs.locales(), inputs.tree(), config.sourceLocale(),
                inputs.unreadableMedia(), pagePaths, config.activeContent(), out, pool);
        for (Path file : media.displaced()) {
            diagnostics.add(new Diagnostic(inputs.indexer().display(file), 1, 1, 1, 1, Rule.CONTENT_UNSUPPORTED.defaultSeverity(),
                    Rule.CONTENT_UNSUPPORTED.id(), "not published: Tolk writes a page at its address", ""));
        }
        String headers = ActiveContent.headersFile(media.downloads(), config.baseUrl());
        if (headers != null) out.write("_headers", headers.getBytes(StandardCharsets.UTF_8));
    }
}
