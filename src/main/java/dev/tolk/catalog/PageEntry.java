package dev.tolk.catalog;

import dev.tolk.model.FrontMatter;
import java.nio.file.Path;

/**
 * One page to build, known after the first pass: its locale and key, the file it is read from
 * (for a source page reconstructed from lookups, the translated file of {@code originLocale}),
 * its title, the title its English halves give, and its front matter.
 */
public record PageEntry(String locale, String key, Path file, String displayFile, String originLocale,
                 boolean reconstructed, String title, String sourceTitle, FrontMatter frontMatter) {

    public String outputPath() {
        return SitePaths.page(locale, key);
    }
}
