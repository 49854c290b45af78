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

    /**
     * Whether a file at {@code key} is an article that needs front matter and a title: not an
     * include file (in an {@code includes} folder, as DocFX docsets keep them) nor a README.
     */
    public static boolean needsFrontMatter(String key) {
        return !(isInclude(key) || key.equalsIgnoreCase("readme.md") || key.toLowerCase(java.util.Locale.ROOT).endsWith("/readme.md"));
    }

    /** Whether {@code key} names an include file: one inside a folder called {@code includes} (any letter case). */
    public static boolean isInclude(String key) {
        int from = 0;
        while (true) {
            int slash = key.indexOf('/', from);
            if (slash < 0) return false;
            if (slash - from == 8 && key.regionMatches(true, from, "includes", 0, 8)) return true;
            from = slash + 1;
        }
    }
}
