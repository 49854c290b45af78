package dev.tolk.cli;

import dev.tolk.config.SiteConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options the localization loop's commands ({@code xliff export}, {@code xliff import},
 * {@code status}) share: the configuration and the content folder. Locales asked for need no
 * folder (a new locale has none yet).
 */
final class LoopOptions {
    @Mixin
    ConfigOption configOption = new ConfigOption();

    @Option(names = "--source", paramLabel = "DIR", description = "Content folder, one sub-folder per locale (default: ${DEFAULT-VALUE}).")
    Path source = Path.of("content");

    /** The configuration, or empty after printing why not (exit {@link Main#USAGE}). */
    Optional<SiteConfig> load(PrintWriter err, String command) throws IOException {
        if (java.nio.file.Files.isRegularFile(source.resolve("docfx.json"))) {
            // one docset folder of one locale: the loop pairs each locale's folder with the source locale's, which it has not
            err.println("tolk " + command + ": " + source + " is one DocFX docset folder (docfx.json at its top); the localization"
                    + " loop reads a folder of locale folders (content/en-US/, content/nl-NL/, …): point --source at that");
            return Optional.empty();
        }
        return configOption.loadFor(source, List.of(), err, command);
    }
}
