package dev.tolk.cli;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import dev.tolk.site.ConfigLoader;
import dev.tolk.site.SiteConfig;
import dev.tolk.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --config} option shared by commands, and loading it into a {@link SiteConfig}. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE", description = "Site configuration (default: ${DEFAULT-VALUE}).")
    Path config = Path.of("tolk.yaml");

    /** The configuration with its problems as {@code config/invalid} diagnostics; a missing file is the defaults. */
    record Loaded(SiteConfig config, List<Diagnostic> problems) {
    }

    Loaded load() throws IOException {
        if (!Files.exists(config)) return new Loaded(SiteConfig.defaults(), List.of());
        String text = SourceText.read(config).text();
        ConfigLoader.Result result = new ConfigLoader().load(text);
        List<Diagnostic> problems = new ArrayList<>();
        String file = config.toString().replace('\\', '/');
        for (ConfigLoader.Problem p : result.problems()) {
            problems.add(new Diagnostic(file, p.line(), p.column(), p.line(), p.column(), Rule.CONFIG_INVALID.defaultSeverity(),
                    Rule.CONFIG_INVALID.id(), p.message(), ""));
        }
        return new Loaded(result.config(), problems);
    }
}
