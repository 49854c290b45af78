package dev.tolk.build;

import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.catalog.Xrefs;
import dev.tolk.check.ExternalLinkChecker;
import dev.tolk.check.ExternalSettings;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.model.LocaleInfo;
import dev.tolk.nav.Navigation;
import dev.tolk.parse.ArticleParser;
import dev.tolk.render.ArticleRenderer;
import dev.tolk.source.SourceFiles;
import dev.tolk.source.WorkPool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sequences {@code tolk check}: the same reading and validation as a build (the first pass over
 * front matter, the tables of contents, then every file parsed and validated once per key, with
 * drift compared across its locales), without rendering or writing anything.
 */
public final class SiteChecker {
    private final SourceFiles.Opener files;

    /** A checker that reads content from the file system. */
    public SiteChecker() {
        this(java.nio.file.Files::readAllBytes);
    }

    /** A checker that reads content files with {@code files} (a test counts the reads). */
    public SiteChecker(SourceFiles.Opener files) {
        this.files = files;
    }

    /** Where to read, which locales, how many threads; {@code workDir} is what reported paths are relative to. */
    public record Options(Path source, Path templates, List<String> locales, int jobs, Path workDir) {
    }

    /** {@code --external}: the settings, the cache file and a progress line; absent when external links are not checked. */
    public record External(ExternalSettings settings, Path cacheFile, ExternalLinkChecker.Progress progress) {
    }

    /**
     * What was checked: files read, translation units found, links checked offline (and the time
     * that pass took, anchors rendered on demand included), external addresses checked.
     */
    public record Result(int files, int units, int links, int externalUrls, long linkNanos, List<String> checkedFiles) {
    }

    public Result check(SiteConfig config, Options options, DiagnosticCollector diagnostics) throws Exception {
        return check(config, options, null, diagnostics);
    }

    public Result check(SiteConfig config, Options options, External external, DiagnosticCollector diagnostics)
            throws Exception {
        return check(config, options, external, null, diagnostics);
    }

    /**
     * As above, for the pages of one shard ({@code shard}; null for every page): the whole site is
     * read, the pages of the shard's keys are checked, and {@code diagnostics} gets the shard's
     * share ({@link ShardDiagnostics#keep}); the units counted are its pages' (and shard 1's also the
     * includes'), so the shards' counts add up to one check's.
     */
    public Result check(SiteConfig config, Options options, External external, ShardPlan shard,
                        DiagnosticCollector diagnostics) throws Exception {
        // a shard finds what the whole check finds about every file it reads, then keeps its share
        DiagnosticCollector found = shard == null ? diagnostics : new DiagnosticCollector(config.rules());
        Engines engines = Engines.load(options.templates());
        SiteInputs inputs = SiteInputs.read(config, config.docfx().docset().scan(options.source(), config.exclude()), engines,
                options.locales(), options.workDir(), found, SourceFiles.undigested(files, true)); // a check keys nothing by content
        try (WorkPool pool = new WorkPool(options.jobs())) {
            PageCatalog index = inputs.indexer().index(inputs.locales(), config.sourceLocale(), inputs.tree(), pool);
            RedirectPages redirects = RedirectPages.plan(config, inputs.tree(), index,
                    new PageChrome(index, config, inputs.strings()), found::add);
            java.util.Set<String> redirected = redirects.keys();
            SiteLinks links = new SiteLinks(new SiteLinks.Files(inputs.tree(), index, inputs.locales(), redirected),
                    index, inputs.locales()).project(inputs.indexer().workDir());
            ArticleReader checks = new ArticleReader(inputs.parser(), inputs.indexer().files(), config, inputs.locales(), links, found)
                    .siblings(inputs.tree(), config.sourceLocale(), dev.tolk.config.LocalePlan.of(config, inputs.tree(), List.of(),
                            inputs.strings()).stream().map(LocaleInfo::tag).toList());
            ArticleRenderer renderer = engines.renderer();
            checks.fileNames(inputs.tree(), inputs.indexer());
            IncludeFiles includes = IncludeFiles.read(inputs.indexer(), checks, inputs.locales(), config.sourceLocale(),
                    inputs.tree(), pool);
            includes.tell(index, checks, inputs.indexer()::display, found::add);
            checks.codeFiles(includes);
            // a page is rendered only when a link needs its anchors: the build renders every page anyway
            links.anchorSource((locale, key) -> index.find(locale, key).filter(p -> !p.reconstructed())
                    .map(p -> anchors(renderer, inputs.parser(), inputs.indexer().files(), p, includes)));
            int includeUnits = checks.units();
            Xrefs xrefs = Xrefs.of(index, inputs.locales(), SiteBuilder.xrefMaps(config, options.workDir()),
                    inputs.indexer()::display, found::add);
            links.xrefs(xrefs);
            Navigation navigation = new Navigation(index, inputs.tree(), config.urlMap(), redirected).xrefs(xrefs);
            for (LocaleInfo l : inputs.locales()) {
                navigation.make(l.tag(), navigation.sources(l.tag(), inputs.indexer()), found::add);
            }
            Set<String> own = shard == null ? null : shard.keys(index, inputs.locales());
            List<List<PageEntry>> groups = groups(index, inputs.locales(), own);
            pool.forEach(groups.size(), i -> {
                ArticleReader.Group group = checks.group();
                for (PageEntry p : groups.get(i)) {
                    try {
                        group.article(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                group.finish();
            });
            long linksStarted = System.nanoTime();
            int checked = checks.checkLinks(config.urlMap(), pool);
            long linkNanos = System.nanoTime() - linksStarted;
            int urls = external == null ? 0 : ExternalLinkReport.run(links.externalLinks(config.urlMap()),
                    external.settings(), external.cacheFile(), external.progress(), found::add);
            List<String> read = checkedFiles(inputs.tree(), inputs.indexer()::display);
            if (shard == null) return new Result(SiteBuilder.countFiles(inputs.tree()), checks.units(), checked, urls, linkNanos, read);
            new ShardDiagnostics(ShardPlan.pages(index, inputs.locales()), own, shard).keep(found, diagnostics);
            // every shard reads the includes; shard 1 counts their units
            int units = shard.writesSiteFiles() ? checks.units() : checks.units() - includeUnits;
            return new Result(SiteBuilder.countFiles(inputs.tree()), units, checked, urls, linkNanos, read);
        }
    }

    /** Every file the check read (articles, media, tables of contents), as diagnostics name files, sorted. */
    private static List<String> checkedFiles(dev.tolk.source.ContentTree tree, java.util.function.Function<Path, String> display) {
        List<String> out = new java.util.ArrayList<>();
        for (dev.tolk.source.ContentTree.LocaleFiles f : tree.locales().values()) {
            for (List<String> keys : List.of(f.articles(), f.media(), f.tocs())) {
                for (String key : keys) out.add(display.apply(f.dir().resolve(key)));
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }

    /** The site's own pages (not those reconstructed from lookups) by key, in key order; only {@code keys}, unless null. */
    private static List<List<PageEntry>> groups(PageCatalog index, List<LocaleInfo> locales, Set<String> keys) {
        Map<String, List<PageEntry>> byKey = new TreeMap<>();
        for (LocaleInfo l : locales) {
            for (PageEntry p : index.pages(l.tag()).values()) {
                if (p.reconstructed() || keys != null && !keys.contains(p.key())) continue;
                byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** The page's anchors as the build renders them; none for a page unreadable or too deeply nested to render. */
    private static List<String> anchors(ArticleRenderer renderer, ArticleParser parser, SourceFiles files, PageEntry page,
                                        IncludeFiles includes) {
        if (dev.tolk.model.YamlPage.isYamlKey(page.key())) return YamlPageBuilder.anchors(renderer, page, files);
        try {
            String text = files.read(page.file()).text();
            var quiet = new dev.tolk.diag.FileReporter(page.displayFile(), page.locale(), text, d -> { });
            return renderer.anchors(parser.parseBody(page.locale(), page.key(), page.displayFile(), text, page.frontMatter(), quiet),
                    new IncludeAnchors(renderer, includes, page.locale(), page.key()));
        } catch (StackOverflowError | java.io.IOException e) {
            return List.of();
        }
    }
}
