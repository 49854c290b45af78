package dev.tolk.site;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.model.LocaleInfo;
import dev.tolk.render.PageModels.ChooserPage;
import dev.tolk.render.PageModels.HomePage;
import dev.tolk.render.PageModels.LocaleLink;
import dev.tolk.render.PageModels.NavItem;
import dev.tolk.render.PageModels.NotFoundPage;
import dev.tolk.render.PageRenderer;
import dev.tolk.source.LineMap;
import dev.tolk.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The pages that are not articles: each locale's home (navigation from {@code TOC.yml} or the
 * folder tree; a locale's own root {@code index.md} takes its place), the root locale chooser,
 * the 404 page, and the static assets.
 */
final class StaticPages {
    /** Assets of the default theme, shipped in the jar; a project's {@code templates/assets} adds or replaces. */
    private static final List<String> DEFAULT_ASSETS = List.of("tolk.css", "bilingual.js", "calculator.js", "proration.js",
            "search.js");

    private final PageRenderer templates;
    private final SiteIndex index;
    private final Frames frames;
    private final Navigation navigation = new Navigation();

    StaticPages(PageRenderer templates, SiteIndex index, Frames frames) {
        this.templates = templates;
        this.index = index;
        this.frames = frames;
    }

    /** A locale's navigation: its {@code TOC.yml} files where present (problems reported), else the folder tree. */
    List<NavItem> navigation(LocaleInfo locale, ContentTree tree, Consumer<Diagnostic> sink, SiteIndexer files)
            throws IOException {
        List<NavItem> nav = new ArrayList<>();
        ContentTree.LocaleFiles own = tree.locales().get(locale.tag());
        if (own != null) {
            for (String toc : own.tocs()) {
                Path file = own.dir().resolve(toc);
                String text = SourceText.read(file).text();
                FileReporter reporter = new FileReporter(files.display(file), locale.tag(), new LineMap(text), sink);
                nav.addAll(navigation.fromToc(toc, text, locale.tag(), index, reporter));
            }
        }
        return nav.isEmpty() ? navigation.fromTree(locale.tag(), index) : nav;
    }

    /** A locale's pages as a folder tree. */
    List<NavItem> folderTree(LocaleInfo locale) {
        return navigation.fromTree(locale.tag(), index);
    }

    void home(LocaleInfo locale, List<NavItem> nav, Path outDir) throws IOException, PageRenderer.TemplateProblem {
        if (index.find(locale.tag(), "index.md").isPresent()) return; // the locale's own home page
        String path = locale.tag() + "/index.html";
        String title = frames.strings(locale.tag()).get("site.home");
        HomePage model = new HomePage(frames.frame(locale, path, title, Optional.empty()), nav, "");
        write(outDir, path, templates.render("home.ftlh", model));
    }

    /** A locale's search page, beside its index {@code search-index.json} (written by the caller, in parallel). */
    void search(LocaleInfo locale, Path outDir) throws IOException, PageRenderer.TemplateProblem {
        String path = locale.tag() + "/search.html";
        String title = frames.strings(locale.tag()).get("search.label");
        write(outDir, path, templates.render("search.ftlh",
                new dev.tolk.render.PageModels.SearchPage(frames.frame(locale, path, title, Optional.empty()))));
    }

    void chooser(LocaleInfo sourceLocale, Path outDir) throws IOException, PageRenderer.TemplateProblem {
        String path = "index.html";
        String title = frames.strings(sourceLocale.tag()).get("site.choose-language");
        ChooserPage model = new ChooserPage(frames.frame(sourceLocale, path, title, Optional.empty()), homes(path));
        write(outDir, path, templates.render("chooser.ftlh", model));
    }

    void notFound(LocaleInfo sourceLocale, Path outDir) throws IOException, PageRenderer.TemplateProblem {
        String path = "404.html";
        String title = frames.strings(sourceLocale.tag()).get("site.not-found.title");
        NotFoundPage model = new NotFoundPage(frames.frame(sourceLocale, path, title, Optional.empty()), homes(path));
        write(outDir, path, templates.render("404.ftlh", model));
    }

    void assets(Path templatesDir, Path outDir) throws IOException {
        Path assets = outDir.resolve("assets");
        Files.createDirectories(assets);
        for (String name : DEFAULT_ASSETS) {
            try (InputStream in = StaticPages.class.getResourceAsStream("/dev/tolk/templates/assets/" + name)) {
                if (in != null) Files.copy(in, assets.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path own = templatesDir == null ? null : templatesDir.resolve("assets");
        if (own != null && Files.isDirectory(own)) {
            try (var walk = Files.walk(own)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    Path target = assets.resolve(own.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private List<LocaleLink> homes(String from) {
        List<LocaleLink> out = new ArrayList<>();
        for (LocaleInfo l : index.locales()) {
            out.add(new LocaleLink(l.tag(), l.name(), l.dir(), SitePaths.relative(from, l.tag() + "/index.html"), false));
        }
        return out;
    }

    static void write(Path outDir, String path, String content) throws IOException {
        Path target = outDir.resolve(path);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content, StandardCharsets.UTF_8);
    }
}
