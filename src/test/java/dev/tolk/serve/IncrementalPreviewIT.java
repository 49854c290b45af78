package dev.tolk.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tolk.build.SiteBuilder;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.output.MemorySite;
import dev.tolk.testing.Await;
import dev.tolk.testing.Costly;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental rebuild of {@code tolk serve} ends where a full build of the same files does:
 * random sequences of edits (articles and media added, changed, deleted and renamed in several
 * locales, titles that move the navigation, links and anchors that start or stop resolving,
 * tables of contents) are saved while the preview runs, and at checkpoints every file it serves, and every
 * diagnostic it reports, is compared with a fresh {@code tolk build}.
 */
@Costly(seconds = 12)
class IncrementalPreviewIT {
    private static final List<String> LOCALES = List.of("nl-NL", "de-DE", "ar-SA");
    /** Article names: a pool larger than what exists, so links to missing pages start resolving when one is added. */
    private static final List<String> NAMES = List.of("start", "billing", "plans", "renew", "cancel", "invoice", "users",
            "domains", "mail", "setup/first-steps", "setup/licenses", "setup/index");
    private static final List<String> MEDIA = List.of("media/chart.png", "media/logo.png", "setup/media/steps.png");

    @TempDir
    Path tmp;
    /** Markers saved so far by {@link #settle}. */
    private int settles;

    @Test
    void fiftyRandomEditsEndWithTheSiteAFullBuildMakes() throws Exception {
        run(20261126L, 50, 10);
    }

    @Test
    void anotherSequenceComparedAfterEveryEdit() throws Exception {
        run(7L, 20, 1);
    }

    /**
     * A page's links are checked again when a page they point into changes its anchors, though
     * the linking page itself is not touched: the link breaks, then holds again.
     */
    @Test
    void aHeadingRenamedElsewhereBreaksAndMendsTheLinksToIt() throws Exception {
        Path content = tmp.resolve("content");
        Path dir = content.resolve("nl-NL");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("start.md"), "---\ntitle: \"Start\"\n---\n# Start\n\n"
                + pair("a1b2c-101", "Zie [sectie](billing.md#sectie).", "See [section](billing.md#sectie).") + "\n");
        Files.writeString(dir.resolve("billing.md"), "---\ntitle: \"Facturen\"\n---\n# Facturen\n\n## Sectie\n\n"
                + pair("a1b2c-102", "Tekst.", "Text.") + "\n");
        StringWriter log = new StringWriter();
        Path templates = Path.of("templates").toAbsolutePath();
        try (Preview preview = new Preview(SiteConfig.defaults(), new Preview.Options(content, templates,
                tmp.resolve("tolk.yaml"), 2, tmp), InetAddress.getLoopbackAddress(), 0, new PrintWriter(log))) {
            settle(preview, log);
            assertTrue(preview.diagnostics().stream().noneMatch(d -> d.contains("link/missing-anchor")), log.toString());
            for (String heading : List.of("## Andere sectie", "## Sectie")) {
                int before = preview.builds();
                Path billing = dir.resolve("billing.md");
                Files.writeString(billing, Files.readString(billing).replaceFirst("## .*", heading));
                awaitBuild(preview, before, log);
                settle(preview, log);
                compare(preview, content, templates, "after the heading became " + heading);
                assertEquals(heading.equals("## Sectie"),
                        preview.diagnostics().stream().noneMatch(d -> d.contains("link/missing-anchor")), log.toString());
            }
        }
    }

    /**
     * An article that is a link to another (symbolic, or hard) changes when the other is saved,
     * though the watcher reports only the name saved.
     */
    @Test
    void anArticleLinkedToAnotherFollowsItsEdits() throws Exception {
        Path content = tmp.resolve("content");
        Path dir = content.resolve("nl-NL");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("start.md"), "---\ntitle: \"Start\"\n---\n# Start\n\nTekst.\n");
        Files.writeString(dir.resolve("plans.md"), "---\ntitle: \"Plannen\"\n---\n# Plannen\n\nTekst.\n");
        Files.createSymbolicLink(dir.resolve("alias.md"), Path.of("start.md"));
        Files.createLink(dir.resolve("copy.md"), dir.resolve("plans.md"));
        StringWriter log = new StringWriter();
        Path templates = Path.of("templates").toAbsolutePath();
        try (Preview preview = new Preview(SiteConfig.defaults(), new Preview.Options(content, templates,
                tmp.resolve("tolk.yaml"), 2, tmp), InetAddress.getLoopbackAddress(), 0, new PrintWriter(log))) {
            settle(preview, log);
            for (String name : List.of("start.md", "plans.md")) {
                int before = preview.builds();
                Files.writeString(dir.resolve(name), "---\ntitle: \"Nieuw\"\n---\n# Nieuw\n\nAndere tekst.\n");
                awaitBuild(preview, before, log);
                settle(preview, log);
                compare(preview, content, templates, "after " + name + " changed");
            }
            String alias = new String(preview.site().read("nl-NL/alias.html").orElseThrow(), StandardCharsets.UTF_8);
            String copy = new String(preview.site().read("nl-NL/copy.html").orElseThrow(), StandardCharsets.UTF_8);
            assertTrue(alias.contains("Andere tekst") && copy.contains("Andere tekst"), alias + copy);
        }
    }

    /**
     * An include is not a page of its own: saving it remakes the pages that show it, and one that
     * comes or goes (in the page's locale, or only in the source locale it falls back to) too.
     */
    @Test
    void anEditedIncludeShowsInThePagesThatIncludeIt() throws Exception {
        Path content = tmp.resolve("content");
        Path nl = content.resolve("nl-NL");
        Path en = content.resolve("en-US");
        Files.createDirectories(nl.resolve("includes"));
        Files.createDirectories(en.resolve("includes"));
        Files.writeString(nl.resolve("start.md"), "---\ntitle: \"Start\"\n---\n# Start\n\n[!INCLUDE[banner](includes/banner.md)]\n");
        Files.writeString(nl.resolve("plans.md"), "---\ntitle: \"Plannen\"\n---\n# Plannen\n\nGeen include.\n");
        Files.writeString(en.resolve("start.md"), "---\ntitle: \"Start\"\n---\n# Start\n\n[!INCLUDE[banner](includes/banner.md)]\n");
        Files.writeString(en.resolve("includes/banner.md"), "English banner.\n");
        StringWriter log = new StringWriter();
        Path templates = Path.of("templates").toAbsolutePath();
        try (Preview preview = new Preview(SiteConfig.defaults(), new Preview.Options(content, templates,
                tmp.resolve("tolk.yaml"), 2, tmp), InetAddress.getLoopbackAddress(), 0, new PrintWriter(log))) {
            settle(preview, log);
            assertTrue(page(preview, "nl-NL/start.html").contains("English banner."), log.toString());
            String[][] steps = {
                {"nl-NL/includes/banner.md", "Nederlandse banier.\n", "Nederlandse banier."},
                {"nl-NL/includes/banner.md", "Een andere banier.\n", "Een andere banier."},
                {"en-US/includes/banner.md", "New English banner.\n", "Een andere banier."},
            };
            for (String[] step : steps) {
                int before = preview.builds();
                Files.writeString(content.resolve(step[0]), step[1]);
                awaitBuild(preview, before, log);
                settle(preview, log);
                compare(preview, content, templates, "after " + step[0] + " became " + step[1].strip());
                assertTrue(page(preview, "nl-NL/start.html").contains(step[2]), step[2]);
                assertTrue(preview.site().read("nl-NL/includes/banner.html").isEmpty(), "an include is not a page");
            }
            int before = preview.builds();
            Files.delete(nl.resolve("includes/banner.md"));
            awaitBuild(preview, before, log);
            settle(preview, log);
            compare(preview, content, templates, "after the nl-NL include was deleted");
            assertTrue(page(preview, "nl-NL/start.html").contains("New English banner."), "falls back to the en-US include");
        }
    }

    private static String page(Preview preview, String path) throws IOException {
        return new String(preview.site().read(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    /** A locale that comes and goes changes the language switcher of the pages it has, kept ones included. */
    @Test
    void aLocaleAddedAndRemovedChangesEverySwitcher() throws Exception {
        Path content = tmp.resolve("content");
        Random random = new Random(3);
        for (String name : List.of("start", "billing", "plans")) {
            write(content, "nl-NL", name, random);
            write(content, "de-DE", name, random);
        }
        StringWriter log = new StringWriter();
        Path templates = Path.of("templates").toAbsolutePath();
        try (Preview preview = new Preview(SiteConfig.defaults(), new Preview.Options(content, templates,
                tmp.resolve("tolk.yaml"), 2, tmp), InetAddress.getLoopbackAddress(), 0, new PrintWriter(log))) {
            settle(preview, log);
            int before = preview.builds();
            write(content, "fr-FR", "start", random);
            awaitBuild(preview, before, log);
            settle(preview, log);
            compare(preview, content, templates, "after fr-FR/start.md was added");
            String start = new String(preview.site().read("nl-NL/start.html").orElseThrow(), StandardCharsets.UTF_8);
            assertTrue(start.contains("../fr-FR/start.html"), "a kept page's switcher leads to the article in the new locale");
            String billing = new String(preview.site().read("nl-NL/billing.html").orElseThrow(), StandardCharsets.UTF_8);
            assertFalse(billing.contains("fr-FR/"), "the switcher of a page fr-FR lacks does not offer fr-FR (DESIGN §3)");
            before = preview.builds();
            try (Stream<Path> walk = Files.walk(content.resolve("fr-FR"))) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
            awaitBuild(preview, before, log);
            settle(preview, log);
            compare(preview, content, templates, "after fr-FR was removed");
        }
    }

    /**
     * A page is kept while the includes it may show are as they were: random saves of includes (one locale's copy
     * written, edited or deleted, nested, another letter case, missing) and of the pages that name them end, after
     * every second save, with what a full build makes, and what it says.
     */
    @Test
    void randomIncludeEditsEndWithTheSiteAFullBuildMakes() throws Exception {
        Random random = new Random(20261208L);
        Path content = tmp.resolve("includes-site").resolve("content");
        List<String> locales = List.of("nl-NL", "en-US");
        List<String> pages = List.of("start", "plans", "setup/first");
        List<String> includes = List.of("includes/a.md", "includes/b.md", "includes/sub/c.md", "includes/A.md");
        for (String locale : locales) {
            for (String page : pages) writeShowing(content, locale, page, random);
            for (String include : includes.subList(0, 3)) writeInclude(content, locale, include, random);
        }
        StringWriter log = new StringWriter();
        Path templates = Path.of("templates").toAbsolutePath();
        SiteConfig config = SiteConfig.defaults();
        try (Preview preview = new Preview(config, new Preview.Options(content, templates, tmp.resolve("tolk.yaml"), 2, tmp),
                InetAddress.getLoopbackAddress(), 0, new PrintWriter(log))) {
            settle(preview, log);
            List<String> done = new ArrayList<>();
            for (int n = 1; n <= 24; n++) {
                String locale = locales.get(random.nextInt(locales.size()));
                String include = includes.get(random.nextInt(includes.size()));
                Path file = content.resolve(locale).resolve(include);
                int before = preview.builds();
                switch (random.nextInt(4)) {
                    case 0, 1 -> {
                        writeInclude(content, locale, include, random);
                        done.add("write " + locale + "/" + include);
                    }
                    case 2 -> {
                        if (!Files.deleteIfExists(file)) continue;
                        done.add("delete " + locale + "/" + include);
                    }
                    default -> {
                        String page = pages.get(random.nextInt(pages.size()));
                        writeShowing(content, locale, page, random);
                        done.add("write " + locale + "/" + page);
                    }
                }
                awaitBuild(preview, before, log);
                if (n % 2 == 0) {
                    settle(preview, log);
                    compare(config, preview, content, templates, "after " + done);
                }
            }
        }
    }

    /** Writes a page of {@code locale} that names none to two includes, one perhaps missing or in another letter case. */
    private static void writeShowing(Path content, String locale, String name, Random random) throws IOException {
        Path file = content.resolve(locale).resolve(name + ".md");
        Files.createDirectories(file.getParent());
        String up = name.contains("/") ? "../" : "";
        StringBuilder body = new StringBuilder("---\ntitle: \"" + name + "\"\n---\n# " + name + "\n\n");
        for (int i = random.nextInt(3); i > 0; i--) {
            String[] names = {"a.md", "b.md", "sub/c.md", "A.md", "missing.md"};
            body.append("[!INCLUDE[i](").append(up).append("includes/").append(names[random.nextInt(names.length)]).append(")]\n\n");
        }
        Files.writeString(file, body.append(unit("u" + Math.abs(name.hashCode() % 97), random)).append('\n').toString());
    }

    /** Writes an include of {@code locale}, a pair and perhaps a nested include. */
    private static void writeInclude(Path content, String locale, String include, Random random) throws IOException {
        Path file = content.resolve(locale).resolve(include);
        Files.createDirectories(file.getParent());
        String text = unit("i" + random.nextInt(1000), random) + "\n";
        if (random.nextInt(3) == 0) text += "\n[!INCLUDE[n](" + (include.contains("sub/") ? "../b.md" : "sub/c.md") + ")]\n";
        Files.writeString(file, text);
    }

    /**
     * Another site: its own English source pages, a {@code url-map}, keys that differ only in
     * letter case, links of every form (relative, site-absolute, to a folder, mapped URLs with and
     * without a locale segment) and nested tables of contents with long groups, so that which
     * pages keep their links and navigation after pages come and go is put to the test.
     */
    @Test
    void linksOfEveryFormAndNestedTablesOfContents() throws Exception {
        for (long seed : new long[] {11, 12}) runLinked(seed, 40);
    }

    private void runLinked(long seed, int edits) throws Exception {
        SiteConfig config = new SiteConfig("Help", "", "en-US", List.of(), Map.of("https://docs.example.com/help/", ""),
                List.of(), Map.of(), Map.of(), List.of(), SiteConfig.Docfx.NONE);
        Random random = new Random(seed);
        Path content = tmp.resolve("seed-" + seed).resolve("content");
        for (String locale : LINKED_LOCALES) {
            for (int i = 0; i < 10; i++) writeLinked(content, locale, LINKED_NAMES.get(random.nextInt(LINKED_NAMES.size())), random);
            if (random.nextBoolean()) writeNestedToc(content.resolve(locale), random);
        }
        StringWriter log = new StringWriter();
        Path templates = Path.of("templates").toAbsolutePath();
        try (Preview preview = new Preview(config, new Preview.Options(content, templates, tmp.resolve("tolk.yaml"), 2, tmp),
                InetAddress.getLoopbackAddress(), 0, new PrintWriter(log))) {
            List<String> done = new ArrayList<>();
            for (int n = 1; n <= edits; n++) {
                int before = preview.builds();
                done.add(editLinked(content, random));
                awaitBuild(preview, before, log);
                if (n % 2 == 0) {
                    settle(preview, log);
                    compare(config, preview, content, templates, "seed " + seed + ", after " + done);
                }
            }
        }
    }

    private static final List<String> LINKED_LOCALES = List.of("nl-NL", "de-DE", "en-US");
    private static final List<String> LINKED_NAMES = List.of("start", "plans", "Plans", "setup/index", "setup/first",
            "setup/Licenses", "guide/a", "guide/index", "Guide/b", "setup", "p00", "p01", "p02", "p03", "p04", "p05", "p06",
            "p07", "p08", "p09", "p10", "p11", "p12", "p13");

    private static String editLinked(Path content, Random random) throws IOException {
        String locale = LINKED_LOCALES.get(random.nextInt(LINKED_LOCALES.size()));
        Path dir = content.resolve(locale);
        List<Path> articles = files(dir, ".md");
        int kind = random.nextInt(10);
        if (kind < 4) {
            String name = LINKED_NAMES.get(random.nextInt(LINKED_NAMES.size()));
            writeLinked(content, locale, name, random);
            return "write " + locale + "/" + name;
        }
        if (kind < 7 && articles.size() > 1) {
            Path a = articles.get(random.nextInt(articles.size()));
            Files.delete(a);
            return "delete " + locale + "/" + dir.relativize(a);
        }
        if (kind < 8 && !articles.isEmpty()) {
            Path a = articles.get(random.nextInt(articles.size()));
            Files.writeString(a, Files.readString(a).replaceFirst("title: \"[^\"]*\"", "title: \"T" + random.nextInt(5) + "\""));
            return "retitle " + locale + "/" + dir.relativize(a);
        }
        writeNestedToc(dir, random);
        return "toc " + locale;
    }

    private static void writeLinked(Path content, String locale, String name, Random random) throws IOException {
        Path file = content.resolve(locale).resolve(name + ".md");
        Files.createDirectories(file.getParent());
        StringBuilder body = new StringBuilder("---\ntitle: \"T" + random.nextInt(5) + "\"\n---\n# H\n\n");
        String id = "u" + Math.abs(name.hashCode() % 97);
        for (int i = 0; i < 3; i++) {
            body.append(pair(id + "-" + i, "Zie [p](" + linkFrom(name, random) + ").", "See [p](" + linkFrom(name, random) + ")."))
                .append("\n\n");
        }
        body.append("Plain [q](").append(linkFrom(name, random)).append(").\n");
        Files.writeString(file, body.toString());
    }

    /** A link from the page {@code from} to a page of the pool, in one of the forms writers use. */
    private static String linkFrom(String from, Random random) {
        String to = LINKED_NAMES.get(random.nextInt(LINKED_NAMES.size()));
        String up = from.contains("/") ? "../" : "";
        return switch (random.nextInt(7)) {
            case 0 -> up + to + ".md";
            case 1 -> "/" + to;
            case 2 -> "/" + to.toLowerCase(java.util.Locale.ROOT) + ".md";
            case 3 -> "https://docs.example.com/help/" + to.toUpperCase(java.util.Locale.ROOT);
            case 4 -> "https://docs.example.com/nl-nl/help/" + to;
            case 5 -> "/" + (to.contains("/") ? to.substring(0, to.indexOf('/')) : to) + "/";
            default -> up + to.toUpperCase(java.util.Locale.ROOT) + ".md#x";
        };
    }

    /** A table of contents of one to three groups (some linking a page themselves) of 3 to 20 entries. */
    private static void writeNestedToc(Path dir, Random random) throws IOException {
        StringBuilder toc = new StringBuilder();
        for (int g = 1 + random.nextInt(3); g > 0; g--) {
            toc.append("- name: \"G").append(random.nextInt(3)).append("\"\n");
            if (random.nextBoolean()) toc.append("  href: ").append(LINKED_NAMES.get(random.nextInt(LINKED_NAMES.size()))).append(".md\n");
            toc.append("  items:\n");
            for (int i = 3 + random.nextInt(18); i > 0; i--) {
                toc.append("  - name: \"").append(random.nextInt(3) > 0 ? "N" + random.nextInt(4) : "").append("\"\n");
                String href = random.nextInt(8) == 0 ? "setup/" : LINKED_NAMES.get(random.nextInt(LINKED_NAMES.size())) + ".md";
                toc.append("    href: ").append(href).append("\n");
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("TOC.yml"), toc.toString());
    }

    private void run(long seed, int edits, int checkEvery) throws Exception {
        Random random = new Random(seed);
        Path content = tmp.resolve("content");
        for (String locale : LOCALES) {
            for (int i = 0; i < 7; i++) write(content, locale, NAMES.get(random.nextInt(NAMES.size())), random);
            Files.createDirectories(content.resolve(locale).resolve("media"));
            Files.write(content.resolve(locale).resolve(MEDIA.get(0)), png(random));
        }
        writeToc(content.resolve("nl-NL"), random);
        StringWriter log = new StringWriter();
        Path templates = Path.of("templates").toAbsolutePath();
        try (Preview preview = new Preview(SiteConfig.defaults(), new Preview.Options(content, templates,
                tmp.resolve("tolk.yaml"), 2, tmp), InetAddress.getLoopbackAddress(), 0, new PrintWriter(log))) {
            List<String> done = new ArrayList<>();
            for (int n = 1; n <= edits; n++) {
                int before = preview.builds();
                done.add(edit(content, random));
                awaitBuild(preview, before, log);
                if (n % checkEvery == 0 || n == edits) {
                    settle(preview, log);
                    int files = compare(preview, content, templates, "seed " + seed + ", after " + done);
                    assertTrue(files > 20, "a site worth comparing: " + files + " files");
                }
            }
        }
    }

    /** One random edit, saved; returns what it was. */
    private static String edit(Path content, Random random) throws IOException {
        String locale = LOCALES.get(random.nextInt(LOCALES.size()));
        Path dir = content.resolve(locale);
        List<Path> articles = files(dir, ".md");
        List<Path> media = files(dir, ".png");
        switch (random.nextInt(10)) {
            case 0, 1 -> {
                String name = NAMES.get(random.nextInt(NAMES.size()));
                write(content, locale, name, random);
                return "write " + locale + "/" + name;
            }
            case 2, 3, 4 -> {
                if (articles.isEmpty()) return edit(content, random);
                Path a = articles.get(random.nextInt(articles.size()));
                String text = Files.readString(a);
                String changed = switch (random.nextInt(4)) {
                    case 0 -> text.replaceFirst("title: \"[^\"]*\"", "title: \"" + title(random) + "\"");
                    // the heading's English half titles the page rebuilt from lookups in the source locale
                    case 3 -> text.replaceFirst("(?m)^# .*$", "# " + heading(random));
                    case 1 -> text + "\n## " + title(random) + "\n\n" + unit("z" + random.nextInt(1000), random) + "\n";
                    // the anchor other pages link to (#sectie) goes or comes back: their links break or hold again
                    default -> text.contains("## Sectie\n") ? text.replace("## Sectie\n", "## Andere sectie\n")
                            : text.replace("## Andere sectie\n", "## Sectie\n");
                };
                Files.writeString(a, changed);
                return "change " + dir.relativize(a);
            }
            case 5 -> {
                if (articles.size() < 2) return edit(content, random);
                Path a = articles.get(random.nextInt(articles.size()));
                Files.delete(a);
                return "delete " + dir.relativize(a);
            }
            case 6 -> {
                if (articles.isEmpty()) return edit(content, random);
                Path a = articles.get(random.nextInt(articles.size()));
                Path to = dir.resolve(NAMES.get(random.nextInt(NAMES.size())) + ".md");
                if (Files.exists(to)) return edit(content, random);
                Files.createDirectories(to.getParent());
                Files.move(a, to);
                return "rename " + dir.relativize(a) + " to " + dir.relativize(to);
            }
            case 7 -> {
                Path m = dir.resolve(MEDIA.get(random.nextInt(MEDIA.size())));
                Files.createDirectories(m.getParent());
                Files.write(m, png(random));
                return "write " + locale + "/" + dir.relativize(m);
            }
            case 8 -> {
                if (media.isEmpty()) return edit(content, random);
                Path m = media.get(random.nextInt(media.size()));
                if (random.nextBoolean()) {
                    Files.delete(m);
                    return "delete " + locale + "/" + dir.relativize(m);
                }
                Path to = dir.resolve(MEDIA.get(random.nextInt(MEDIA.size())));
                if (Files.exists(to)) return edit(content, random);
                Files.createDirectories(to.getParent());
                Files.move(m, to);
                return "rename " + locale + "/" + dir.relativize(m) + " to " + dir.relativize(to);
            }
            default -> {
                writeToc(dir, random);
                return "toc " + locale;
            }
        }
    }

    private static void write(Path content, String locale, String name, Random random) throws IOException {
        Path file = content.resolve(locale).resolve(name + ".md");
        Files.createDirectories(file.getParent());
        StringBuilder body = new StringBuilder("---\ntitle: \"" + title(random) + "\"\n---\n# " + heading(random) + "\n\n");
        String id = "u" + Math.abs(name.hashCode() % 97);
        body.append(unit(id + "-1", random)).append("\n\n");
        String target = NAMES.get(random.nextInt(NAMES.size()));
        String link = relative(name, target) + ".md" + (random.nextBoolean() ? "#" + "sectie" : "");
        body.append(pair(id + "-2", "Zie [de pagina](" + link + ").", "See [the page](" + link + ")."))
            .append("\n\n## Sectie\n\n");
        String image = relative(name, MEDIA.get(random.nextInt(MEDIA.size())).replace(".png", ""));
        body.append(pair(id + "-3", "Een beeld: ![grafiek](" + image + ".png)", "An image: ![chart](" + image + ".png)"))
            .append("\n\n");
        if (random.nextInt(3) == 0) body.append(pair(id + "-4", "Naar [elders](/" + NAMES.get(random.nextInt(NAMES.size()))
                + ".md).", "To [elsewhere](/" + NAMES.get(random.nextInt(NAMES.size())) + ".md).")).append("\n");
        Files.writeString(file, body.toString());
    }

    /** A link from the page {@code from} to {@code to}, both keys without extension, relative to {@code from}'s folder. */
    private static String relative(String from, String to) {
        return from.contains("/") && !to.contains("/") ? "../" + to : from.contains("/") ? to.substring(to.indexOf('/') + 1) : to;
    }

    /** A page heading: a translation unit, so the source locale's page rebuilt from lookups gets its English half. */
    private static String heading(Random random) {
        String english = List.of("Subscription", "Invoice", "Licence", "Domain", "Users").get(random.nextInt(5));
        return pair("h" + random.nextInt(1000), title(random), english + " " + random.nextInt(50));
    }

    private static String unit(String id, Random random) {
        return pair(id, "Vertaalde zin " + random.nextInt(100) + ".", "Translated sentence " + random.nextInt(100) + ".");
    }

    private static String pair(String id, String translation, String source) {
        return "<span data-ttu-id=\"" + id + "\">" + translation + "</span><span class=\"sxs-lookup\"><span data-stu-id=\""
                + id + "\">" + source + "</span></span>";
    }

    private static String title(Random random) {
        String[] words = {"Abonnement", "Factuur", "Licentie", "Domein", "Gebruikers", "Verlengen", "Opzeggen"};
        return words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " " + random.nextInt(50);
    }

    private static void writeToc(Path dir, Random random) throws IOException {
        StringBuilder toc = new StringBuilder("- name: \"" + title(random) + "\"\n  items:\n");
        List<String> names = new ArrayList<>(NAMES);
        java.util.Collections.shuffle(names, random);
        for (String n : names.subList(0, 5)) {
            toc.append("  - name: \"").append(title(random)).append("\"\n    href: ").append(n).append(".md\n");
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("TOC.yml"), toc.toString());
    }

    private static byte[] png(Random random) {
        byte[] b = new byte[64 + random.nextInt(64)];
        random.nextBytes(b);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(header, 0, b, 0, header.length);
        return b;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void awaitBuild(Preview preview, int before, StringWriter log) throws Exception {
        Await.until(Duration.ofSeconds(20), () -> preview.builds() != before, () -> "no rebuild after an edit: " + log);
    }

    /**
     * Waits until the preview has taken in every save so far and built what they changed (a
     * rename may arrive as two saves): it saves a marker beside {@code tolk.yaml}, watched but
     * read by no build, and waits until the preview has taken that in; saves arrive in order.
     */
    private void settle(Preview preview, StringWriter log) throws Exception {
        Path marker = tmp.resolve("settled-" + settles++);
        Files.writeString(marker, "");
        Await.until(Duration.ofSeconds(20), () -> preview.tookIn(marker), () -> "the preview did not take in " + marker + ": " + log);
    }

    /** Compares what the preview serves and reports with a full build; returns how many files the site has. */
    private int compare(Preview preview, Path content, Path templates, String what) throws Exception {
        return compare(SiteConfig.defaults(), preview, content, templates, what);
    }

    private int compare(SiteConfig config, Preview preview, Path content, Path templates, String what) throws Exception {
        Path out = tmp.resolve("full");
        DiagnosticCollector diagnostics = new DiagnosticCollector(config.rules());
        new SiteBuilder().build(config, new SiteBuilder.Options(content, templates, out, List.of(), 2, tmp),
                diagnostics, SiteBuilder.Progress.NONE);
        Map<String, byte[]> full = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                full.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        MemorySite served = preview.site();
        assertEquals(full.keySet(), new java.util.TreeSet<>(served.paths()), "the same files, " + what);
        for (Map.Entry<String, byte[]> e : full.entrySet()) {
            byte[] mine = served.read(e.getKey()).orElseThrow();
            if (!Arrays.equals(e.getValue(), mine)) {
                fail(e.getKey() + " differs from a full build, " + what + "\n--- full\n"
                        + new String(e.getValue(), StandardCharsets.UTF_8) + "\n--- served\n" + new String(mine, StandardCharsets.UTF_8));
            }
        }
        List<String> expected = diagnostics.sorted().stream().map(Diagnostic::format).toList();
        assertEquals(expected, preview.diagnostics(), "the same diagnostics, " + what);
        return full.size();
    }
}
