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
import dev.tolk.output.AtomicOutput;
import dev.tolk.output.MemorySite;
import dev.tolk.output.SiteOutput;
import dev.tolk.output.SitemapWriter;
import dev.tolk.render.PageRenderer;
import dev.tolk.search.SearchIndexWriter;
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
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sequences a build: scan the content tree, index every article (pass 1), render every page in
 * parallel (pass 2), write homes, chooser, 404, sitemap and assets, then swap the new site in.
 * Engines are built once here and shared. Problems in input become diagnostics; the output is
 * replaced only when every page could be written.
 */
public final class SiteBuilder {
    private final SourceFiles.Opener files;
    private final PageShare share;

    /** A builder of the whole site that reads content from the file system. */
    public SiteBuilder() {
        this(java.nio.file.Files::readAllBytes, PageShare.WHOLE);
    }

    /** A builder of the whole site that reads content files with {@code files} (a test counts the reads). */
    public SiteBuilder(SourceFiles.Opener files) {
        this(files, PageShare.WHOLE);
    }

    /** A builder of {@code share} of the site (a shard's). */
    SiteBuilder(PageShare share) {
        this(java.nio.file.Files::readAllBytes, share);
    }

    private SiteBuilder(SourceFiles.Opener files, PageShare share) {
        this.files = files;
        this.share = share;
    }

    /**
     * Where to read and write, which locales, how many threads, and the on-disk cache
     * ({@code cache}: its folder; null for none).
     */
    public record Options(Path source, Path templates, Path out, List<String> locales, int jobs, Path workDir, Path cache) {
        /** Without an on-disk cache. */
        public Options(Path source, Path templates, Path out, List<String> locales, int jobs, Path workDir) {
            this(source, templates, out, locales, jobs, workDir, null);
        }
    }

    /**
     * What a build did: files read, translation units, pages per locale, article bodies made
     * and pages run through a template (the others were kept from the last build; a one-off
     * build makes them all), article pages taken from the on-disk cache, and whether the site
     * was made.
     */
    public record Result(int files, int units, Map<String, Integer> pagesPerLocale, int bodies, int rendered,
                         int cached, boolean written) {
    }

    /** Told how far the build has got: for a progress line, and for {@code --timings}. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        /** How many of the page pass's pages are made. */
        void pages(int done, int total);

        /** A stage of the build has ended (its name: "catalog", "pages", ...); the next one starts. */
        default void stage(String name) {
        }
    }

    /** Builds the site into {@code options.out()}, replacing what is there only if every page could be made. */
    public Result build(SiteConfig config, Options options, DiagnosticCollector diagnostics, Progress progress)
            throws Exception {
        // the engines (templates, strings, parsers: mostly class loading, a tenth of a one-article rebuild) load
        // while the whole-build check reads the tree; a build it finds up to date does not wait for them
        Future<Engines> engines = beside("tolk-engines", () -> Engines.load(options.templates()));
        // a shard's build always runs: its share keeps what the page pass tells it
        UpToDate upToDate = options.cache() == null || share != PageShare.WHOLE ? null : upToDate(config, options);
        if (upToDate != null) {
            var recorded = upToDate.unchanged();
            progress.stage("up-to-date check");
            if (recorded.isPresent()) { // nothing it reads changed, and the site is the one it wrote
                diagnostics.addAll(recorded.get().diagnostics());
                return recorded.get().result();
            }
        }
        AtomicOutput output = AtomicOutput.begin(options.out());
        boolean committed = false;
        try (WorkPool pool = new WorkPool(options.jobs())) {
            StageCache.Run memo = StageCache.none().run();
            Result result = make(config, options, memo, share.output(SiteOutput.folder(output.dir())), output.dir(), diagnostics,
                    progress, pool, upToDate, engines);
            if (!result.written()) return result;
            share.finish(SiteOutput.folder(output.dir()), result, diagnostics);
            output.commit(pool);
            committed = true;
            progress.stage("write and swap");
            if (upToDate != null) upToDate.record(result, diagnostics.sorted());
            return result;
        } finally {
            if (!committed) output.abandon();
        }
    }

    /** Runs {@code task} on a daemon thread of its own, named {@code name}, beside the caller. */
    private static <T> Future<T> beside(String name, java.util.concurrent.Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(future, name);
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    /** The whole-build check, or null when an input has no canonical form (then every build runs). */
    private static UpToDate upToDate(SiteConfig config, Options options) {
        try {
            List<Path> named = new ArrayList<>(xrefMaps(config, options.workDir()));
            for (var r : config.docfx().docset().redirections()) named.add(r.file());
            return UpToDate.of(config, options, named);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A site built in memory, and what the build did; {@code site} is null when a template failed. */
    public record InMemory(Result result, MemorySite site) {
    }

    /**
     * Builds the site in memory ({@code options.out()} is not used), redoing only what changed
     * since the last build with the same {@code memo}: the site is the one {@link #build} would
     * write from the same input, and the diagnostics the ones it would report.
     */
    public InMemory buildInMemory(SiteConfig config, Options options, StageCache memo, DiagnosticCollector diagnostics)
            throws Exception {
        return buildInMemory(config, options, memo, diagnostics, Progress.NONE);
    }

    /** {@link #buildInMemory(SiteConfig, Options, StageCache, DiagnosticCollector)}, telling {@code progress} of each stage. */
    public InMemory buildInMemory(SiteConfig config, Options options, StageCache memo, DiagnosticCollector diagnostics,
                                  Progress progress) throws Exception {
        try (WorkPool pool = new WorkPool(options.jobs())) {
            StageCache.Run run = memo.run();
            MemorySite.Builder out = new MemorySite.Builder(run.files());
            Result result = make(config, options, run, out, null, diagnostics, progress, pool, null, null);
            if (!result.written()) return new InMemory(result, null);
            MemorySite site = out.site();
            run.commit(site.paths().size());
            return new InMemory(result, site);
        }
    }

    /**
     * Makes the site into {@code out}: the folder {@code folder} (that will replace
     * {@code options.out()}), or memory ({@code folder} null); {@code upToDate}: the whole-build
     * check that scanned the content folder (else null); {@code loading}: the engines being loaded
     * (null: the build's cache makes or keeps them).
     */
    private Result make(SiteConfig config, Options options, StageCache.Run memo, SiteOutput out, Path folder,
                        DiagnosticCollector diagnostics, Progress progress, WorkPool pool, UpToDate upToDate,
                        Future<Engines> loading) throws Exception {
        Stages stages = new Stages(config, options, memo, out, folder, diagnostics, progress, pool, upToDate, loading);
        Engines engines = stages.engines();
        SiteInputs inputs = stages.scan(engines);
        Catalogued catalog = stages.catalog(inputs);
        Linked links = stages.links(inputs, catalog);
        Map<String, StageCache.Nav> navs = stages.navigation(inputs, catalog, links);
        PagePass pages = stages.pages(engines, inputs, catalog, links, navs);
        stages.checkLinks(links);
        stages.search(catalog, pages);
        stages.otherPages(engines, inputs, catalog, links, navs, pages);
        return stages.finish(inputs, catalog, links, pages);
    }

    /**
     * The catalog, and what the page pass takes from it: each locale, its page count, and the
     * article keys' pages in build order; and the content folder's bad file names, worked out
     * beside it (naming a character loads Java's table of names), told with the links.
     */
    private record Catalogued(PageCatalog catalog, EntryStore entries, PageChrome chrome, Map<String, LocaleInfo> byTag,
                              Map<String, Integer> perLocale, List<List<PageEntry>> groups, Future<List<Diagnostic>> fileNames) {
    }

    /** The link facts: redirections, the site's files, where links lead, the article reader that checks them, includes and xrefs. */
    private record Linked(RedirectPages redirects, SiteLinks.Files files, SiteLinks siteLinks, ArticleReader checks,
                          IncludeFiles includes, Xrefs xrefs) {
    }

    /** The page pass: its products, each article key's search entries by locale (in build order), and the template failures. */
    private record PagePass(KeyPass pass, KeyCache cache, Map<String, KeyProduct.Searched>[] entries, TemplateFailures failures) {
    }

    /** The stages of one build, each a method from typed inputs to a typed product, sharing the build's settings. */
    private final class Stages {
        private final SiteConfig config;
        private final Options options;
        private final StageCache.Run memo;
        private final SiteOutput out;
        /** The folder the site is written into (null: memory); for a whole site, the page pass links pages of the one it replaces. */
        private final Path folder;
        private final DiagnosticCollector diagnostics;
        private final Progress progress;
        private final WorkPool pool;
        private final UpToDate upToDate;
        private final Future<Engines> loading;
        private String code;

        Stages(SiteConfig config, Options options, StageCache.Run memo, SiteOutput out, Path folder,
               DiagnosticCollector diagnostics, Progress progress, WorkPool pool, UpToDate upToDate, Future<Engines> loading) {
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
            Future<List<Diagnostic>> fileNames = beside("tolk-file-names",
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
            SiteLinks siteLinks = new SiteLinks(linkFiles, index, locales);
            CatalogReader reader = inputs.indexer();
            ArticleReader checks = new ArticleReader(inputs.parser(), reader.files(), config, locales, siteLinks, diagnostics);
            // the includes: the last build's while no include or pivot file changed (a corpus's may be large)
            List<Object> includeInputs = IncludeFiles.inputs(locales, config.sourceLocale(), tree, memo::reported);
            IncludeFiles kept = includeInputs == null ? null : memo.last(StageCache.INCLUDES, "", includeInputs);
            IncludeFiles includes = kept != null ? kept.reuse(reader.files(), checks, diagnostics::add)
                    : code() != null ? StoredIncludes.read(options.cache(), code(), config, reader, inputs.parser(), checks, locales,
                            tree, pool, diagnostics::add)
                    : IncludeFiles.read(reader, checks, locales, config.sourceLocale(), tree, pool, diagnostics::add);
            if (includeInputs != null) memo.keep(StageCache.INCLUDES, "", includeInputs, includes);
            Xrefs xrefs = Xrefs.of(index, locales, xrefMaps(config, options.workDir()), reader::display, diagnostics::add);
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
                        made[i] = SiteBuilder.navigation(locales.get(i), locales, navigation, inputs.indexer(), memo);
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
                    catalog.chrome(), pageNavs, links.includes(), links.xrefs());
            String code = code();
            KeyCache cache = code == null ? KeyCache.NONE : KeyCache.open(options.cache(), inputs.indexer().files(),
                    KeyCache.site(config, options, inputs, index, catalog.entries()::frontMatter, links.redirects().keys(), xrefMaps(config, options.workDir()), code, pool),
                    wholeFolder() ? options.out() : null, code);
            share.lookUpAnchors(links.siteLinks(), index, pages, catalog.byTag());
            progress.stage("cache key");
            List<List<PageEntry>> groups = catalog.groups();
            int pageCount = groups.stream().mapToInt(List::size).sum();
            TemplateFailures failures = new TemplateFailures(diagnostics);
            AtomicInteger done = new AtomicInteger();
            // what the page pass's products are kept under: the includes (any page may show one) and the locales
            String embeds = new Fingerprint().add(links.includes().fingerprint()).value(inputs.locales()).hex();
            // where the pages are: the last build's facts while every locale has the same page keys
            StageCache.Presence presence = memo.product(StageCache.PRESENCE, "", catalog.chrome().keys(),
                    () -> new StageCache.Presence(index));
            @SuppressWarnings("unchecked")
            Map<String, String>[] searched = new Map[groups.size()];
            KeyPass pass = new KeyPass(memo, pages, links.checks(), catalog.byTag(), pageNavs, embeds, presence,
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
        Result finish(SiteInputs inputs, Catalogued catalog, Linked links, PagePass pages) {
            boolean whole = !pages.failures().any();
            if (whole) {
                if (wholeFolder()) pages.cache().recordSite(options.out(), code(), folder, pages.pass().products());
                pages.cache().close();
                if (catalog.entries() != null) catalog.entries().save();
            }
            return new Result(countFiles(inputs.tree()), links.checks().units(), catalog.perLocale(), memo.made(), memo.rendered(),
                    pages.cache().hits(), whole);
        }
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

    /** The configured xref map files ({@code xref-maps}), relative to the working directory. */
    static List<Path> xrefMaps(SiteConfig config, Path workDir) {
        List<Path> out = new ArrayList<>();
        for (String p : config.docfx().xrefMaps()) out.add(workDir.resolve(p));
        return out;
    }

    static int countFiles(ContentTree tree) {
        int n = 0;
        for (ContentTree.LocaleFiles f : tree.locales().values()) n += f.articles().size() + f.media().size() + f.tocs().size();
        return n;
    }
}
