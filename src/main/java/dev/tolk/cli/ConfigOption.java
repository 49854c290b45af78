package dev.tolk.cli;

import dev.tolk.config.ConfigLoader;
import dev.tolk.config.DocsetLoader;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import dev.tolk.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --config} option shared by commands, and loading it into a {@link SiteConfig}. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE", description = "Site configuration (default: ${DEFAULT-VALUE}). "
            + "Without it, the docfx.json of a DocFX docset is read (see --source).")
    Path config = Path.of("tolk.yaml");

    /** The configuration with its problems as {@code config/invalid} diagnostics; a missing file is the defaults. */
    record Loaded(SiteConfig config, List<Diagnostic> problems) {
    }

    /**
     * The configuration for a command over {@code source} and the {@code --locale} tags asked
     * for, or empty after printing why not (the caller exits with {@link Main#USAGE}).
     */
    java.util.Optional<SiteConfig> loadFor(Path source, List<String> locales, java.io.PrintWriter err, String command)
            throws IOException {
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
        return java.util.Optional.of(loaded.config());
    }

    /**
     * The project folder: where the configuration file is (the caches live in its {@code .tolk/});
     * the working folder when the configuration is no plain file ({@code --config /dev/null}).
     */
    Path projectDir() {
        Path parent = config.toAbsolutePath().normalize().getParent();
        boolean plain = Files.isRegularFile(config) || !Files.exists(config);
        return parent == null || !plain ? Path.of("").toAbsolutePath() : parent;
    }

    /**
     * The configuration for the content folder {@code source} and the {@code --locale} tags given:
     * {@code tolk.yaml}, else what the folder's {@code docfx.json} files say, else the defaults;
     * completed with the folder's layout and redirection files ({@link DocsetLoader}).
     */
    Loaded load(Path source, List<String> locales) throws IOException {
        Path workDir = Path.of("").toAbsolutePath();
        DocsetLoader docsets = new DocsetLoader(projectDir(), source, locales, workDir);
        if (!Files.exists(config)) {
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
