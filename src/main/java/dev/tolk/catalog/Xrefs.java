package dev.tolk.catalog;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import dev.tolk.model.LocaleInfo;
import dev.tolk.parse.YamlReader;
import dev.tolk.source.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The uids an {@code xref:} link may name (DocFX cross references): those the site's own pages
 * define ({@code uid:} in front matter or in a YAML page's metadata, any locale) and those of
 * local xref map files ({@code xref-maps}: DocFX's {@code xrefmap.yml}, or the same as JSON, with
 * {@code references: [{uid, name, href, fullName, nameWithType}]}). A page's uid wins over a map's.
 * Immutable once made.
 */
public final class Xrefs {
    public static final Xrefs NONE = new Xrefs(Map.of());

    /**
     * Where a uid leads: a page key of the site (null for a map entry), or an address from an
     * xref map (absolute, or relative to the map's base), and the names a link may show.
     */
    public record Target(String key, String href, String name, String fullName, String nameWithType) {
        /** The name {@code displayProperty} asks for ({@code name} when it asks for none or one not known). */
        String display(String property) {
            if (property != null) {
                if (property.equalsIgnoreCase("fullName") && fullName != null) return fullName;
                if (property.equalsIgnoreCase("nameWithType") && nameWithType != null) return nameWithType;
            }
            return name;
        }
    }

    /** The uids, once asked for; null until then. */
    private volatile Map<String, Target> targets;
    /** Makes them: the pages' uids are looked for only when a link, a table of contents or a page asks for one. */
    private Supplier<Map<String, Target>> making;

    private Xrefs(Map<String, Target> targets) {
        this.targets = targets;
    }

    private Xrefs(Supplier<Map<String, Target>> making) {
        this.making = making;
    }

    /**
     * The site's uids: its pages' (in key order, source locale first) and those of
     * {@code mapFiles}. The map files are read now (their problems are the build's); the pages'
     * front matter is read when a uid is first asked for, which most docsets (no {@code xref:}
     * anywhere) never do: a dev server's rebuild read every page's for nothing.
     */
    public static Xrefs of(PageCatalog index, List<LocaleInfo> locales, List<Path> mapFiles, java.util.function.Function<Path, String> display,
                    Consumer<Diagnostic> sink) {
        Map<String, Target> maps = new HashMap<>();
        for (Path file : mapFiles) readMap(file, display.apply(file), maps, sink);
        List<String> order = new java.util.ArrayList<>();
        order.add(index.sourceLocale());
        for (LocaleInfo l : locales) {
            if (!l.tag().equals(index.sourceLocale())) order.add(l.tag());
        }
        return new Xrefs(() -> {
            Map<String, Target> targets = new HashMap<>(maps);
            Map<String, Target> pages = new HashMap<>();
            for (String locale : order) {
                for (PageEntry p : index.pages(locale).values()) {
                    Optional<String> uid = p.frontMatter().string("uid").map(String::strip).filter(u -> !u.isEmpty());
                    if (uid.isPresent()) pages.putIfAbsent(uid.get(), new Target(p.key(), null, p.title(), null, null));
                }
            }
            targets.putAll(pages);
            return Map.copyOf(targets);
        });
    }

    /** The uids, made by the first thread that asks (the page pass's threads may ask at once). */
    private Map<String, Target> targets() {
        Map<String, Target> made = targets;
        if (made == null) {
            synchronized (this) {
                made = targets;
                if (made == null) {
                    targets = made = making.get();
                    making = null; // what it read (the catalog) is not kept for it
                }
            }
        }
        return made;
    }

    public boolean has(String uid) {
        return targets().containsKey(uid);
    }

    public Optional<Target> get(String uid) {
        return Optional.ofNullable(targets().get(uid));
    }

    /** One xref map: YAML or JSON (JSON is YAML); a problem is a {@code config/invalid} at the file. */
    private static void readMap(Path file, String shown, Map<String, Target> into, Consumer<Diagnostic> sink) {
        String text;
        try {
            text = SourceText.read(file).text();
        } catch (IOException e) {
            sink.accept(problem(shown, 1, 1, "cannot read xref map: " + e.getMessage()));
            return;
        }
        YamlReader.Result read = new YamlReader().read(text);
        if (read instanceof YamlReader.Failure f) {
            sink.accept(problem(shown, f.line(), f.column(), "xref map is not valid YAML or JSON: " + f.message()));
            return;
        }
        Object value = ((YamlReader.Values) read).value();
        Object refs = value instanceof Map<?, ?> m ? m.get("references") : null;
        String base = value instanceof Map<?, ?> m && m.get("baseUrl") instanceof String b ? b : "";
        if (!(refs instanceof List<?> list)) {
            sink.accept(problem(shown, 1, 1, "xref map has no 'references' list"));
            return;
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> ref) || !(ref.get("uid") instanceof String uid) || uid.isBlank()) continue;
            String href = ref.get("href") instanceof String h ? h.strip() : null;
            if (href == null || href.isEmpty()) continue;
            if (!href.contains("://") && !href.startsWith("/") && !base.isEmpty()) {
                href = base.endsWith("/") ? base + href : base + "/" + href;
            }
            String name = ref.get("name") instanceof String n && !n.isBlank() ? n : uid;
            into.putIfAbsent(uid.strip(), new Target(null, href, name, string(ref, "fullName"), string(ref, "nameWithType")));
        }
    }

    private static String string(Map<?, ?> map, String key) {
        return map.get(key) instanceof String s && !s.isBlank() ? s : null;
    }

    private static Diagnostic problem(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, line, column, Rule.CONFIG_INVALID.defaultSeverity(), Rule.CONFIG_INVALID.id(),
                message, "");
    }
}
