package dev.tolk.catalog;

import dev.tolk.config.RedirectionFile;
import dev.tolk.config.RedirectionReader;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import dev.tolk.diag.Severity;
import dev.tolk.model.LocaleInfo;
import dev.tolk.source.ContentTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A docset's redirections, placed in the site. Each entry names a page that was moved or removed;
 * where the site has no page at that address (in any locale), the build writes a redirect page
 * there in every locale ({@link RedirectPages}), and a link to the old address is not broken.
 * <p>
 * A source path is relative to the repository the file belongs to; the locale folders stand for
 * one folder of it ({@link RedirectionFile#docsetFolder()}). Entries outside that folder are
 * another docset's and are left out. When the folder is not known (a Tolk project), it is taken
 * from the entries: the first folder of theirs that the site does not have but whose next folder
 * is one of the site's top folders ({@code ci-docs} in {@code ci-docs/audience-insights/old.md});
 * if there is such a folder, only the entries under it and those under the site's own top
 * folders are this docset's, else every entry is, as written.
 */
public final class Redirections {
    /** One redirection of this docset: the old page's key (content path) and the entry it comes from. */
    public record Redirect(String key, RedirectionReader.Entry entry) {
    }

    private final Map<String, Redirect> byKey;

    private Redirections(Map<String, Redirect> byKey) {
        this.byKey = byKey;
    }

    static final Redirections NONE = new Redirections(Map.of());

    /** The redirections of the files, as keys of the content tree; problems go to {@code sink}. */
    public static Redirections read(List<RedirectionFile> files, ContentTree tree, Consumer<Diagnostic> sink) {
        if (files.isEmpty()) return NONE;
        List<RedirectionReader.Entry> entries = RedirectionReader.read(files, sink);
        Set<String> topFolders = new HashSet<>();
        Set<String> topEntries = new HashSet<>();
        for (ContentTree.LocaleFiles f : tree.locales().values()) {
            for (List<String> keys : List.of(f.articles(), f.media(), f.tocs())) {
                for (String k : keys) {
                    int slash = k.indexOf('/');
                    String first = (slash < 0 ? k : k.substring(0, slash)).toLowerCase(Locale.ROOT);
                    topEntries.add(first);
                    if (slash >= 0) topFolders.add(first);
                }
            }
        }
        Map<RedirectionFile, String> folders = new HashMap<>();
        for (RedirectionFile file : files) {
            folders.put(file, file.docsetFolder() != null ? file.docsetFolder()
                    : inferFolder(entries.stream().filter(e -> e.file() == file).toList(), topFolders, topEntries));
        }
        Map<String, Redirect> byKey = new TreeMap<>();
        for (RedirectionReader.Entry e : entries) {
            String folder = folders.get(e.file());
            String key;
            if (folder == null || folder.isEmpty()) {
                key = e.path();
            } else if (e.path().startsWith(folder + "/")) {
                key = e.path().substring(folder.length() + 1);
            } else if (e.file().docsetFolder() == null && e.path().indexOf('/') > 0
                    && topFolders.contains(e.path().substring(0, e.path().indexOf('/')).toLowerCase(Locale.ROOT))) {
                key = e.path(); // written from the docset's own folder
            } else {
                continue; // another docset's
            }
            Redirect before = byKey.putIfAbsent(key, new Redirect(key, e));
            if (before != null) {
                RedirectionReader.Entry first = before.entry();
                String where = first.file() == e.file() ? "on line " + first.source().line()
                        : "at " + first.file().display() + ":" + first.source().line();
                sink.accept(problem(e, e.source(), Rule.CONFIG_INVALID, Severity.ERROR, "'" + key + "' is redirected twice (also "
                        + where + "); the first is used"));
            }
        }
        return new Redirections(java.util.Collections.unmodifiableMap(byKey));
    }

    /**
     * The folder the locale folders stand for, from the entries: the first path segment most
     * entries lead through into one of the site's top folders; null when none does.
     */
    private static String inferFolder(List<RedirectionReader.Entry> entries, Set<String> topFolders, Set<String> topEntries) {
        Map<String, Integer> votes = new TreeMap<>();
        for (RedirectionReader.Entry e : entries) {
            String[] parts = e.path().split("/");
            if (parts.length < 3 || topEntries.contains(parts[0].toLowerCase(Locale.ROOT))) continue;
            if (topFolders.contains(parts[1].toLowerCase(Locale.ROOT))) votes.merge(parts[0], 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (best == null || v.getValue() > votes.get(best)) best = v.getKey();
        }
        return best;
    }

    Map<String, Redirect> byKey() {
        return byKey;
    }

    public static Diagnostic problem(RedirectionReader.Entry e, RedirectionReader.Place at, Rule rule, Severity severity,
                              String message) {
        return new Diagnostic(e.file().display(), at.line(), at.column(), at.endLine(), at.endColumn(), severity,
                rule.id(), message, "");
    }

    /**
     * The redirections that become pages: those whose address no page of any locale has (a page
     * at the address wins: that is reported, as DocFX reports a redirected file that was not
     * removed). Keyed by the old page's address below the locale folder ({@code a/old.html}).
     */
    public Map<String, Redirect> pages(PageCatalog index, Consumer<Diagnostic> sink) {
        if (byKey.isEmpty()) return new LinkedHashMap<>(); // most docsets: no page's address is needed
        Set<String> taken = new HashSet<>(List.of("index.html", "search.html", "404.html"));
        Set<String> pageKeys = new HashSet<>();
        for (LocaleInfo l : index.locales()) {
            for (PageEntry p : index.pages(l.tag()).values()) {
                taken.add(p.outputPath().substring(l.tag().length() + 1));
                pageKeys.add(p.key());
            }
        }
        Map<String, Redirect> out = new LinkedHashMap<>();
        for (Redirect r : byKey.values()) {
            String path = htmlPath(r.key());
            if (pageKeys.contains(r.key())) {
                sink.accept(problem(r.entry(), r.entry().source(), Rule.CONFIG_INVALID, Severity.WARNING, "'" + r.key()
                        + "' is redirected but is still a page of the site; the page is published and the redirection is not"));
            } else if (!taken.contains(path)) {
                out.put(path, r);
            }
        }
        return out;
    }

    /** Where the page of a key goes below its locale folder: {@code a/old.html} for {@code a/old.md} or {@code a/old.yml}. */
    public static String htmlPath(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".md", ".yml", ".yaml"}) {
            if (lower.endsWith(ext)) return key.substring(0, key.length() - ext.length()) + ".html";
        }
        return key + ".html";
    }
}
