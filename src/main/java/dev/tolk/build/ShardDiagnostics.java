package dev.tolk.build;

import dev.tolk.catalog.PageEntry;
import dev.tolk.check.InternalLinkChecker;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which diagnostics a shard reports, and the shards' reports joined into the one a whole build
 * makes. Every shard reads the whole site (catalog, tables of contents, includes) but makes only
 * its pages, so it finds everything about the files it does not render too, and nothing about
 * the pages of other shards beyond what reading finds. A diagnostic in a page's file belongs to
 * the shard that renders the page's key; any other (configuration, table of contents, include,
 * media) belongs to shard 1; a template error to whichever shard met it. Joined, each diagnostic
 * is there once, and what a build says once at its first place (a template position, a
 * fallback per locale and target, a refused external address) is said once, at the first place
 * in report order.
 */
final class ShardDiagnostics {
    private final Set<String> own = new HashSet<>();
    private final Set<String> pageFiles = new HashSet<>();
    private final boolean siteFiles;

    /**
     * @param pages    every page of the site
     * @param ownKeys  the keys this shard renders
     */
    ShardDiagnostics(Iterable<PageEntry> pages, Set<String> ownKeys, ShardPlan plan) {
        for (PageEntry p : pages) {
            pageFiles.add(p.displayFile());
            if (ownKeys.contains(p.key())) own.add(p.displayFile());
        }
        this.siteFiles = plan.writesSiteFiles();
    }

    /** Whether this shard reports {@code d}. */
    boolean keeps(Diagnostic d) {
        if (d.rule().equals(Rule.TEMPLATE_ERROR.id())) return true;
        return own.contains(d.file()) || siteFiles && !pageFiles.contains(d.file());
    }

    /** The diagnostics of {@code found} this shard reports, in their order. */
    List<Diagnostic> keep(List<Diagnostic> found) {
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : found) {
            if (keeps(d)) kept.add(d);
        }
        return kept;
    }

    /** The diagnostics of all the shards of a site as one build reports them, in report order. */
    static List<Diagnostic> join(List<List<Diagnostic>> shards) {
        List<Diagnostic> all = new ArrayList<>();
        for (List<Diagnostic> s : shards) all.addAll(s);
        all.sort(Diagnostic.ORDER);
        Set<String> said = new HashSet<>();
        List<Diagnostic> joined = new ArrayList<>(all.size());
        for (Diagnostic d : all) {
            Optional<String> once = sayOnce(d);
            if (once.isEmpty() || said.add(once.get())) joined.add(d);
        }
        return joined;
    }

    /**
     * What a whole build says only once, at the first place it meets it, so that each shard said at
     * its own first place: a template error per template position, a link fallback per locale and
     * target, a refused external address per address.
     */
    private static Optional<String> sayOnce(Diagnostic d) {
        if (d.rule().equals(Rule.TEMPLATE_ERROR.id())) return Optional.of("template\n" + d.file() + ":" + d.line() + ":" + d.column());
        if (d.rule().equals(Rule.LINK_EXTERNAL_SKIPPED.id())) return Optional.of("skipped\n" + d.message());
        return InternalLinkChecker.fallbackTarget(d).map(target -> "fallback\n" + d.locale() + "\n" + target);
    }
}
