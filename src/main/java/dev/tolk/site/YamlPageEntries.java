package dev.tolk.site;

import dev.tolk.diag.FileReporter;
import dev.tolk.model.YamlPage;
import dev.tolk.parse.YamlPageReader;
import java.nio.file.Path;

/**
 * The catalog entry of a YAML page (the first pass of a build, as {@link SiteIndexer} reads an
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
        return new PageEntry(locale, key, file, display, locale, false, title, sourceTitle, page.metadata());
    }

    private static String fileTitle(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
