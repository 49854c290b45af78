package dev.tolk.cli;

import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import dev.tolk.l10n.XliffImport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tolk xliff import}: translated XLIFF files back into the locales' articles. Problems
 * are printed with their place in the {@code .xlf}; exit 1 when one is an error (that file wrote
 * nothing).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read translated XLIFF 2 files (or folders of them) back into the locales' articles.")
final class XliffImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoopOptions loop = new LoopOptions();

    @Option(names = "--locale", paramLabel = "TAG", description = "Import only files for this locale (repeatable); a file for another is an error.")
    List<String> locales = new ArrayList<>();

    @Option(names = "--dry-run", description = "Check and report, write nothing.")
    boolean dryRun;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "XLIFF files or folders of them (as export wrote: <locale>/<article>.xlf).")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                err.println("tolk xliff import: '" + p + "' does not exist");
                return Main.USAGE;
            }
        }
        SiteConfig config = loop.load(err, "xliff import").orElse(null);
        if (config == null) return Main.USAGE;
        XliffImport.Result r = new XliffImport().importFiles(inputs, loop.source, config.sourceLocale(), config.exclude(), locales, dryRun,
                Path.of("").toAbsolutePath());
        for (Diagnostic d : r.diagnostics()) out.println(d.format());
        out.println((dryRun ? "Would write " : "Wrote ") + r.written().size() + " articles (" + r.units() + " units changed)");
        return r.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR) ? Main.FINDINGS : Main.OK;
    }
}
