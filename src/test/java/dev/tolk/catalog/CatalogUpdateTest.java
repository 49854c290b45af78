package dev.tolk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tolk.model.FrontMatter;
import dev.tolk.model.LocaleInfo;
import dev.tolk.parse.ArticleParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The index after edits only: the edited entries replaced, the source pages rebuilt from them too, and nothing else. */
class CatalogUpdateTest {
    private final CatalogReader indexer = new CatalogReader(new ArticleParser(), Path.of("."), d -> { });
    private final List<LocaleInfo> locales = List.of(new LocaleInfo("en-US", "English", false),
            new LocaleInfo("nl-NL", "Nederlands", false), new LocaleInfo("de-DE", "Deutsch", false));

    private static PageEntry page(String locale, String key, String title, String sourceTitle) {
        return new PageEntry(locale, key, Path.of(locale, key), "content/" + locale + "/" + key, locale, false, title,
                sourceTitle, new FrontMatter(true, true, Map.of("title", title)));
    }

    private PageCatalog index(PageEntry... entries) {
        Map<String, NavigableMap<String, PageEntry>> pages = new java.util.HashMap<>();
        for (LocaleInfo l : locales) pages.put(l.tag(), new TreeMap<>());
        for (PageEntry e : entries) pages.get(e.locale()).put(e.key(), e);
        // what the full index adds: the source page of each key, from the first locale that has it
        for (PageEntry e : entries) {
            if (!pages.get("en-US").containsKey(e.key())) {
                pages.get("en-US").put(e.key(), new PageEntry("en-US", e.key(), e.file(), e.displayFile(), e.locale(), true,
                        e.sourceTitle(), e.sourceTitle(), e.frontMatter()));
            }
        }
        return new PageCatalog(locales, "en-US", pages);
    }

    @Test
    void anEditedArticleReplacesItsEntryAndTheSourcePageRebuiltFromIt() {
        PageEntry nl = page("nl-NL", "a.md", "Facturen", "Invoices");
        PageEntry de = page("de-DE", "a.md", "Rechnungen", "Invoices");
        PageEntry other = page("nl-NL", "b.md", "Ander", "Other");
        PageCatalog before = index(nl, de, other);
        PageEntry edited = page("nl-NL", "a.md", "Rekeningen", "Bills");
        PageCatalog after = indexer.update(before, List.of(new CatalogReader.FileEntry(edited, List.of())));
        assertSame(edited, after.find("nl-NL", "a.md").orElseThrow());
        assertEquals("Bills", after.find("en-US", "a.md").orElseThrow().title(), "rebuilt from the edited lookups");
        assertSame(other, after.find("nl-NL", "b.md").orElseThrow());
        assertSame(before.find("en-US", "b.md").orElseThrow(), after.find("en-US", "b.md").orElseThrow());
        assertSame(de, after.find("de-DE", "a.md").orElseThrow());
        assertEquals("Invoices", before.find("en-US", "a.md").orElseThrow().title(), "the index before is left as it was");
    }

    @Test
    void anEditOfALocaleTheSourcePageIsNotRebuiltFromLeavesThatPage() {
        PageCatalog before = index(page("nl-NL", "a.md", "Facturen", "Invoices"), page("de-DE", "a.md", "Rechnungen", "Invoices"));
        PageCatalog after = indexer.update(before, List.of(new CatalogReader.FileEntry(page("de-DE", "a.md", "Belege", "Receipts"), List.of())));
        assertSame(before.find("en-US", "a.md").orElseThrow(), after.find("en-US", "a.md").orElseThrow());
    }

    @Test
    void anArticleThatCannotBeReadOrHadNoPageMeansPagesComeOrGo() {
        PageCatalog before = index(page("nl-NL", "a.md", "Facturen", "Invoices"));
        assertNull(indexer.update(before, List.of(new CatalogReader.FileEntry(null, List.of()))), "now unreadable");
        assertNull(indexer.update(before, List.of(new CatalogReader.FileEntry(page("nl-NL", "late.md", "Laat", "Late"), List.of()))),
                "unreadable before, so it had no page");
    }
}
