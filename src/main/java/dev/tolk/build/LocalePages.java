package dev.tolk.build;

import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.SitePaths;
import dev.tolk.model.LocaleInfo;
import dev.tolk.output.ClassicScript;
import dev.tolk.output.SiteOutput;
import dev.tolk.render.PageModels.ChooserPage;
import dev.tolk.render.PageModels.HomePage;
import dev.tolk.render.PageModels.LocaleLink;
import dev.tolk.render.PageModels.NavItem;
import dev.tolk.render.PageModels.NotFoundPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pages that are not articles: each locale's home (its {@link Navigation}; a locale's own
 * root {@code index.md} takes its place), the root locale chooser,
 * the 404 page, and the static assets.
 */
final class LocalePages {
    /** Assets of the default theme, shipped in the jar; a project's {@code templates/assets} adds or replaces. */
    private static final List<String> DEFAULT_ASSETS = List.of("tolk.css", "bilingual.js", "calculator.js", "proration.js",
            "search.js", "tabs.js", "pivots.js");

    private final PageCatalog index;
    private final PageChrome frames;

    LocalePages(PageCatalog index, PageChrome frames) {
        this.index = index;
        this.frames = frames;
    }

    /** A page to render: where it goes, its template and its model. */
    record Page(String path, String template, Object model) {
    }

    /**
     * A locale's home, its whole navigation; where the locale has a home page of its own (a root
     * {@code index.md}, or a landing page {@code index.yml} as DocFX's home), the navigation is
     * written beside it as {@code toc.html}, which the pages' "contents" link leads to.
     */
    Optional<Page> home(LocaleInfo locale, List<NavItem> nav) {
        boolean own = frames.ownHome(locale.tag());
        String path = own ? PageChrome.contentsPath(locale.tag()) : locale.tag() + "/index.html";
        String title = frames.strings(locale.tag()).get(own ? "site.contents" : "site.home");
        return Optional.of(new Page(path, "home.ftlh", new HomePage(frames.frame(locale, path, title, Optional.empty()), nav, "")));
    }

    /** A locale's search page, beside its index {@code search-index.json} (written by the caller, in parallel). */
    Page search(LocaleInfo locale) {
        String path = locale.tag() + "/search.html";
        String title = frames.strings(locale.tag()).get("search.label");
        return new Page(path, "search.ftlh",
                new dev.tolk.render.PageModels.SearchPage(frames.frame(locale, path, title, Optional.empty())));
    }

    Page chooser(LocaleInfo sourceLocale) {
        String path = "index.html";
        String title = frames.strings(sourceLocale.tag()).get("site.choose-language");
        return new Page(path, "chooser.ftlh", new ChooserPage(frames.frame(sourceLocale, path, title, Optional.empty()), homes(path)));
    }

    /**
     * The 404 page. A host serves it for any missing address, at any depth, where its addresses relative to the site's
     * root lead nowhere (no style, no script, every link dead): with a base URL configured they start from the root's
     * path on the host instead ({@code /help/assets/tolk.css}).
     */
    Page notFound(LocaleInfo sourceLocale) {
        String path = "404.html";
        String title = frames.strings(sourceLocale.tag()).get("site.not-found.title");
        dev.tolk.render.PageModels.Frame frame = frames.frame(sourceLocale, path, title, Optional.empty());
        List<LocaleLink> homes = homes(path);
        String base = frames.basePath();
        if (!base.isEmpty()) {
            List<LocaleLink> languages = frame.languages().stream()
                    .map(l -> new LocaleLink(l.tag(), l.name(), l.dir(), base + l.href(), l.current())).toList();
            frame = new dev.tolk.render.PageModels.Frame(frame.lang(), frame.dir(), frame.title(), frame.siteTitle(),
                    base + frame.root(), base + frame.home(), frame.canonical(), frame.alternates(), languages, frame.t(),
                    base + frame.contents());
            homes = homes.stream().map(l -> new LocaleLink(l.tag(), l.name(), l.dir(), base + l.href(), l.current())).toList();
        }
        return new Page(path, "404.ftlh", new NotFoundPage(frame, homes));
    }

    /** The site's assets as made: each file's bytes, or the project's file copied as it is. */
    record Assets(Map<String, byte[]> made, Map<String, Path> copied) {
        void writeTo(SiteOutput out) throws IOException {
            for (Map.Entry<String, byte[]> e : made.entrySet()) out.write(e.getKey(), e.getValue());
            for (Map.Entry<String, Path> e : copied.entrySet()) out.copy(e.getKey(), e.getValue());
        }
    }

    /**
     * What decides the assets besides Tolk's own: each file of {@code templates/assets}, with its
     * size and time; null when one was {@code reported} changed or its size and time cannot be told.
     */
    static List<Object> assetInputs(Path templatesDir, java.util.function.Predicate<Path> reported) throws IOException {
        List<Object> out = new java.util.ArrayList<>();
        Path own = templatesDir == null ? null : templatesDir.resolve("assets");
        if (own == null || !Files.isDirectory(own)) return out;
        try (var walk = Files.walk(own)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                var stamp = dev.tolk.source.ContentTree.stamp(p);
                if (stamp.isEmpty() || reported.test(p)) return null;
                out.add(List.of(own.relativize(p).toString(), stamp.get()));
            }
        }
        return out;
    }

    /**
     * The theme's assets, then the project's own {@code templates/assets} (which add or replace).
     * The scripts pages load are written as classic scripts ({@link ClassicScript}), so that the
     * site works opened from disk; the other files, {@code proration.js} included (the module
     * the calculator's own tests import), as they are. Each page script's classic form is taken
     * from {@code kept}: a build's store keeps it under the site's part of the keys, which holds
     * the templates and Tolk's code (converting the four scripts was a fiftieth of a one-article
     * rebuild, on the main thread).
     */
    static Assets assets(Path templatesDir, Kept kept) throws IOException {
        Map<String, byte[]> made = new TreeMap<>();
        Map<String, Path> copied = new TreeMap<>();
        Map<String, byte[]> scripts = new TreeMap<>();
        for (String name : DEFAULT_ASSETS) {
            try (InputStream in = LocalePages.class.getResourceAsStream("/dev/tolk/templates/assets/" + name)) {
                if (in == null) continue;
                byte[] bytes = in.readAllBytes();
                if (name.endsWith(".js")) scripts.put(name, bytes);
                if (!PAGE_SCRIPTS.contains(name)) made.put("assets/" + name, bytes);
            }
        }
        Path own = templatesDir == null ? null : templatesDir.resolve("assets");
        if (own != null && Files.isDirectory(own)) {
            try (var walk = Files.walk(own)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = own.relativize(p).toString().replace('\\', '/');
                    if (name.endsWith(".js")) scripts.put(name, Files.readAllBytes(p));
                    if (!PAGE_SCRIPTS.contains(name)) {
                        made.remove("assets/" + name);
                        copied.put("assets/" + name, p);
                    }
                }
            }
        }
        for (String name : PAGE_SCRIPTS) {
            byte[] module = scripts.get(name);
            if (module == null) continue;
            made.put("assets/" + name, kept.file("classic script " + name, () -> ClassicScript.of(new String(module, StandardCharsets.UTF_8),
                    sibling -> {
                        byte[] b = scripts.get(sibling);
                        return b == null ? null : new String(b, StandardCharsets.UTF_8);
                    }).orElse(new String(module, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        }
        return new Assets(java.util.Collections.unmodifiableMap(made), java.util.Collections.unmodifiableMap(copied));
    }

    /** Where the page scripts' classic forms are kept: {@code make}'s bytes, or the same bytes kept from before. */
    interface Kept {
        byte[] file(String name, KeyCache.Making<RuntimeException> make);
    }

    /** The scripts the templates load into pages (search on every page; the others where a page needs them). */
    private static final List<String> PAGE_SCRIPTS = List.of("bilingual.js", "calculator.js", "search.js", "tabs.js", "pivots.js");

    private List<LocaleLink> homes(String from) {
        List<LocaleLink> out = new ArrayList<>();
        for (LocaleInfo l : index.locales()) {
            out.add(new LocaleLink(l.tag(), l.name(), l.dir(), SitePaths.relative(from, l.tag() + "/index.html"), false));
        }
        return out;
    }
}
