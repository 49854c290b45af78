package dev.tolk.build;

import dev.tolk.catalog.LinkMapper;
import dev.tolk.render.ArticleRenderer;
import dev.tolk.render.Embeds;
import dev.tolk.render.RenderedArticle;
import dev.tolk.render.SourceRenders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What one page's DocFX directives bring in: each include rendered for this page (its links
 * resolved from the include's own folder, written relative to the page, in the page's locale),
 * nested includes inside it, and the code files {@code :::code} shows. A cycle or nesting deeper
 * than {@link IncludeFiles#MAX_DEPTH} stops here silently: {@link IncludeFiles} reported it once.
 * Used by one thread, for one page.
 */
final class PageEmbeds implements Embeds {
    /** Makes the link resolver for a file of the page's locale at a key, writing addresses relative to the page. */
    interface Mappers {
        LinkMapper forKey(String key);
    }

    private final ArticleRenderer renderer;
    private final IncludeFiles includes;
    private final String locale;
    private final String sourceLocale;
    private final Mappers mappers;
    private final Function<String, Map<String, String>> alertTitles;
    private final String fromKey;
    private final List<String> chain;
    /** Every resolver made for the page's includes, nested ones too: what their links looked up counts for the page. */
    private final List<LinkMapper> made;
    /** The page's {@code zone_pivot_groups}. */
    private List<String> pivotGroups = List.of();

    PageEmbeds(ArticleRenderer renderer, IncludeFiles includes, String locale, String sourceLocale, Mappers mappers,
               Function<String, Map<String, String>> alertTitles, String pageKey) {
        this(renderer, includes, locale, sourceLocale, mappers, alertTitles, pageKey, List.of(pageKey), new ArrayList<>());
    }

    private PageEmbeds(ArticleRenderer renderer, IncludeFiles includes, String locale, String sourceLocale,
                       Mappers mappers, Function<String, Map<String, String>> alertTitles, String fromKey,
                       List<String> chain, List<LinkMapper> made) {
        this.renderer = renderer;
        this.includes = includes;
        this.locale = locale;
        this.sourceLocale = sourceLocale;
        this.mappers = mappers;
        this.alertTitles = alertTitles;
        this.fromKey = fromKey;
        this.chain = chain;
        this.made = made;
    }

    @Override
    public Optional<Included> include(String path) {
        if (chain.size() > IncludeFiles.MAX_DEPTH) return Optional.empty();
        Optional<IncludeFiles.Found> found = includes.find(locale, fromKey, path);
        if (found.isEmpty() || chain.contains(found.get().key())) return Optional.empty();
        IncludeFiles.Found f = found.get();
        List<String> deeper = new ArrayList<>(chain);
        deeper.add(f.key());
        PageEmbeds nested = new PageEmbeds(renderer, includes, locale, sourceLocale, mappers, alertTitles, f.key(),
                List.copyOf(deeper), made);
        nested.pivotGroups = pivotGroups;
        LinkMapper links = mappers.forKey(f.key());
        made.add(links);
        SourceRenders sources = new SourceRenders(alertTitles.apply(sourceLocale));
        RenderedArticle r = f.sourceSide()
                ? renderer.renderSource(f.article(), links, sources, nested)
                : renderer.renderTranslation(f.article(), sourceLocale, links, alertTitles.apply(f.fileLocale()), sources, nested);
        return Optional.of(new Included(r.html(), r.anchors(), f.fallback(), f.fileLocale()));
    }

    /** The source locale's includes, for the English lookup halves of this page's units. */
    @Override
    public Embeds english() {
        PageEmbeds english = new PageEmbeds(renderer, includes, sourceLocale, sourceLocale, mappers, alertTitles, fromKey, chain, made);
        english.pivotGroups = pivotGroups;
        return english;
    }

    @Override
    public String pivots(String ids) {
        List<String> titles = new ArrayList<>();
        for (String id : ids.split(",")) {
            String pivot = id.strip();
            if (!pivot.isEmpty()) titles.add(includes.pivotTitle(locale, pivotGroups, pivot).orElse(pivot));
        }
        return String.join(", ", titles);
    }

    /** The chooser of the page's zone pivots: its first pivot group, as this locale (else the source locale) defines it. */
    Optional<PivotGroups.Choice> pivotChoice() {
        return includes.pivotChoice(locale, pivotGroups);
    }

    @Override
    public Optional<String> code(String path) {
        return includes.code(locale, fromKey, path);
    }

    /** Names the pivot groups of the page ({@code zone_pivot_groups}, comma-separated). */
    PageEmbeds pivotGroups(Optional<String> groups) {
        List<String> out = new ArrayList<>();
        groups.ifPresent(g -> {
            for (String s : g.split(",")) {
                if (!s.isBlank()) out.add(s.strip());
            }
        });
        this.pivotGroups = List.copyOf(out);
        return this;
    }

    /** Whether a link inside an include led to the source-locale page because the page's locale lacks it. */
    boolean fellBack() {
        for (LinkMapper m : made) {
            if (m.fellBack()) return true;
        }
        return false;
    }

    /** The page keys the includes' links looked up (see {@link LinkMapper#asked()}). */
    Set<String> asked() {
        Set<String> all = new java.util.HashSet<>();
        for (LinkMapper m : made) all.addAll(m.asked());
        return all;
    }
}
