package dev.tolk.cli;

import dev.tolk.config.ConfigLoader;
import dev.tolk.config.DocsetLoader;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import dev.tolk.diag.Severity;
import dev.tolk.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --config} option shared by commands, and loading it into a {@link SiteConfig}. */
final class ConfigOption {
    /** The configuration file: {@code tolk.yaml} unless {@code --config} names another. */
    Path config = Path.of("tolk.yaml");
    /** Whether {@code --config} was given: a file named there must exist, the default one need not. */
    private boolean named;

    @Option(names = "--config", paramLabel = "FILE", description = "Site configuration (default: tolk.yaml, if there is one). "
            + "Without it, the docfx.json of a DocFX docset is read (see --source).")
    void config(Path file) {
        config = file;
        named = true;
    }

    @Option(names = "--no-config", description = "Read no tolk.yaml, even if there is one: the defaults, or what a DocFX "
            + "docset's docfx.json says. The project folder (for .tolk/) is then the working folder.")
    boolean none;

    /** The configuration with its problems as {@code config/invalid} diagnostics; a missing file is the defaults. */
    record Loaded(SiteConfig config, List<Diagnostic> problems) {
    }

    /**
     * The configuration for a command over {@code source} and the {@code --locale} tags asked
     * for, or empty after printing why not (the caller exits with {@link Main#USAGE}).
     */
    java.util.Optional<SiteConfig> loadFor(Path source, List<String> locales, java.io.PrintWriter err, String command)
            throws IOException {
        if (named && none) {
            err.println("tolk " + command + ": --config and --no-config exclude each other");
            return java.util.Optional.empty();
        }
        if (named && !Files.exists(config)) {
            err.println("tolk " + command + ": configuration file '" + config + "' does not exist"
                    + (Files.isRegularFile(Path.of("tolk.yaml")) ? " (leave out --config to use tolk.yaml)" : ""));
            return java.util.Optional.empty();
        }
        if (!Files.isDirectory(source)) {
            err.println("tolk " + command + ": content folder '" + source + "' does not exist");
            return java.util.Optional.empty();
        }
        Loaded loaded = load(source, locales);
        if (!loaded.problems().isEmpty()) {
            loaded.problems().forEach(d -> err.println(d.format()));
            return java.util.Optional.empty();
        }
        String folderLocale = loaded.config().docfx().docset().folderLocale();
        for (String tag : locales) {
            if (tag.equalsIgnoreCase(loaded.config().sourceLocale())) continue;
            if (folderLocale != null && !tag.equalsIgnoreCase(folderLocale)) {
                err.println("tolk " + command + ": " + source + " is one DocFX docset folder, of one locale (" + folderLocale
                        + "); --locale " + tag + " is another");
                return java.util.Optional.empty();
            }
            if (folderLocale == null && !Files.isDirectory(source.resolve(tag))) {
                err.println("tolk " + command + ": no locale '" + tag + "' in " + source + " (and it is not the source locale)");
                return java.util.Optional.empty();
            }
        }
        warnings = localesWithoutFolder(loaded.config(), source, folderLocale);
        return java.util.Optional.of(loaded.config());
    }

    /** What {@link #loadFor} found that does not stop the command: add these to the run's diagnostics. */
    List<Diagnostic> warnings() {
        return warnings;
    }

    private List<Diagnostic> warnings = List.of();

    /**
     * A locale {@code tolk.yaml} lists whose folder is not in the content folder is left out of
     * the site: a warning at its line, so that a misspelled or missing folder is not silent. The
     * source locale needs no folder (it is rebuilt from the lookup halves), nor does a DocFX docset folder.
     */
    private List<Diagnostic> localesWithoutFolder(SiteConfig site, Path source, String folderLocale) throws IOException {
        if (folderLocale != null || none || !Files.isRegularFile(config)) return List.of();
        String text = null;
        List<Diagnostic> found = new ArrayList<>();
        for (SiteConfig.LocaleSpec locale : site.locales()) {
            String tag = locale.tag();
            if (tag.equalsIgnoreCase(site.sourceLocale()) || Files.isDirectory(source.resolve(tag))) continue;
            if (text == null) text = SourceText.read(config).text();
            String message = "locale '" + tag + "' has no folder '" + source.resolve(tag).toString().replace('\\', '/')
                    + "'; it is left out of the site";
            ConfigLoader.Problem p = ConfigLoader.at(text, tag, message);
            found.add(new Diagnostic(config.toString().replace('\\', '/'), p.line(), p.column(), p.line(), p.column() + tag.length(),
                    Severity.WARNING, Rule.CONFIG_INVALID.id(), message, ""));
        }
        return List.copyOf(found);
    }

    /**
     * The project folder: where the configuration file is (the caches live in its {@code .tolk/});
     * the working folder when the configuration is no plain file ({@code --config /dev/null}).
     */
    Path projectDir() {
        Path parent = config.toAbsolutePath().normalize().getParent();
        boolean plain = Files.isRegularFile(config) || !Files.exists(config);
        return parent == null || !plain || none ? Path.of("").toAbsolutePath() : parent;
    }

    /**
     * The configuration for the content folder {@code source} and the {@code --locale} tags given:
     * {@code tolk.yaml}, else what the folder's {@code docfx.json} files say, else the defaults;
     * completed with the folder's layout and redirection files ({@link DocsetLoader}).
     */
    Loaded load(Path source, List<String> locales) throws IOException {
        Path workDir = Path.of("").toAbsolutePath();
        DocsetLoader docsets = new DocsetLoader(projectDir(), source, locales, workDir);
        if (none || !Files.exists(config)) {
            DocsetLoader.Loaded fromDocfx = docsets.withoutTolkYaml();
            return new Loaded(fromDocfx.config(), fromDocfx.fatal());
        }
        String text = SourceText.read(config).text();
        ConfigLoader.Result result = new ConfigLoader().load(text);
        List<Diagnostic> problems = new ArrayList<>();
        String file = config.toString().replace('\\', '/');
        for (ConfigLoader.Problem p : result.problems()) {
            problems.add(new Diagnostic(file, p.line(), p.column(), p.line(), p.column(), Rule.CONFIG_INVALID.defaultSeverity(),
                    Rule.CONFIG_INVALID.id(), p.message(), ""));
        }
        if (!problems.isEmpty()) return new Loaded(result.config(), problems);
        return new Loaded(docsets.withTolkYaml(result.config(), config, text).config(), problems);
    }
}
