package dev.tolk.build;

import dev.tolk.catalog.PageEntry;
import dev.tolk.model.LocaleInfo;
import dev.tolk.nav.PageNav;
import dev.tolk.output.SiteOutput;
import dev.tolk.render.PageModels.ArticlePage;
import dev.tolk.render.PageRenderer;
import dev.tolk.search.SearchIndexWriter;
import dev.tolk.search.TermPool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page pass for one article key: its pages as the last build made them, if made from
 * files with the same digests, for the same locales, showing the same includes ({@link IncludeFiles#shownBy}), and every page their links
 * looked up is where it was (each page then the last build's as it was, if its navigation
 * shows the same, else modelled again and rendered only if its model changed); else from the
 * on-disk store; else made now, with the key's findings.
 */
record KeyPass(StageCache.Run memo, PageBuilder pages, ArticleReader checks, Map<String, LocaleInfo> byTag,
                       Map<String, PageNav> navs, String locales, IncludeFiles includes, StageCache.Presence presence, TemplateFailures failures,
                       SiteOutput out, KeyCache cache, String[] products, Map<String, String>[] searched,
                       TermPool terms) {

    /**
     * What the key's products are kept under (in memory, compared whole, so not hashed): the
     * locales, the includes its pages may show ({@code included}), the key's name, and each page's
     * locale, origin, file and the digest of its content.
     */
    private String own(List<PageEntry> keyPages, String included) throws IOException {
        StringBuilder b = new StringBuilder(128 + 200 * keyPages.size()).append(locales).append('\0').append(included).append('\0')
                .append(keyPages.get(0).key());
        for (PageEntry p : keyPages) {
            b.append('\0').append(p.locale()).append('\0').append(p.originLocale()).append('\0').append(p.reconstructed())
                    .append('\0').append(p.file()).append('\0').append(checks.digest(p.file()));
        }
        return b.toString();
    }

    /**
     * Makes the pages of the key at {@code place} among the site's keys (or takes them from
     * the last build or the on-disk cache); returns its pages' search entries by locale, all the
     * search index keeps of them (their bodies and text are not kept).
     */
    Map<String, KeyProduct.Searched> run(int place, List<PageEntry> keyPages) throws IOException {
        String key = keyPages.get(0).key();
        String own = null; // kept only by a build whose products the next one takes (a dev server's)
        String included = null; // the includes the pages may show: in both keys, so not worked out without them
        if (memo.retains() || cache.stores()) {
            try {
                included = includes.shownBy(keyPages);
                if (memo.retains()) own = own(keyPages, included);
            } catch (IOException unreadable) {
                // made afresh, and the reading reports the problem
            }
        }
        StageCache.KeyState old = memo.last(StageCache.ARTICLE_PAGES, key);
        boolean same = old != null && own != null && old.own().equals(own) && old.linksHold(presence);
        if (same && old.bodies() == null) {
            // taken from the on-disk store by an earlier build: kept only as it is
            PageNav[] now = navsOf(keyPages);
            if (viewsHold(old, keyPages)) return keepTaken(key, old.seenFrom(now));
            same = false;
        }
        String stored = same || included == null ? null : cache.key(keyPages, included);
        if (stored != null) {
            Map<String, KeyProduct.Searched> taken = fromCache(place, key, stored, own, keyPages);
            if (taken != null) return taken;
            cache.record();
        }
        Map<String, PageBuilder.Body> bodies;
        KeyFindings findings;
        Map<String, SearchIndexWriter.Entry> entries;
        if (same) {
            findings = old.findings();
            checks.replay(findings);
            bodies = old.bodies();
            entries = old.searched();
        } else {
            bodies = new HashMap<>();
            PageBuilder.Group group = pages.group();
            for (PageEntry p : keyPages) {
                try {
                    bodies.put(p.locale(), pages.body(byTag.get(p.locale()), p, group));
                } catch (PageRenderer.TemplateProblem e) {
                    failures.add(e, p.outputPath());
                }
            }
            findings = group.finish();
            memo.made(bodies.size());
            bodies = Map.copyOf(bodies);
            entries = entries(bodies);
        }
        String[] paths = new String[keyPages.size()];
        StageCache.Page[] made = new StageCache.Page[keyPages.size()];
        PageNav[] madeWith = navsOf(keyPages);
        for (int i = 0; i < paths.length; i++) {
            PageEntry p = keyPages.get(i);
            paths[i] = same ? old.paths()[i] : p.outputPath();
            PageBuilder.Body body = bodies.get(p.locale());
            if (body == null) continue;
            LocaleInfo locale = byTag.get(p.locale());
            try {
                made[i] = memo.page(same ? old.pages()[i] : old == null ? null : old.page(paths[i]),
                        same && pages.sameView(p.locale(), paths[i], old.navs()[i]),
                        () -> pages.model(locale, p, body),
                        m -> pages.render((ArticlePage) m));
                out.write(paths[i], made[i].bytes());
            } catch (PageRenderer.TemplateProblem e) {
                failures.add(e, paths[i]);
            }
        }
        boolean whole = bodies.size() == keyPages.size() && !Arrays.asList(made).contains(null);
        if (same && Arrays.equals(made, old.pages())) {
            memo.keep(StageCache.ARTICLE_PAGES, key, "", old.seenFrom(madeWith)); // nothing of it changed
        } else if (whole && own != null) {
            memo.keep(StageCache.ARTICLE_PAGES, key, "", StageCache.KeyState.made(own, presence, findings, bodies, entries,
                    paths, made, madeWith));
        }
        if (stored != null) {
            Map<String, String> shown = KeyCache.shownBesides(cache.recorded(), keyPages);
            products[place] = KeyCache.identity(stored, shown);
            if (whole) {
                List<KeyProduct.Page> product = new ArrayList<>();
                for (int i = 0; i < paths.length; i++) {
                    String locale = keyPages.get(i).locale();
                    product.add(new KeyProduct.Page(locale, paths[i], made[i].bytes(), entries.get(locale)));
                }
                searched[place] = digests(product);
                cache.put(stored, new KeyProduct(product, findings, shown));
            }
        }
        return made(entries);
    }

    /** Entries made by this build (or a dev server's last one), as the page pass hands them on. */
    private static Map<String, KeyProduct.Searched> made(Map<String, SearchIndexWriter.Entry> entries) {
        Map<String, KeyProduct.Searched> out = new HashMap<>();
        entries.forEach((locale, e) -> out.put(locale, KeyProduct.Searched.made(e)));
        return out;
    }

    /** The search entry of each body, made here in the worker that made it. */
    private Map<String, SearchIndexWriter.Entry> entries(Map<String, PageBuilder.Body> bodies) {
        Map<String, SearchIndexWriter.Entry> out = new HashMap<>();
        bodies.forEach((locale, body) -> out.put(locale, entry(locale, body)));
        return Map.copyOf(out);
    }

    /** The search entry of a page of {@code locale} with {@code body}. */
    private SearchIndexWriter.Entry entry(String locale, PageBuilder.Body body) {
        return SearchIndexWriter.entry(body.doc(), terms.words(locale), terms);
    }

    /** The digest of each page's search entry, by locale. */
    private static Map<String, String> digests(List<KeyProduct.Page> pages) {
        Map<String, String> out = new HashMap<>();
        for (KeyProduct.Page p : pages) {
            if (p.searched() != null) out.put(p.locale(), p.searched().digest());
        }
        return out;
    }

    /** The navigation each of the key's pages is shown with. */
    private PageNav[] navsOf(List<PageEntry> keyPages) {
        PageNav[] out = new PageNav[keyPages.size()];
        for (int i = 0; i < out.length; i++) out[i] = navs.get(keyPages.get(i).locale());
        return out;
    }

    /** Whether the navigation shows each of the kept pages as it did when they were made. */
    private boolean viewsHold(StageCache.KeyState old, List<PageEntry> keyPages) {
        for (int i = 0; i < keyPages.size(); i++) {
            if (!pages.sameView(keyPages.get(i).locale(), old.paths()[i], old.navs()[i])) return false;
        }
        return true;
    }

    /** Hands the pages an earlier build took from the on-disk store to this one, as they are. */
    private Map<String, KeyProduct.Searched> keepTaken(String key, StageCache.KeyState kept) throws IOException {
        checks.replay(kept.findings());
        for (int i = 0; i < kept.paths().length; i++) out.write(kept.paths()[i], kept.pages()[i].bytes());
        memo.keep(StageCache.ARTICLE_PAGES, key, "", kept);
        return made(kept.searched());
    }

    /**
     * The key's product from the on-disk store, handed to the build: its findings to the run, its
     * pages to the output (linked from the site this build replaces when that holds them as
     * written, else from the store); its search entries returned. Null when the store has no
     * whole product under {@code stored}: then nothing was handed on.
     */
    private Map<String, KeyProduct.Searched> fromCache(int place, String key, String stored, String own,
                                                           List<PageEntry> keyPages) throws IOException {
        KeyProduct product = cache.get(stored, memo.retains()); // a one-off build reads its search entries when it needs them
        if (product == null) return null;
        String identity = KeyCache.identity(stored, product.shown());
        Path[] previous = memo.retains() ? null : cache.previous(identity, product);
        boolean[] linked = new boolean[product.pages().size()];
        boolean all = previous != null;
        for (int i = 0; previous != null && i < linked.length; i++) {
            linked[i] = out.link(product.pages().get(i).path(), previous[i]);
            all &= linked[i];
        }
        if (!all) {
            product = cache.withPages(stored, product);
            if (product == null) return null; // the pages' entry was trimmed away: made afresh (over any link made)
        }
        cache.hit(linked.length);
        products[place] = identity;
        searched[place] = digests(product.pages());
        if (own != null && memo.retains()) {
            List<String> locales = keyPages.stream().map(PageEntry::locale).toList();
            StageCache.KeyState taken = StageCache.KeyState.taken(own, presence, product, locales, navsOf(keyPages), terms);
            if (taken != null) memo.keep(StageCache.ARTICLE_PAGES, key, "", taken);
        }
        checks.replay(product.findings());
        Map<String, KeyProduct.Searched> entries = new HashMap<>();
        StoredEntries again = memo.retains() ? null : new StoredEntries(stored);
        for (int i = 0; i < linked.length; i++) {
            KeyProduct.Page p = product.pages().get(i);
            if (!linked[i]) out.write(p.path(), p.bytes());
            if (p.searched() == null) continue;
            // decoded if its locale's index is made
            entries.put(p.locale(), again == null ? p.searched() : p.searched().later(again.of(i, page(keyPages, p.locale()))));
        }
        return entries;
    }

    /** The key's page in {@code locale}. */
    private static PageEntry page(List<PageEntry> keyPages, String locale) {
        for (PageEntry p : keyPages) {
            if (p.locale().equals(locale)) return p;
        }
        throw new IllegalStateException("no page in " + locale); // the product's pages are the key's: its cache key names them
    }

    /**
     * Where the search entries of a key's product, read without their bytes, get them: the
     * product read from the store again, once for all its pages; else, where the store no longer
     * holds it whole (trimmed, or replaced by another build since), each page's entry made again
     * from its article, quietly (the product's findings were replayed when it was taken).
     */
    private final class StoredEntries {
        private final String stored;
        private List<KeyProduct.Searched> read;
        private boolean tried;

        StoredEntries(String stored) {
            this.stored = stored;
        }

        KeyProduct.Searched.Again of(int place, PageEntry page) {
            return new KeyProduct.Searched.Again() {
                @Override
                public KeyProduct.Searched stored() {
                    List<KeyProduct.Searched> all = all();
                    return all == null || place >= all.size() ? null : all.get(place);
                }

                @Override
                public SearchIndexWriter.Entry remade() {
                    return remake(page);
                }
            };
        }

        private synchronized List<KeyProduct.Searched> all() {
            if (!tried) {
                read = cache.searched(stored);
                tried = true;
            }
            return read;
        }
    }

    /** The search entry of {@code page} made again from its article, its findings not reported again. */
    private SearchIndexWriter.Entry remake(PageEntry page) {
        try {
            return entry(page.locale(), pages.body(byTag.get(page.locale()), page, pages.group()));
        } catch (PageRenderer.TemplateProblem | IOException e) {
            // it was made from these very files and templates by the build that stored it
            throw new IllegalStateException("the search entry of " + page.outputPath() + " could not be made again", e);
        }
    }
}

