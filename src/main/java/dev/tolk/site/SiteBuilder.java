package dev.tolk.site;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.Rule;
import dev.tolk.diag.Severity;
import dev.tolk.model.LocaleInfo;
import dev.tolk.parse.ArticleParser;
import dev.tolk.render.ArticleRenderer;
import dev.tolk.render.InterfaceStrings;
import dev.tolk.render.MarkdownRenderer;
import dev.tolk.render.PageRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sequences a build: scan the content tree, index every article (pass 1), render every page in
 * parallel (pass 2), write homes, chooser, 404, sitemap and assets, then swap the new site in.
 * Engines are built once here and shared. Problems in input become diagnostics; the output is
 * replaced only when every page could be written.
 */
public final class SiteBuilder {
    /** Where to read and write, which locales, how many threads. */
    public record Options(Path source, Path templates, Path out, List<String> locales, int jobs, Path workDir) {
    }

    /** What a build did: files read, pages written per locale, and whether the site was replaced. */
    public record Result(int files, int units, Map<String, Integer> pagesPerLocale, boolean written) {
    }

    /** Told how far the page pass has got; for a terminal progress line. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void pages(int done, int total);
    }

    public Result build(SiteConfig config, Options options, DiagnosticCollector diagnostics, Progress progress)
            throws Exception {
        SiteInputs inputs = SiteInputs.read(config, options.source(), options.templates(), options.locales(),
                options.workDir(), diagnostics);
        InterfaceStrings strings = inputs.strings();
        ContentTree tree = inputs.tree();
        List<LocaleInfo> locales = inputs.locales();
        ArticleParser parser = inputs.parser();
        SiteIndexer indexer = inputs.indexer();
        ArticleRenderer renderer = new ArticleRenderer(new MarkdownRenderer());
        PageRenderer templates = new PageRenderer(options.templates());

        AtomicOutput output = AtomicOutput.begin(options.out());
        boolean committed = false;
        try (WorkPool pool = new WorkPool(options.jobs())) {
            SiteIndex index = indexer.index(locales, config.sourceLocale(), tree, pool);
            Frames frames = new Frames(index, config, strings);
            ArticleChecks checks = new ArticleChecks(parser, config, locales, new SiteLinks(tree, index, locales), diagnostics);
            checks.fileNames(tree, indexer);
            StaticPages statics = new StaticPages(templates, index, frames);
            Map<String, List<dev.tolk.render.PageModels.NavItem>> navs = new LinkedHashMap<>();
            Map<String, PageNav> pageNavs = new LinkedHashMap<>();
            for (LocaleInfo l : locales) {
                navs.put(l.tag(), statics.navigation(l, tree, diagnostics::add, indexer));
                pageNavs.put(l.tag(), new PageNav(l.tag(), navs.get(l.tag()), statics.folderTree(l)));
            }
            PageBuilder pages = new PageBuilder(checks, renderer, templates, index, config, frames, pageNavs, diagnostics::add);
            Path outDir = output.dir();

            Map<String, Integer> perLocale = new LinkedHashMap<>();
            Map<String, LocaleInfo> byTag = new LinkedHashMap<>();
            java.util.TreeMap<String, List<PageEntry>> byKey = new java.util.TreeMap<>();
            List<PageEntry> all = new ArrayList<>();
            for (LocaleInfo l : locales) {
                byTag.put(l.tag(), l);
                perLocale.put(l.tag(), index.pages(l.tag()).size());
                for (PageEntry p : index.pages(l.tag()).values()) {
                    byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
                    all.add(p);
                }
            }
            createDirectories(outDir, all);
            // one task per article key: its pages in every locale share one render of the English side
            List<List<PageEntry>> groups = new ArrayList<>(byKey.values());
            TemplateFailures failures = new TemplateFailures(diagnostics);
            AtomicInteger done = new AtomicInteger();
            pool.forEach(groups.size(), i -> {
                PageBuilder.Group group = pages.group();
                for (PageEntry p : groups.get(i)) {
                    try {
                        pages.build(byTag.get(p.locale()), p, outDir, group);
                    } catch (PageRenderer.TemplateProblem e) {
                        failures.add(e, p.outputPath());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    progress.pages(done.incrementAndGet(), all.size());
                }
                group.finish();
            });
            checks.checkLinks(config.urlMap());
            pool.forEach(locales.size(), i -> {
                String tag = locales.get(i).tag();
                try {
                    StaticPages.write(outDir, tag + "/search-index.json", SearchIndexWriter.write(tag, pages.searchDocs(tag)));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            copyMedia(locales, tree, index, outDir, pool);

            LocaleInfo source = byTag.getOrDefault(config.sourceLocale(), locales.isEmpty() ? null : locales.get(0));
            try {
                for (LocaleInfo l : locales) {
                    statics.home(l, navs.get(l.tag()), outDir);
                    statics.search(l, outDir);
                }
                if (source != null) {
                    statics.chooser(source, outDir);
                    statics.notFound(source, outDir);
                }
            } catch (PageRenderer.TemplateProblem e) {
                failures.add(e, "a locale home, the chooser or the 404 page");
            }
            statics.assets(options.templates(), outDir);
            StaticPages.write(outDir, "sitemap.xml", SitemapWriter.write(index, config.baseUrl()));

            if (failures.any()) return new Result(countFiles(tree), checks.units(), perLocale, false);
            output.commit(pool);
            committed = true;
            return new Result(countFiles(tree), checks.units(), perLocale, true);
        } finally {
            if (!committed) output.abandon();
        }
    }

    private static void createDirectories(Path outDir, List<PageEntry> pages) throws IOException {
        Set<Path> dirs = new java.util.TreeSet<>();
        for (PageEntry p : pages) dirs.add(outDir.resolve(p.outputPath()).getParent());
        for (Path d : dirs) Files.createDirectories(d);
    }

    /**
     * Media of each locale, copied as they are. A source locale reconstructed from lookups gets
     * the media of the locales it was rebuilt from, so its images resolve.
     */
    private static void copyMedia(List<LocaleInfo> locales, ContentTree tree, SiteIndex index, Path outDir, WorkPool pool)
            throws Exception {
        record Copy(Path from, Path to) {
        }
        Map<Path, Copy> copies = new LinkedHashMap<>();
        for (LocaleInfo l : locales) {
            ContentTree.LocaleFiles own = tree.locales().get(l.tag());
            if (own != null) {
                for (String key : own.media()) {
                    Path to = outDir.resolve(l.tag()).resolve(key);
                    copies.put(to, new Copy(own.dir().resolve(key), to));
                }
            }
        }
        String source = index.sourceLocale();
        if (locales.stream().anyMatch(l -> l.tag().equals(source))) {
            for (LocaleInfo l : locales) {
                ContentTree.LocaleFiles files = tree.locales().get(l.tag());
                if (l.tag().equals(source) || files == null) continue;
                for (String key : files.media()) {
                    Path to = outDir.resolve(source).resolve(key);
                    copies.putIfAbsent(to, new Copy(files.dir().resolve(key), to));
                }
            }
        }
        List<Copy> list = new ArrayList<>(copies.values());
        Set<Path> dirs = new java.util.TreeSet<>();
        for (Copy c : list) dirs.add(c.to().getParent());
        for (Path d : dirs) Files.createDirectories(d);
        pool.forEach(list.size(), i -> {
            try {
                Files.copy(list.get(i).from(), list.get(i).to(), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
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
