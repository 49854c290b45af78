package dev.tolk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tolk xliff}: the localization loop's hand-off to translators and back (DESIGN §10). */
@Command(name = "xliff", mixinStandardHelpOptions = true,
        description = "Export units to translate as XLIFF 2.0, and import translated XLIFF back into the locales.",
        subcommands = {XliffExportCommand.class, XliffImportCommand.class})
final class XliffCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: 'tolk xliff export' or 'tolk xliff import'");
    }
}
