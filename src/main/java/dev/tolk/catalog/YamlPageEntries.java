package dev.tolk.catalog;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.YamlPage;
import dev.tolk.parse.LinkExtractor;
import dev.tolk.parse.YamlPageReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Consumer;

/**
 * The catalog entry of a YAML page (the first pass of a build, as {@link CatalogReader} reads an
 * article's front matter): its {@code metadata} stands in for front matter, so navigation, the
 * language switcher, search, the sitemap and xref see a YAML page as they see an article. Its title
 * is the metadata title, else the page's title, else the file name; the English title is the
 * same read from the English halves. The YAML problems of the file are reported here, once.
 */
final class YamlPageEntries {
    private final YamlPageReader reader = new YamlPageReader();

    /** The entry of the page in {@code text}, or null when the file is not a page Tolk renders (said to {@code reporter}). */
    PageEntry entry(String locale, String key, Path file, String display, String text, FileReporter reporter) {
        YamlPage page = reader.read(locale, text, reporter).orElse(null);
        if (page == null) return null;
        String metaTitle = page.metadata().string("title").orElse("");
        String title = metaTitle.isEmpty() ? page.title().plain(false) : YamlPageReader.plain(metaTitle, false);
        String sourceTitle = metaTitle.isEmpty() ? page.title().plain(true) : YamlPageReader.plain(metaTitle, true);
        if (title.isEmpty()) title = fileTitle(key);
        if (sourceTitle.isEmpty()) sourceTitle = title;
        return new PageEntry(locale, key, file, display, locale, false, title, sourceTitle, page.metadata(),
                LinkExtractor.includeTargets(text));
    }

    /**
     * Removes the YAML pages that would be published where an article is ({@code foo.yml} beside
     * {@code foo.md}: both are {@code foo.html}, which DocFX refuses too), so that which one is
     * written never depends on timing; says so for a locale's own file. Not said again by a
     * preview rebuild that reads only edited files (the page stays out).
     */
    static void dropShadowed(Map<String, NavigableMap<String, PageEntry>> pages, Consumer<Diagnostic> sink) {
        for (NavigableMap<String, PageEntry> byKey : pages.values()) {
            List<PageEntry> shadowed = new ArrayList<>();
            for (PageEntry e : byKey.values()) {
                if (!YamlPage.isYamlKey(e.key())) continue;
                String md = e.key().substring(0, e.key().lastIndexOf('.')) + ".md";
                if (byKey.containsKey(md)) shadowed.add(e);
            }
            for (PageEntry e : shadowed) {
                byKey.remove(e.key());
                if (e.reconstructed()) continue;
                sink.accept(new Diagnostic(e.displayFile(), 1, 1, 1, 1, Rule.CONTENT_UNSUPPORTED.defaultSeverity(),
                        Rule.CONTENT_UNSUPPORTED.id(), "'" + e.key() + "' and '" + e.key().substring(0, e.key().lastIndexOf('.'))
                        + ".md' would both be published as " + SitePaths.htmlName(e.key()) + "; the YAML page is not published",
                        e.locale()));
            }
        }
    }

    private static String fileTitle(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
