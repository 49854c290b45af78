package dev.tolk.build;

import dev.tolk.catalog.CatalogReader;
import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.catalog.Xrefs;
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
import dev.tolk.render.InterfaceStrings;
import dev.tolk.render.MarkdownRenderer;
import dev.tolk.render.PageModels.ArticlePage;
import dev.tolk.render.PageModels.NavItem;
import dev.tolk.render.PageRenderer;
import dev.tolk.search.SearchIndexWriter;
import dev.tolk.source.ContentTree;
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

/**
 * Sequences a build: scan the content tree, index every article (pass 1), render every page in
 * parallel (pass 2), write homes, chooser, 404, sitemap and assets, then swap the new site in.
 * Engines are built once here and shared. Problems in input become diagnostics; the output is
 * replaced only when every page could be written.
 */
public final class SiteBuilder {
    private final PageShare share;

    /** A builder of the whole site. */
    public SiteBuilder() {
        this(PageShare.WHOLE);
    }

    /** A builder of {@code share} of the site (a shard's). */
    SiteBuilder(PageShare share) {
        this.share = share;
    }

    /** Where to read and write, which locales, how many threads. */
    public record Options(Path source, Path templates, Path out, List<String> locales, int jobs, Path workDir) {
    }

    /**
     * What a build did: files read, translation units, pages per locale, article bodies made
     * and pages run through a template (the others were kept from the last build; a one-off
     * build makes them all), and whether the site was made.
     */
    public record Result(int files, int units, Map<String, Integer> pagesPerLocale, int bodies, int rendered,
                         boolean written) {
    }

    /** Told how far the page pass has got; for a terminal progress line. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void pages(int done, int total);
    }

    /** Builds the site into {@code options.out()}, replacing what is there only if every page could be made. */
    public Result build(SiteConfig config, Options options, DiagnosticCollector diagnostics, Progress progress)
            throws Exception {
        AtomicOutput output = AtomicOutput.begin(options.out());
        boolean committed = false;
        try (WorkPool pool = new WorkPool(options.jobs())) {
            BuildMemo.Run memo = BuildMemo.none().run();
            Result result = make(config, options, memo, share.output(SiteOutput.folder(output.dir())), diagnostics, progress, pool);
            if (!result.written()) return result;
            share.finish(SiteOutput.folder(output.dir()), result, diagnostics);
            output.commit(pool);
            committed = true;
            return result;
        } finally {
            if (!committed) output.abandon();
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
            Result result = make(config, options, run, out, diagnostics, Progress.NONE, pool);
            if (!result.written()) return new InMemory(result, null);
            MemorySite site = out.site();
            run.commit(site.paths().size());
            return new InMemory(result, site);
        }
    }

    private Result make(SiteConfig config, Options options, BuildMemo.Run memo, SiteOutput out,
                        DiagnosticCollector diagnostics, Progress progress, WorkPool pool) throws Exception {
        // engines and strings are made once per memo (a template change starts a new one)
        InterfaceStrings strings = memo.reuse("strings", options.templates(),
                () -> InterfaceStrings.load(options.templates().resolve("i18n")));
        PageRenderer templates = memo.reuse("templates", options.templates(), () -> new PageRenderer(options.templates()));
        ArticleRenderer renderer = memo.reuse("renderer", "", () -> new ArticleRenderer(new MarkdownRenderer()));
        ContentTree scanned = memo.tree(options.source(), () -> config.docfx().docset().scan(options.source(), config.exclude()));
        SiteInputs inputs = SiteInputs.read(config, scanned, options.templates(), options.locales(), options.workDir(),
                diagnostics, strings);
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
        ArticleReader checks = new ArticleReader(inputs.parser(), config, locales, siteLinks, diagnostics);
        IncludeFiles includes = IncludeFiles.read(indexer, checks, locales, config.sourceLocale(), tree, pool, diagnostics::add);
        memo.embeds(includes.fingerprint()); // a changed include remakes the pages (it may show in any of them)
        Xrefs xrefs = Xrefs.of(index, locales, xrefMaps(config, options.workDir()), indexer::display, diagnostics::add);
        siteLinks.xrefs(xrefs);
        List<Diagnostic> badNames = memo.reuse("file-names", fileLists, () -> checks.fileNameProblems(tree, indexer));
        diagnostics.addAll(badNames);
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
        share.lookUpAnchors(siteLinks, index, pages, byTag);

        int pageCount = groups.stream().mapToInt(List::size).sum();
        TemplateFailures failures = new TemplateFailures(diagnostics);
        AtomicInteger done = new AtomicInteger();
        KeyPass pass = new KeyPass(memo, pages, checks, byTag, navsBefore, failures, out);
        @SuppressWarnings("unchecked")
        Map<String, PageBuilder.Body>[] bodies = new Map[groups.size()];
        pool.forEach(groups.size(), i -> {
            try {
                bodies[i] = pass.run(i, groups.get(i));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            progress.pages(done.addAndGet(groups.get(i).size()), pageCount);
        });
        checks.checkLinks(config.urlMap(), memo.linkChecksBefore(), memo.linkChecksAfter());
        for (Map.Entry<String, List<SearchIndexWriter.Doc>> e : searchDocs(groups, bodies, locales).entrySet()) {
            out.later(e.getKey() + "/search-index.json", memo.search(e.getKey(), e.getValue()));
        }
        copyMedia(locales, tree, index, out, pool);

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
        for (LocalePages.Page page : others) {
            try {
                memo.page(page.path(), page::model, m -> templates.renderBytes(page.template(), m), out);
            } catch (PageRenderer.TemplateProblem e) {
                failures.add(e, page.path());
            }
        }
        statics.assets(options.templates(), out);
        out.later("sitemap.xml", () -> SitemapWriter.write(index, config.baseUrl()).getBytes(StandardCharsets.UTF_8));
        return new Result(countFiles(tree), checks.units(), perLocale, memo.made(), memo.rendered(),
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
                                                                       Map<String, PageBuilder.Body>[] bodies,
                                                                       List<LocaleInfo> locales) {
        Map<String, List<SearchIndexWriter.Doc>> docs = new LinkedHashMap<>();
        for (LocaleInfo l : locales) docs.put(l.tag(), new ArrayList<>());
        for (int i = 0; i < groups.size(); i++) {
            for (PageEntry p : groups.get(i)) {
                PageBuilder.Body body = bodies[i].get(p.locale());
                if (body != null) docs.get(p.locale()).add(body.doc());
            }
        }
        return docs;
    }

    /**
     * The page pass for one article key: its bodies (the last build's, if its files are the ones
     * read then and, when pages were added or removed since, none of those pages is one their
     * links looked up; else made now, with the key's findings), then each of its pages (the last
     * build's, if its bodies were kept and its navigation shows the same).
     */
    private record KeyPass(BuildMemo.Run memo, PageBuilder pages, ArticleReader checks, Map<String, LocaleInfo> byTag,
                           Map<String, PageNav> navsBefore, TemplateFailures failures, SiteOutput out) {

        /** Makes the pages of the key at {@code place} among the site's keys; returns its bodies by locale. */
        Map<String, PageBuilder.Body> run(int place, List<PageEntry> keyPages) throws IOException {
            String key = keyPages.get(0).key();
            KeptKey old = memo.known(place, key);
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
            if (same && samePages(made, old.pages())) {
                memo.keep(place, old); // nothing of it changed: no new state for the next build
            } else if (bodies.size() == keyPages.size() && !Arrays.asList(made).contains(null)) {
                memo.keep(place, new KeptKey(keyPages.toArray(new PageEntry[0]), findings, bodies, paths, made));
            }
            return bodies;
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

    /**
     * Media of each locale, copied as they are. A source locale reconstructed from lookups gets
     * the media of the locales it was rebuilt from, so its images resolve.
     */
    private static void copyMedia(List<LocaleInfo> locales, ContentTree tree, PageCatalog index, SiteOutput out, WorkPool pool)
            throws Exception {
        Map<String, Path> copies = new LinkedHashMap<>();
        for (LocaleInfo l : locales) {
            ContentTree.LocaleFiles own = tree.locales().get(l.tag());
            if (own != null) {
                for (String key : own.media()) copies.put(l.tag() + "/" + key, own.dir().resolve(key));
            }
        }
        String source = index.sourceLocale();
        if (locales.stream().anyMatch(l -> l.tag().equals(source))) {
            for (LocaleInfo l : locales) {
                ContentTree.LocaleFiles files = tree.locales().get(l.tag());
                if (l.tag().equals(source) || files == null) continue;
                for (String key : files.media()) copies.putIfAbsent(source + "/" + key, files.dir().resolve(key));
            }
        }
        // as DocFX takes images from the English repository: a locale lacking a media file of the
        // source locale's own folder gets that file (the link checker reports it as link/fallback)
        ContentTree.LocaleFiles sourceFiles = tree.locales().get(source);
        if (sourceFiles != null) {
            for (LocaleInfo l : locales) {
                if (l.tag().equals(source)) continue;
                for (String key : sourceFiles.media()) copies.putIfAbsent(l.tag() + "/" + key, sourceFiles.dir().resolve(key));
            }
        }
        List<Map.Entry<String, Path>> list = new ArrayList<>(copies.entrySet());
        pool.forEach(list.size(), i -> {
            try {
                String path = list.get(i).getKey();
                if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                    // opened on its own, an SVG runs its script in the site's origin: published sanitized
                    out.write(path, dev.tolk.render.SvgSanitizer.clean(java.nio.file.Files.readAllBytes(list.get(i).getValue())));
                } else {
                    out.copy(path, list.get(i).getValue());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
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
