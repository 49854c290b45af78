package dev.tolk.config;

import dev.tolk.source.ContentTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which files of one locale folder are in its DocFX docset, as the {@code build.content} and
 * {@code build.resource} groups of its {@code docfx.json} say: a file is read when a group's
 * {@code files} globs match it (relative to the group's {@code src}) and none of its
 * {@code exclude} globs do. Files in an {@code includes} folder are kept whatever the globs say:
 * docsets exclude them from {@code content} so that they are not published as pages, but DocFX
 * still reads them through {@code [!INCLUDE]} (that they are not pages is decided elsewhere).
 */
record DocfxScope(List<Group> content, List<Group> resource) {

    /**
     * One {@code content} or {@code resource} entry: its folder {@code src}, the folder {@code dest} its files are
     * published under (each {@code ""} or ending in {@code /}), and its globs.
     */
    record Group(String src, String dest, List<DocfxGlob> files, List<DocfxGlob> exclude) {

        boolean matches(String key) {
            // its folder in any letter case, as its globs: DocFX matches paths case-insensitively (Azure CLI's docfx.json
            // names "docs-ref-conceptual/latest-version" for the folder Latest-version: no image of it was published)
            if (!key.regionMatches(true, 0, src, 0, src.length())) return false;
            String rel = key.substring(src.length());
            boolean in = false;
            for (DocfxGlob g : files) {
                if (g.matches(rel)) {
                    in = true;
                    break;
                }
            }
            if (!in) return false;
            for (DocfxGlob g : exclude) {
                if (g.matches(rel)) return false;
            }
            return true;
        }

        /** The same group for files whose keys start with {@code prefix} (a docset in a subfolder of the locale folder). */
        Group under(String prefix) {
            return new Group(prefix + src, dest, files, exclude);
        }
    }

    /** Whether the file at {@code key} (relative to the locale folder) is read. */
    boolean keeps(String key) {
        for (Group g : content) {
            if (g.matches(key)) return true;
        }
        for (Group g : resource) {
            if (g.matches(key)) return true;
        }
        return inIncludes(key);
    }

    /** The scope of several docsets side by side (each already placed {@link Group#under under} its folder). */
    static DocfxScope union(List<DocfxScope> scopes) {
        List<Group> content = new ArrayList<>();
        List<Group> resource = new ArrayList<>();
        for (DocfxScope s : scopes) {
            content.addAll(s.content());
            resource.addAll(s.resource());
        }
        return new DocfxScope(List.copyOf(content), List.copyOf(resource));
    }

    /** The tree with only the files each locale's scope keeps (locales without a scope keep all). */
    static ContentTree filter(ContentTree tree, Map<String, DocfxScope> scopes) {
        if (scopes.isEmpty()) return tree;
        Map<String, ContentTree.LocaleFiles> locales = new TreeMap<>(tree.locales());
        scopes.forEach((tag, scope) -> {
            ContentTree.LocaleFiles f = locales.get(tag);
            if (f == null) return;
            List<String> articles = f.articles().stream().filter(scope::keeps).toList();
            Map<String, ContentTree.Stamp> stamps = new java.util.HashMap<>(f.stamps());
            stamps.keySet().retainAll(new java.util.HashSet<>(articles));
            locales.put(tag, new ContentTree.LocaleFiles(f.tag(), f.dir(), articles,
                    f.media().stream().filter(scope::keeps).toList(), f.tocs().stream().filter(scope::keeps).toList(),
                    Map.copyOf(stamps)));
        });
        return new ContentTree(tree.root(), java.util.Collections.unmodifiableMap(locales), tree.refused(), tree.aliased());
    }

    private static boolean inIncludes(String key) {
        for (String segment : key.split("/")) {
            if (segment.toLowerCase(Locale.ROOT).equals("includes")) return true;
        }
        return false;
    }
}
