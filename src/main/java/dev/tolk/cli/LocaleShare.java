package dev.tolk.cli;

import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * A run narrowed by {@code --locale}: the source locale is read and built with the locales asked for (their pages
 * fall back to its pages, and tu/drift compares their English with its articles), but its own findings are not this
 * run's, so that {@code check --locale uk-UA} reports that locale's share of what a whole check reports: the
 * findings in its files, those of files of no locale (configuration, redirections), and the notes that it uses a
 * source-locale table of contents in place of its own.
 */
final class LocaleShare {
    private LocaleShare() {
    }

    /** Which diagnostics the run reports: all, unless the locales asked for leave out a source locale with a folder. */
    static Predicate<Diagnostic> of(List<String> locales, SiteConfig config, Path source, Path workDir) {
        if (locales.isEmpty() || locales.stream().anyMatch(config.sourceLocale()::equalsIgnoreCase)) return d -> true;
        Path folder = source.toAbsolutePath().normalize().resolve(config.sourceLocale());
        if (!Files.isDirectory(folder)) return d -> true;
        String prefix = workDir.toAbsolutePath().normalize().relativize(folder).toString().replace('\\', '/') + "/";
        // a source-locale file's finding is the run's only when it is about a locale asked for: its TOC used in their place
        return d -> !d.file().startsWith(prefix)
                || d.rule().equals("link/fallback") && locales.stream().anyMatch(t -> d.message().contains(" into " + t + ";"));
    }
}
