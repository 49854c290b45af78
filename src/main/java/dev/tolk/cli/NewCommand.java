package dev.tolk.cli;

import dev.tolk.source.ContentTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tolk new DIR [--locale TAG]...}: a project to start from, which builds with exit 0: a
 * {@code tolk.yaml}, an English article and a calculator article with their {@code TOC.yml}, and
 * per locale a paired-span translation of the article and a {@code TOC.yml} (the calculator
 * article falls back to English there, as an untranslated article does). The texts are in
 * {@code new/} beside this class; a language they have no lines for gets the English text marked
 * with its tag, for a translator to replace.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a new project to start from into DIR (which must not exist, or be empty).",
        footer = {"", "Examples:", "  tolk new help-site                      English and Dutch",
                "  tolk new help-site --locale de-DE --locale ja-JP",
                "  cd help-site && tolk build            then open site/index.html"})
final class NewCommand implements Callable<Integer> {
    private static final String SOURCE = "en-US";
    private static final String RESOURCES = "/dev/tolk/cli/new/";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The project folder to create.")
    Path dir;

    @Option(names = "--locale", paramLabel = "TAG", description = "A locale to translate into (repeatable; default: nl-NL).")
    List<String> locales = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<String> tags = new LinkedHashSet<>(locales.isEmpty() ? List.of("nl-NL") : locales);
        for (String tag : tags) {
            if (!ContentTree.LOCALE_TAG.matcher(tag).matches()) return usage(err, "--locale '" + tag + "' is not a BCP 47 tag (e.g. nl-NL)");
        }
        tags.removeIf(SOURCE::equalsIgnoreCase);
        if (Files.exists(dir) && !(Files.isDirectory(dir) && isEmpty(dir))) {
            return usage(err, "'" + dir + "' already exists and is not an empty folder; choose a new one");
        }
        Properties strings = new Properties();
        strings.load(new StringReader(resource("strings.properties")));
        StringBuilder localeList = new StringBuilder("  - {tag: " + SOURCE + ", name: English}");
        for (String tag : tags) localeList.append("\n  - {tag: ").append(tag).append('}');
        write("tolk.yaml", resource("tolk.yaml").replace("{{TITLE}}", "Help").replace("{{LOCALES}}", localeList));
        // what a build writes beside the content: the site, the site before last (AtomicOutput), the cache
        write(".gitignore", "# written by tolk build and tolk serve\n/site\n/.site.tolk-*\n/.tolk/\n");
        for (String name : List.of("getting-started.md", "calculator.md", "TOC.yml")) {
            write("content/" + SOURCE + "/" + name, resource(name));
        }
        int n = 0;
        for (String tag : tags) {
            String prefix = String.format(Locale.ROOT, "%05x", 0xa1b2c + n++);
            write("content/" + tag + "/getting-started.md", fill(resource("translation.md"), strings, tag).replace("{{P}}", prefix));
            write("content/" + tag + "/TOC.yml", fill(resource("translation-TOC.yml"), strings, tag));
        }
        out.println("tolk new: wrote a project to " + dir + " (locales: " + SOURCE + (tags.isEmpty() ? "" : ", " + String.join(", ", tags))
                + "). Next:");
        out.println("  cd " + dir + " && tolk build     # then open site/index.html, or run tolk serve");
        return Main.OK;
    }

    /** The template with {@code {{TAG}}} and {@code {{T1}}}..{@code {{T12}}} in the language of {@code tag}. */
    private static String fill(String template, Properties strings, String tag) {
        String language = tag.split("-")[0].toLowerCase(Locale.ROOT);
        String text = template.replace("{{TAG}}", tag);
        for (int i = 12; i >= 1; i--) { // T12 before T1, which it starts with
            String english = strings.getProperty("en.T" + i);
            String own = strings.getProperty(language + ".T" + i, "(" + tag + ") " + english);
            text = text.replace("{{T" + i + "}}", own);
        }
        return text;
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IOException("missing from the jar: " + RESOURCES + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.findAny().isEmpty();
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("tolk new: " + message);
        return Main.USAGE;
    }
}
