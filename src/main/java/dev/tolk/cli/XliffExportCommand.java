package dev.tolk.cli;

import dev.tolk.config.SiteConfig;
import dev.tolk.l10n.XliffExport;
import dev.tolk.source.ContentTree;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tolk xliff export}: one XLIFF 2.0 file per target locale and article. A locale given
 * with {@code --locale} that has no folder yet is started from the source locale's articles.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write xliff/<locale>/<article>.xlf for each target locale: the units to translate.")
final class XliffExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoopOptions loop = new LoopOptions();

    @Option(names = "--locale", paramLabel = "TAG", description = "Export for this locale (repeatable; a new locale needs no folder). "
            + "Default: every locale folder but the source locale's.")
    List<String> locales = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("xliff");

    @Option(names = "--needed", description = "Only units that are missing, untranslated or drifted.")
    boolean needed;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        for (String tag : locales) {
            if (!ContentTree.LOCALE_TAG.matcher(tag).matches()) {
                err.println("tolk xliff export: '" + tag + "' is not a locale tag (BCP 47, such as nl-NL)");
                return Main.USAGE;
            }
        }
        SiteConfig config = loop.load(err, "xliff export").orElse(null);
        if (config == null) return Main.USAGE;
        XliffExport.Result r = new XliffExport().export(loop.source, config.sourceLocale(), config.exclude(), locales, out, needed,
                Path.of("").toAbsolutePath());
        spec.commandLine().getOut().println("Exported " + r.units() + " units in " + r.files() + " files to " + out);
        return Main.OK;
    }
}
