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
import dev.tolk.diag.Severity;
import dev.tolk.model.LocaleInfo;
import dev.tolk.nav.Navigation;
import dev.tolk.nav.PageNav;
import dev.tolk.output.AtomicOutput;
import dev.tolk.output.MemorySite;
import dev.tolk.output.SiteOutput;
import dev.tolk.output.SitemapWriter;
import dev.tolk.render.ArticleRenderer;
import dev.tolk.render.PageModels.ArticlePage;
import dev.tolk.render.PageRenderer;
import dev.tolk.search.SearchIndexWriter;
import dev.tolk.source.ContentTree;
import dev.tolk.source.SourceFiles;
import dev.tolk.source.WorkPool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

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

    /** Told how far the page pass has got; for a terminal progress line. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void pages(int done, int total);
    }

    /** Builds the site into {@code options.out()}, replacing what is there only if every page could be made. */
    public Result build(SiteConfig config, Options options, DiagnosticCollector diagnostics, Progress progress)
            throws Exception {
        // a shard's build always runs: its share keeps what the page pass tells it
        UpToDate upToDate = options.cache() == null || share != PageShare.WHOLE ? null : upToDate(config, options);
        if (upToDate != null) {
            var recorded = upToDate.unchanged();
            if (recorded.isPresent()) { // nothing it reads changed, and the site is the one it wrote
                diagnostics.addAll(recorded.get().diagnostics());
                return recorded.get().result();
            }
        }
        AtomicOutput output = AtomicOutput.begin(options.out());
        boolean committed = false;
        try (WorkPool pool = new WorkPool(options.jobs())) {
            BuildMemo.Run memo = BuildMemo.none().run();
            Result result = make(config, options, memo, share.output(SiteOutput.folder(output.dir())), diagnostics, progress,
                    pool, upToDate);
            if (!result.written()) return result;
            share.finish(SiteOutput.folder(output.dir()), result, diagnostics);
            output.commit(pool);
            committed = true;
            if (upToDate != null) upToDate.record(result, diagnostics.sorted());
            return result;
        } finally {
            if (!committed) output.abandon();
        }
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
    public InMemory buildInMemory(SiteConfig config, Options options, BuildMemo memo, DiagnosticCollector diagnostics)
            throws Exception {
        try (WorkPool pool = new WorkPool(options.jobs())) {
            BuildMemo.Run run = memo.run();
            MemorySite.Builder out = new MemorySite.Builder(run.files());
            Result result = make(config, options, run, out, diagnostics, Progress.NONE, pool, null);
            if (!result.written()) return new InMemory(result, null);
            MemorySite site = out.site();
            run.commit(site.paths().size());
            return new InMemory(result, site);
        }
    }

    /** Makes the site into {@code out}; {@code upToDate}: the whole-build check that scanned the content folder (else null). */
    private Result make(SiteConfig config, Options options, BuildMemo.Run memo, SiteOutput out,
                        DiagnosticCollector diagnostics, Progress progress, WorkPool pool, UpToDate upToDate)
            throws Exception {
        // engines are made once per memo (a template change starts a new one)
        Engines engines = memo.engines(options.templates());
        PageRenderer templates = engines.templates();
        ArticleRenderer renderer = engines.renderer();
        ContentTree content = upToDate != null ? upToDate.tree()
                : memo.tree(options.source(), () -> config.docfx().docset().scan(options.source(), config.exclude()));
        SiteInputs inputs = SiteInputs.read(config, content, engines, options.locales(), options.workDir(),
                diagnostics, new SourceFiles(files, false));
        ContentTree tree = inputs.tree();
        List<LocaleInfo> locales = inputs.locales();
        CatalogReader indexer = inputs.indexer();

        PageCatalog index = memo.index(indexer, locales, config.sourceLocale(), tree, pool, diagnostics::add);
        PageChrome frames = new PageChrome(index, config, inputs.strings());
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
        memo.structure(locales, frames.keys(), groups.size());
        List<Object> fileLists = new ArrayList<>();
        for (LocaleInfo l : locales) {
            ContentTree.LocaleFiles f = tree.locales().get(l.tag());
            fileLists.add(f == null ? List.of() : List.of(f.articles(), f.media(), f.tocs()));
        }
        RedirectPages redirects = RedirectPages.plan(config, tree, index, frames, diagnostics::add);
        java.util.Set<String> redirected = redirects.keys();
        SiteLinks.Files linkFiles = memo.linkFiles(List.of(fileLists, redirected),
                () -> new SiteLinks.Files(tree, index, locales, redirected));
        SiteLinks siteLinks = new SiteLinks(linkFiles, index, locales);
        ArticleReader checks = new ArticleReader(inputs.parser(), inputs.indexer().files(), config, locales, siteLinks, diagnostics);
        IncludeFiles includes = IncludeFiles.read(indexer, checks, locales, config.sourceLocale(), tree, pool, diagnostics::add);
        memo.embeds(includes.fingerprint()); // a changed include remakes the pages (it may show in any of them)
        Xrefs xrefs = Xrefs.of(index, locales, xrefMaps(config, options.workDir()), indexer::display, diagnostics::add);
        siteLinks.xrefs(xrefs);
        checks.fileNames(tree, indexer);
        LocalePages statics = new LocalePages(index, frames);
        Navigation navigation = new Navigation(index, tree, config.urlMap(), redirected).xrefs(xrefs);
        Map<String, BuildMemo.Nav> navs = new LinkedHashMap<>();
        Map<String, PageNav> pageNavs = new LinkedHashMap<>();
        Map<String, PageNav> navsBefore = new HashMap<>();
        for (LocaleInfo l : locales) {
            BuildMemo.Nav nav = navigation(l, navigation, indexer, memo);
            diagnostics.addAll(nav.problems());
            navs.put(l.tag(), nav);
            pageNavs.put(l.tag(), nav.pages());
            navsBefore.put(l.tag(), memo.navBefore(l.tag()));
        }
        PageBuilder pages = new PageBuilder(checks, renderer, templates, index, config, frames, pageNavs, includes, xrefs);
        KeyCache cache = options.cache() == null ? KeyCache.NONE : KeyCache.open(options.cache(), inputs.indexer().files(),
                KeyCache.site(config, options, inputs, index, redirected, xrefMaps(config, options.workDir()),
                        upToDate == null ? null : upToDate.code()));
        share.lookUpAnchors(siteLinks, index, pages, byTag);

        int pageCount = groups.stream().mapToInt(List::size).sum();
        TemplateFailures failures = new TemplateFailures(diagnostics);
        AtomicInteger done = new AtomicInteger();
        KeyPass pass = new KeyPass(memo, pages, checks, byTag, navsBefore, failures, out, cache, new String[groups.size()],
                new ConcurrentHashMap<>());
        @SuppressWarnings("unchecked")
        Map<String, SearchIndexWriter.Doc>[] bodies = new Map[groups.size()];
        pool.forEach(groups.size(), i -> {
            try {
                bodies[i] = pass.run(i, groups.get(i));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            progress.pages(done.addAndGet(groups.get(i).size()), pageCount);
        });
        checks.checkLinks(config.urlMap(), memo.linkChecksBefore(), memo.linkChecksAfter(), pool);
        // each locale's search index, in parallel: the cache's when made of the same article products
        List<Map.Entry<String, List<SearchIndexWriter.Doc>>> indexes = new ArrayList<>(searchDocs(groups, bodies, locales).entrySet());
        pool.forEach(indexes.size(), i -> {
            String locale = indexes.get(i).getKey();
            Supplier<byte[]> json = memo.search(locale, indexes.get(i).getValue(), pass.entries(locale));
            String key = cache.searchKey(locale, pass.products());
            Supplier<byte[]> made = key == null ? json : () -> cache.blob(key, json);
            byte[][] once = new byte[1][];
            Supplier<byte[]> searchIndex = () -> {
                synchronized (once) {
                    if (once[0] == null) once[0] = made.get();
                    return once[0];
                }
            };
            try {
                out.later(locale + "/search-index.json", searchIndex);
                out.later(locale + "/search-index.js", () -> dev.tolk.search.SearchIndexWriter.script(searchIndex.get()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        LocaleInfo source = byTag.getOrDefault(config.sourceLocale(), locales.isEmpty() ? null : locales.get(0));
        List<LocalePages.Page> others = new ArrayList<>();
        for (LocaleInfo l : locales) {
            statics.home(l, navs.get(l.tag()).items()).ifPresent(others::add);
            others.add(statics.search(l));
            others.addAll(redirects.pages(l));
        }
        if (source != null) {
            others.add(statics.chooser(source));
            others.add(statics.notFound(source));
        }
        publishMedia(config, inputs, groups, others, out, pool, diagnostics);
        for (LocalePages.Page page : others) {
            try {
                memo.page(page.path(), page::model, m -> templates.renderBytes(page.template(), m), out);
            } catch (PageRenderer.TemplateProblem e) {
                failures.add(e, page.path());
            }
        }
        statics.assets(options.templates(), out);
        out.later("sitemap.xml", () -> SitemapWriter.write(index, config.baseUrl()).getBytes(StandardCharsets.UTF_8));
        if (!failures.any()) cache.close();
        return new Result(countFiles(tree), checks.units(), perLocale, memo.made(), memo.rendered(), cache.hits(),
                !failures.any());
    }

    /** A locale's navigation: the last build's if made from the same tables of contents and pages. */
    private static BuildMemo.Nav navigation(LocaleInfo l, Navigation navigation, CatalogReader indexer, BuildMemo.Run memo) {
        List<Navigation.Source> tocs = navigation.sources(l.tag(), indexer);
        List<Object> madeFrom = navigation.inputs(l.tag(), tocs);
        return memo.nav(l.tag(), madeFrom, () -> {
            List<Diagnostic> problems = new ArrayList<>();
            Navigation.Made made = navigation.make(l.tag(), tocs, problems::add);
            return new BuildMemo.Nav(madeFrom, made.home(), made.pages(), problems);
        });
    }

    /** Each locale's search index entries: its pages' docs, in key order. */
    private static Map<String, List<SearchIndexWriter.Doc>> searchDocs(List<List<PageEntry>> groups,
                                                                       Map<String, SearchIndexWriter.Doc>[] docs,
                                                                       List<LocaleInfo> locales) {
        Map<String, List<SearchIndexWriter.Doc>> out = new LinkedHashMap<>();
        for (LocaleInfo l : locales) out.put(l.tag(), new ArrayList<>());
        for (int i = 0; i < groups.size(); i++) {
            for (PageEntry p : groups.get(i)) {
                SearchIndexWriter.Doc doc = docs[i].get(p.locale());
                if (doc != null) out.get(p.locale()).add(doc);
            }
        }
        return out;
    }

    /**
     * The page pass for one article key: its bodies (the last build's, if its files are the ones
     * read then and, when pages were added or removed since, none of those pages is one their
     * links looked up; else made now, with the key's findings), then each of its pages (the last
     * build's, if its bodies were kept and its navigation shows the same).
     */
    private record KeyPass(BuildMemo.Run memo, PageBuilder pages, ArticleReader checks, Map<String, LocaleInfo> byTag,
                           Map<String, PageNav> navsBefore, TemplateFailures failures, SiteOutput out, KeyCache cache,
                           String[] products, Map<String, Map<SearchIndexWriter.Doc, SearchIndexWriter.Entry>> entries) {

        /** The search entries of a locale's pages made (or taken from the cache) in this pass. */
        Map<SearchIndexWriter.Doc, SearchIndexWriter.Entry> entries(String locale) {
            return entries.getOrDefault(locale, Map.of());
        }

        private void entry(String locale, SearchIndexWriter.Entry e) {
            entries.computeIfAbsent(locale, l -> new ConcurrentHashMap<>()).put(e.doc(), e);
        }


        /**
         * Makes the pages of the key at {@code place} among the site's keys (or takes them from
         * the on-disk cache); returns its pages' search entries by locale.
         */
        Map<String, SearchIndexWriter.Doc> run(int place, List<PageEntry> keyPages) throws IOException {
            String key = keyPages.get(0).key();
            KeptKey old = memo.known(place, key);
            String stored = old == null ? cache.key(keyPages) : null;
            if (stored != null) {
                KeyProduct product = cache.get(stored);
                if (product != null) {
                    products[place] = KeyCache.identity(stored, product.shown());
                    return replay(product);
                }
                cache.record();
            }
            boolean same = old != null && old.sameFiles(keyPages) && linksHold(old, keyPages);
            Map<String, PageBuilder.Body> bodies;
            KeyFindings findings;
            if (same) {
                findings = old.findings();
                checks.replay(findings);
                bodies = old.bodies();
            } else {
                bodies = new HashMap<>();
                PageBuilder.Group group = pages.group();
                for (PageEntry p : keyPages) {
                    try {
                        bodies.put(p.locale(), pages.body(byTag.get(p.locale()), p, group));
                    } catch (PageRenderer.TemplateProblem e) {
                        failures.add(e, p.outputPath());
                    }
                }
                findings = group.finish();
                memo.made(bodies.size());
                bodies = Map.copyOf(bodies);
            }
            String[] paths = new String[keyPages.size()];
            BuildMemo.Page[] made = new BuildMemo.Page[keyPages.size()];
            for (int i = 0; i < paths.length; i++) {
                PageEntry p = keyPages.get(i);
                paths[i] = same ? old.paths()[i] : p.outputPath();
                PageBuilder.Body body = bodies.get(p.locale());
                if (body == null) continue;
                LocaleInfo locale = byTag.get(p.locale());
                try {
                    made[i] = memo.page(same ? old.pages()[i] : old == null ? null : old.page(paths[i]),
                            same && pages.sameView(p.locale(), paths[i], navsBefore.get(p.locale())),
                            () -> pages.model(locale, p, body),
                            m -> pages.render((ArticlePage) m));
                    out.write(paths[i], made[i].bytes());
                } catch (PageRenderer.TemplateProblem e) {
                    failures.add(e, paths[i]);
                }
            }
            boolean whole = bodies.size() == keyPages.size() && !Arrays.asList(made).contains(null);
            if (same && samePages(made, old.pages())) {
                memo.keep(place, old); // nothing of it changed: no new state for the next build
            } else if (whole) {
                memo.keep(place, new KeptKey(keyPages.toArray(new PageEntry[0]), findings, bodies, paths, made));
            }
            Map<String, SearchIndexWriter.Doc> docs = new HashMap<>();
            for (Map.Entry<String, PageBuilder.Body> e : bodies.entrySet()) docs.put(e.getKey(), e.getValue().doc());
            if (stored != null) {
                // the pages' search entries, made here on the pool (and kept with the product)
                for (Map.Entry<String, SearchIndexWriter.Doc> d : docs.entrySet()) {
                    entry(d.getKey(), SearchIndexWriter.entry(d.getValue(), SearchIndexWriter.words(d.getKey())));
                }
                Map<String, String> shown = KeyCache.shownBesides(cache.recorded(), keyPages);
                products[place] = KeyCache.identity(stored, shown);
                if (whole) {
                    List<KeyProduct.Page> product = new ArrayList<>();
                    for (int i = 0; i < paths.length; i++) {
                        String locale = keyPages.get(i).locale();
                        SearchIndexWriter.Doc doc = docs.get(locale);
                        product.add(new KeyProduct.Page(locale, paths[i], made[i].bytes(), doc == null ? null : entries(locale).get(doc)));
                    }
                    cache.put(stored, new KeyProduct(product, findings, shown));
                }
            }
            return docs;
        }

        /** Hands a cached product to the build: its findings to the run, its pages to the output. */
        private Map<String, SearchIndexWriter.Doc> replay(KeyProduct product) throws IOException {
            checks.replay(product.findings());
            Map<String, SearchIndexWriter.Doc> docs = new HashMap<>();
            for (KeyProduct.Page p : product.pages()) {
                out.write(p.path(), p.bytes());
                if (p.doc() != null) {
                    docs.put(p.locale(), p.doc());
                    entry(p.locale(), p.entry());
                }
            }
            return docs;
        }

        /** Whether each page made is the very one kept (not just an equal one). */
        private static boolean samePages(BuildMemo.Page[] made, BuildMemo.Page[] kept) {
            for (int i = 0; i < made.length; i++) {
                if (made[i] != kept[i]) return false;
            }
            return true;
        }

        /** Whether, if pages came or went since, every link in the key's bodies still leads where it did. */
        private boolean linksHold(KeptKey known, List<PageEntry> keyPages) {
            for (PageEntry p : keyPages) {
                PageBuilder.Body body = known.bodies().get(p.locale());
                if (body == null || !memo.linksHold(body)) return false;
            }
            return true;
        }
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

    /** Template errors, reported once per template position (not once per page). */
    private static final class TemplateFailures {
        private final DiagnosticCollector diagnostics;
        private final Set<String> seen = ConcurrentHashMap.newKeySet();

        TemplateFailures(DiagnosticCollector diagnostics) {
            this.diagnostics = diagnostics;
        }

        void add(PageRenderer.TemplateProblem e, String page) {
            if (!seen.add(e.template() + ":" + e.line() + ":" + e.column())) return;
            diagnostics.add(new Diagnostic("templates/" + e.template(), e.line(), e.column(), e.line(), e.column(),
                    Severity.ERROR, Rule.TEMPLATE_ERROR.id(), e.getMessage() + " (while rendering " + page + ")", ""));
        }

        boolean any() {
            return !seen.isEmpty();
        }
    }
}
