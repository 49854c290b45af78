package dev.tolk.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders of the English side of one article, shared by the pages of that article in every
 * locale: the locales of a hand-off usually carry the same English halves, so the English
 * document is rendered once, not once per locale. A render is reused only when its Markdown is
 * the same and every link in it resolves to the same address for the new page, so sharing never
 * changes a page. One per article key, used by one thread.
 */
public final class SourceRenders {
    private static final class Entry {
        final String markdown;
        final MarkdownRenderer.Output output;
        /** The render cut into unit halves (for {@code lookupCount} units), once it was asked for. */
        String[] lookups;
        int lookupCount;

        Entry(String markdown, MarkdownRenderer.Output output) {
            this.markdown = markdown;
            this.output = output;
        }
    }

    private final Map<String, String> alertTitles;
    private final List<Entry> entries = new ArrayList<>(2);

    /** @param alertTitles the source locale's alert titles (the English page shows them) */
    public SourceRenders(Map<String, String> alertTitles) {
        this.alertTitles = alertTitles;
    }

    MarkdownRenderer.Output render(MarkdownRenderer markdown, String source, LinkResolver links) {
        return entry(markdown, source, links).output;
    }

    /**
     * The rendered English half of each of {@code units} units ({@link UnitWeaver#fragments}),
     * cut once per shared render rather than once per page; callers only read the array.
     */
    String[] lookups(MarkdownRenderer markdown, String source, LinkResolver links, int units) {
        Entry e = entry(markdown, source, links);
        if (e.lookups == null || e.lookupCount != units) {
            e.lookups = UnitWeaver.fragments(e.output.html(), units);
            e.lookupCount = units;
        }
        return e.lookups;
    }

    private Entry entry(MarkdownRenderer markdown, String source, LinkResolver links) {
        for (Entry e : entries) {
            if (e.markdown.equals(source) && sameLinks(e.output.resolvedLinks(), links)) return e;
        }
        Entry e = new Entry(source, markdown.render(source, links, alertTitles));
        entries.add(e);
        return e;
    }

    private static boolean sameLinks(Map<String, String> resolved, LinkResolver links) {
        for (Map.Entry<String, String> e : resolved.entrySet()) {
            if (!links.resolve(e.getKey()).equals(e.getValue())) return false;
        }
        return true;
    }
}
