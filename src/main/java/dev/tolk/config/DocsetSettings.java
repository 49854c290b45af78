package dev.tolk.config;

import dev.tolk.diag.Diagnostic;
import dev.tolk.source.ContentTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What Tolk learns from the content folder itself, beside {@code tolk.yaml}: whether the folder is
 * a single DocFX docset folder (one locale, read from {@code folder}; null for the usual tree of
 * locale folders), which files each locale's {@code docfx.json} puts in the docset, the docset's
 * URL folder on its host ({@code dest}), its {@code globalMetadata}, the redirection files to
 * read, and the problems found in {@code docfx.json} files that did not stop the build (reported
 * with every build's diagnostics).
 */
public record DocsetSettings(Path folder, String folderLocale, Map<String, DocfxScope> scopes, String dest,
                             Map<String, Object> metadata, List<RedirectionFile> redirections, List<Diagnostic> problems) {

    public static final DocsetSettings NONE = new DocsetSettings(null, null, Map.of(), "", Map.of(), List.of(), List.of());

    /** The content files: the locale folders of {@code source}, or the single docset folder; each kept to its docset's scope. */
    public ContentTree scan(Path source, List<String> excludeGlobs) throws IOException {
        ContentTree tree = folder == null ? ContentTree.scan(source, excludeGlobs)
                : ContentTree.scanFolder(folder, folderLocale, excludeGlobs);
        return DocfxScope.filter(tree, scopes);
    }
}
