package dev.tolk.build;

import dev.tolk.config.SiteConfig;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.output.AtomicOutput;
import dev.tolk.output.MemorySite;
import dev.tolk.output.SiteOutput;
import dev.tolk.source.ContentTree;
import dev.tolk.source.SourceFiles;
import dev.tolk.source.WorkPool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

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
        AtomicOutput output = AtomicOutput.begin(options.out(), options.cache() != null);
        boolean committed = false;
        try (WorkPool pool = new WorkPool(options.jobs())) {
            StageCache.Run memo = StageCache.none().run();
            Result result = make(config, options, memo, share.output(output.site()), output.dir(), diagnostics,
                    progress, pool, upToDate, engines);
            if (!result.written()) return result;
            share.finish(output.site(), result, diagnostics);
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
    static <T> Future<T> beside(String name, java.util.concurrent.Callable<T> task) {
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
        BuildStages stages = new BuildStages(files, share, config, options, memo, out, folder, diagnostics, progress, pool,
                upToDate, loading);
        Engines engines = stages.engines();
        SiteInputs inputs = stages.scan(engines);
        BuildStages.Catalogued catalog = stages.catalog(inputs);
        BuildStages.Linked links = stages.links(inputs, catalog);
        Map<String, StageCache.Nav> navs = stages.navigation(inputs, catalog, links);
        BuildStages.PagePass pages = stages.pages(engines, inputs, catalog, links, navs);
        stages.checkLinks(links);
        stages.search(catalog, pages);
        stages.otherPages(engines, inputs, catalog, links, navs, pages);
        return stages.finish(inputs, catalog, links, pages);
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
