package dev.tolk.cli;

import dev.tolk.config.SiteConfig;
import dev.tolk.l10n.AtomicFile;
import dev.tolk.l10n.StatusWriter;
import dev.tolk.l10n.TranslationStatus;
import dev.tolk.source.ContentTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tolk status}: how far each locale is translated, as a table, JSON or an HTML dashboard
 * with SVG badges beside it; {@code --fail-under PCT} exits 1 when a locale's translated share is
 * below it (a CI gate).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show how far each locale is translated: units, untranslated, drifted, missing articles.")
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoopOptions loop = new LoopOptions();

    @Option(names = "--locale", paramLabel = "TAG", description = "Only this locale (repeatable; one without a folder counts as all missing).")
    List<String> locales = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or html (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output; with html, "
            + "the badges <locale>.svg are written beside it (e.g. site/status/index.html).")
    Path output;

    @Option(names = "--fail-under", paramLabel = "PCT", description = "Exit 1 when a locale's translated share of units is below PCT.")
    Double failUnder;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "json", "html").contains(format)) return usage(err, "--format is text, json or html, not '" + format + "'");
        if (failUnder != null && (failUnder < 0 || failUnder > 100)) return usage(err, "--fail-under takes a percentage from 0 to 100");
        for (String tag : locales) {
            if (!ContentTree.LOCALE_TAG.matcher(tag).matches()) return usage(err, "'" + tag + "' is not a locale tag (BCP 47, such as nl-NL)");
        }
        SiteConfig config = loop.load(err, "status").orElse(null);
        if (config == null) return Main.USAGE;
        TranslationStatus.Settings settings = new TranslationStatus.Settings(config.sourceLocale(), config.exclude(), config.rules(),
                config.doNotTranslate(), config.docfx().extraKeys());
        TranslationStatus.Report report = new TranslationStatus().compute(loop.source, settings, locales, Path.of("").toAbsolutePath());
        String text = switch (format) {
            case "json" -> StatusWriter.json(report, Main.version());
            case "html" -> StatusWriter.html(report);
            default -> StatusWriter.text(report);
        };
        if (output == null) {
            spec.commandLine().getOut().print(text);
        } else {
            try {
                write(output, text);
                if (format.equals("html")) {
                    Path dir = output.toAbsolutePath().getParent();
                    for (TranslationStatus.LocaleStatus l : report.locales()) write(dir.resolve(l.locale() + ".svg"), StatusWriter.badge(l));
                }
            } catch (IOException e) {
                return usage(err, "cannot write " + output + ": " + AtomicFile.reason(e));
            }
        }
        if (failUnder != null) {
            for (TranslationStatus.LocaleStatus l : report.locales()) {
                if (l.percent() < failUnder) {
                    err.printf(Locale.ROOT, "tolk status: %s is %.1f%% translated, under %.1f%%%n", l.locale(), l.percent(), failUnder);
                    return Main.FINDINGS;
                }
            }
        }
        return Main.OK;
    }

    /** Written whole or not at all, so a CI job never publishes half a page. */
    private static void write(Path file, String text) throws IOException {
        AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8), false);
    }

    private static int usage(PrintWriter err, String message) {
        err.println("tolk status: " + message);
        return Main.USAGE;
    }
}
