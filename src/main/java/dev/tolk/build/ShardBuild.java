package dev.tolk.build;

import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.model.LocaleInfo;
import dev.tolk.output.SiteOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code tolk build --shard I/N} (DESIGN §9): a build that reads the whole site as any build
 * does (catalog, navigation, includes, link facts) and renders only the article keys of its
 * {@link ShardPlan}, into the {@value ShardManifest#SITE} folder of its output beside a
 * {@link ShardManifest}. It writes its pages and each locale's search index of its pages; shard 1
 * also writes every file that is no article's page (homes, search pages, chooser, 404, redirect
 * pages, sitemap, assets, media). A link into a page of another shard is checked against that
 * page's anchors, found by rendering its body as its own shard does. {@link SiteMerge} joins
 * the shards into the site one build writes.
 */
public final class ShardBuild implements PageShare {
    private final ShardPlan plan;
    private final String version;
    private final String input;
    private List<PageEntry> allPages;
    private Set<String> ownKeys;
    private final Set<String> written = new HashSet<>();
    private final Map<String, List<String>> searchKeys = new LinkedHashMap<>();
    private final Map<String, Integer> ownPages = new LinkedHashMap<>();

    private ShardBuild(ShardPlan plan, String version, String input) {
        this.plan = plan;
        this.version = version;
        this.input = input;
    }

    /**
     * Builds shard {@code plan} into {@code options.out()}, replaced whole on success. Adds the
     * shard's share of the diagnostics to {@code diagnostics}; the result counts its own pages.
     *
     * @param input the {@link InputFingerprint} of the build's input
     */
    public static SiteBuilder.Result build(SiteConfig config, SiteBuilder.Options options, ShardPlan plan, String version,
                                           String input, DiagnosticCollector diagnostics, SiteBuilder.Progress progress)
            throws Exception {
        ShardBuild shard = new ShardBuild(plan, version, input);
        DiagnosticCollector found = new DiagnosticCollector(config.rules());
        SiteBuilder.Result result = new SiteBuilder(shard).build(config, options, found, progress);
        new ShardDiagnostics(shard.allPages, shard.ownKeys, plan).keep(found, diagnostics);
        return new SiteBuilder.Result(result.files(), result.units(), java.util.Collections.unmodifiableMap(shard.ownPages), result.bodies(),
                result.rendered(), result.cached(), result.written());
    }

    @Override
    public List<List<PageEntry>> keys(List<List<PageEntry>> all, List<LocaleInfo> locales) {
        allPages = new ArrayList<>();
        for (List<PageEntry> key : all) allPages.addAll(key);
        ownKeys = plan.keys(allPages);
        for (LocaleInfo l : locales) {
            searchKeys.put(l.tag(), new ArrayList<>());
            ownPages.put(l.tag(), 0);
            written.add(l.tag() + "/search-index.json");
            written.add(l.tag() + "/search-index.js");
        }
        List<List<PageEntry>> own = new ArrayList<>();
        for (List<PageEntry> key : all) {
            boolean mine = ownKeys.contains(key.get(0).key());
            if (mine) own.add(key);
            if (!mine) continue;
            for (PageEntry p : key) {
                ownPages.merge(p.locale(), 1, Integer::sum);
                written.add(p.outputPath());
                searchKeys.get(p.locale()).add(p.key()); // a locale's index lists its pages in key order
            }
        }
        return own;
    }

    @Override
    public SiteOutput output(SiteOutput site) {
        return new SiteOutput() {
            @Override
            public void write(String path, byte[] bytes) throws IOException {
                if (writes(path)) site.write(ShardManifest.SITE + "/" + path, bytes);
            }

            @Override
            public void later(String path, Supplier<byte[]> content) throws IOException {
                if (writes(path)) site.later(ShardManifest.SITE + "/" + path, content);
            }

            @Override
            public void copy(String path, Path from) throws IOException {
                if (writes(path)) site.copy(ShardManifest.SITE + "/" + path, from);
            }
        };
    }

    /** Whether this shard writes the file at {@code path}: its pages and search indexes, and shard 1 the rest. */
    private boolean writes(String path) {
        if (ownKeys == null) throw new IllegalStateException("a file written before the shard's keys were known: " + path);
        return plan.writesSiteFiles() || written.contains(path);
    }

    @Override
    public void lookUpAnchors(SiteLinks links, PageCatalog catalog, PageBuilder pages, Map<String, LocaleInfo> byTag) {
        // a page of this shard recorded its anchors when it was made; one of another shard is rendered when a link needs them
        links.anchorSource((locale, key) -> ownKeys.contains(key) ? Optional.empty()
                : catalog.find(locale, key).filter(p -> !p.reconstructed()).flatMap(p -> pages.anchors(byTag.get(locale), p)));
    }

    @Override
    public void finish(SiteOutput folder, SiteBuilder.Result result, DiagnosticCollector diagnostics) throws IOException {
        DiagnosticCollector share = new DiagnosticCollector();
        new ShardDiagnostics(allPages, ownKeys, plan).keep(diagnostics, share);
        ShardManifest manifest = new ShardManifest(version, plan, input, result.files(), result.pagesPerLocale(), searchKeys,
                ShardDiagnostics.Said.by(share));
        folder.write(ShardManifest.FILE, manifest.json());
    }
}
