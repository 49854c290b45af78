package dev.tolk.build;

import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.model.LocaleInfo;
import dev.tolk.output.SiteOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The share of the site a {@link SiteBuilder} makes: all of it ({@link #WHOLE}), or one shard's
 * ({@link ShardBuild}). What the builder asks of it, at the points where a shard differs from a
 * whole build: which article keys to render, where files go, where the anchors of the pages it
 * does not render come from, and what to add to the output before it is swapped in.
 */
interface PageShare {
    PageShare WHOLE = new PageShare() {
    };

    /** The article keys to render (each with its pages in every locale), from all of the site's in key order. */
    default List<List<PageEntry>> keys(List<List<PageEntry>> all, List<LocaleInfo> locales) {
        return all;
    }

    /** Where the build's files go, given where the whole site would. */
    default SiteOutput output(SiteOutput site) {
        return site;
    }

    /** Lets the link checker find the anchors of pages this build does not render; {@code pages} renders any page. */
    default void lookUpAnchors(SiteLinks links, PageCatalog catalog, PageBuilder pages, Map<String, LocaleInfo> byTag) {
    }

    /** Called once every file is written and before the output is swapped in; {@code folder} is the output folder itself. */
    default void finish(SiteOutput folder, SiteBuilder.Result result, DiagnosticCollector diagnostics) throws IOException {
    }
}
