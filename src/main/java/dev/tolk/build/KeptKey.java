package dev.tolk.build;

import dev.tolk.catalog.PageEntry;
import java.util.List;
import java.util.Map;

/**
 * An article key as a build left it: its pages' entries (each a file's read, so the same
 * entry means the same file content), the findings and bodies made from them, and each
 * page's output path and made page (in the order of the entries).
 */
record KeptKey(PageEntry[] entries, KeyFindings findings, Map<String, PageBuilder.Body> bodies, String[] paths,
               BuildMemo.Page[] pages) {

    /**
     * Whether {@code now} are the pages these were made from: the same entries (a file read
     * again has a new one), and for a page reconstructed from lookups, the same origin (whose
     * own entry is among them).
     */
    boolean sameFiles(List<PageEntry> now) {
        if (now.size() != entries.length) return false;
        for (int i = 0; i < entries.length; i++) {
            PageEntry a = entries[i];
            PageEntry b = now.get(i);
            if (a == b) continue;
            if (!(a.reconstructed() && b.reconstructed() && a.locale().equals(b.locale())
                    && a.originLocale().equals(b.originLocale()))) return false;
        }
        return true;
    }

    /** The page this key made at {@code path}, if any. */
    BuildMemo.Page page(String path) {
        for (int i = 0; i < paths.length; i++) {
            if (path.equals(paths[i])) return pages[i];
        }
        return null;
    }
}
