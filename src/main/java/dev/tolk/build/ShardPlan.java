package dev.tolk.build;

import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.model.LocaleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Shard {@code index} of {@code count} ({@code tolk build --shard I/N}, DESIGN §9): which article
 * keys it renders. The unit is the article key (its pages in every locale share one render of the
 * English side). Keys are dealt in key order, each to the shard with the fewest source bytes so
 * far (the lowest-numbered one on a tie), so the shares are balanced by size, every shard gets
 * pages of every locale, and every shard computes the same deal from the same catalog.
 */
public record ShardPlan(int index, int count) {
    /** The most shards a site is split into (more would be shards of a handful of pages). */
    public static final int MAX_COUNT = 1000;

    public ShardPlan {
        if (count < 1 || count > MAX_COUNT || index < 1 || index > count) {
            throw new IllegalArgumentException("no shard " + index + "/" + count);
        }
    }

    /**
     * {@code I/N} as written on the command line, or empty when it is not one: two whole numbers,
     * {@code 1 <= I <= N <= }{@value #MAX_COUNT}.
     */
    public static Optional<ShardPlan> parse(String text) {
        if (text == null || !text.matches("[0-9]{1,4}/[0-9]{1,4}")) return Optional.empty();
        String[] parts = text.split("/");
        int i = Integer.parseInt(parts[0]);
        int n = Integer.parseInt(parts[1]);
        if (n < 1 || n > MAX_COUNT || i < 1 || i > n) return Optional.empty();
        return Optional.of(new ShardPlan(i, n));
    }

    /** Whether this shard writes the files that are no article's page (homes, chooser, 404, sitemap, assets, media, redirects). */
    public boolean writesSiteFiles() {
        return index == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }

    /** The keys of the pages of {@code locales} that this shard renders. */
    Set<String> keys(PageCatalog catalog, List<LocaleInfo> locales) {
        return keys(pages(catalog, locales));
    }

    /** Every page of {@code locales}. */
    static List<PageEntry> pages(PageCatalog catalog, List<LocaleInfo> locales) {
        List<PageEntry> pages = new java.util.ArrayList<>();
        for (LocaleInfo l : locales) pages.addAll(catalog.pages(l.tag()).values());
        return pages;
    }

    /** The keys of {@code pages} (every page of the site, in any order) that this shard renders. */
    Set<String> keys(Iterable<PageEntry> pages) {
        TreeMap<String, Long> bytes = new TreeMap<>();
        for (PageEntry p : pages) bytes.merge(p.key(), size(p), Long::sum);
        long[] load = new long[count];
        Set<String> own = new HashSet<>();
        for (var key : bytes.entrySet()) {
            int least = 0;
            for (int s = 1; s < count; s++) {
                if (load[s] < load[least]) least = s;
            }
            load[least] += key.getValue();
            if (least == index - 1) own.add(key.getKey());
        }
        return own;
    }

    /** The bytes a page is made from (a reconstructed page's: the file it is rebuilt from, read again). */
    private static long size(PageEntry page) {
        try {
            return Files.size(page.file());
        } catch (IOException | SecurityException e) {
            return 0; // unreadable: its page reports it, wherever it lands
        }
    }
}
