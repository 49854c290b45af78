package dev.tolk.model;

import java.util.List;

/**
 * One parsed input file of a locale tree. {@code key} is its path below the locale folder,
 * {@code /}-separated, with the {@code .md} extension (the translation key shared by all
 * locales); {@code text} is the whole file (front matter included) so offsets stay original;
 * {@code bodyStart} is where the Markdown body begins.
 */
public record Article(String locale, String key, String file, String text, int bodyStart,
                      FrontMatter frontMatter, List<TranslationUnit> units) {
}
