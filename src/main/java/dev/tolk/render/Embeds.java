package dev.tolk.render;

import java.util.List;
import java.util.Optional;

/**
 * What a page's DocFX directives bring in from other files: the rendered HTML of an include
 * ({@code [!INCLUDE[title](path)]}) and the text of a code file ({@code :::code},
 * {@code [!code-…]}), both named by a path relative to the file being rendered. Supplied per page
 * by the site builder, which knows the files of every locale; a missing file is empty here and
 * reported by the link checker.
 */
public interface Embeds {
    /** Brings in nothing: for renders whose directives do not matter (the English halves cut into units). */
    Embeds NONE = new Embeds() {
        @Override
        public Optional<Included> include(String path) {
            return Optional.empty();
        }

        @Override
        public Optional<String> code(String path) {
            return Optional.empty();
        }
    };

    /**
     * An include as rendered for this page: its HTML, the anchors it adds to the page, and
     * whether it was taken from the source locale because this locale lacks it.
     */
    record Included(String html, List<String> anchors, boolean fallback, String lang) {
    }

    Optional<Included> include(String path);

    /**
     * What the same directives bring in for the English lookup halves (an include inside a
     * translated sentence is shown in English there); nothing by default.
     */
    default Embeds english() {
        return NONE;
    }

    Optional<String> code(String path);

    /**
     * How a reader sees the pivots a {@code :::zone pivot="a,b"} names: their titles from the
     * docset's {@code zone-pivot-groups.yml} (the groups the page's {@code zone_pivot_groups}
     * names), else the ids as written.
     */
    default String pivots(String ids) {
        return ids;
    }
}
