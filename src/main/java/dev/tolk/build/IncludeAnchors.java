package dev.tolk.build;

import dev.tolk.render.ArticleRenderer;
import dev.tolk.render.Embeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a page's includes add to its anchors, for {@code tolk check}, which finds a page's anchors without building
 * it: each include's headings and {@code <a name>}s, nested includes too, as {@link PageEmbeds} brings them into the
 * page the build renders (so check and build judge {@code #anchor} links alike), and their text, of which the id of
 * a heading that holds an include is made. Code files do not matter here. A cycle or nesting deeper than {@link IncludeFiles#MAX_DEPTH} adds nothing.
 */
final class IncludeAnchors implements Embeds {
    private final ArticleRenderer renderer;
    private final IncludeFiles includes;
    private final String locale;
    private final List<String> chain;

    IncludeAnchors(ArticleRenderer renderer, IncludeFiles includes, String locale, String pageKey) {
        this(renderer, includes, locale, List.of(pageKey));
    }

    private IncludeAnchors(ArticleRenderer renderer, IncludeFiles includes, String locale, List<String> chain) {
        this.renderer = renderer;
        this.includes = includes;
        this.locale = locale;
        this.chain = chain;
    }

    @Override
    public Optional<Included> include(String path) {
        if (chain.size() > IncludeFiles.MAX_DEPTH) return Optional.empty();
        Optional<IncludeFiles.Found> found = includes.find(locale, chain.get(chain.size() - 1), path);
        if (found.isEmpty() || chain.contains(found.get().key())) return Optional.empty();
        IncludeFiles.Found f = found.get();
        List<String> deeper = new ArrayList<>(chain);
        deeper.add(f.key());
        Included r = renderer.included(f.article(), new IncludeAnchors(renderer, includes, locale, List.copyOf(deeper)));
        return Optional.of(new Included(r.html(), r.anchors(), f.fallback(), f.fileLocale()));
    }

    @Override
    public Optional<String> code(String path) {
        return Optional.empty();
    }
}
