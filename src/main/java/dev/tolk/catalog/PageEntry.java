package dev.tolk.catalog;

import dev.tolk.model.FrontMatter;
import java.nio.file.Path;
import java.util.List;

/**
 * One page to build, known after the first pass: its locale and key, the file it is read from
 * (for a source page reconstructed from lookups, the translated file of {@code originLocale}),
 * its title, the title its English halves give, its front matter, and the paths its include
 * directives name as written ({@code [!INCLUDE[…](path)]} anywhere in the file, code and comments
 * too: the includes it may show, which are the ones a build validates).
 */
public record PageEntry(String locale, String key, Path file, String displayFile, String originLocale,
                 boolean reconstructed, String title, String sourceTitle, FrontMatter frontMatter, List<String> includes) {

    public PageEntry {
        includes = List.copyOf(includes);
    }

    /** A page whose file names no include. */
    public PageEntry(String locale, String key, Path file, String displayFile, String originLocale, boolean reconstructed,
                     String title, String sourceTitle, FrontMatter frontMatter) {
        this(locale, key, file, displayFile, originLocale, reconstructed, title, sourceTitle, frontMatter, List.of());
    }

    public String outputPath() {
        return SitePaths.page(locale, key);
    }
}
