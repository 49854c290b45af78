package dev.tolk.build;

import dev.tolk.catalog.PageEntry;
import dev.tolk.check.InternalLinkChecker;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
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

    /** Adds this shard's share of what {@code found} holds to {@code share}, suppressions included. */
    void keep(DiagnosticCollector found, DiagnosticCollector share) {
        share.addFrom(found, this::keeps);
    }

    /**
     * What a shard said, to be joined with the others: the diagnostics it reports, and those that
     * a build says once which its files' suppressions removed. The second matter: where a build's
     * first place of such a finding is suppressed, the build says it nowhere, and neither may the
     * join, though another shard said it at a later place.
     */
    record Said(List<Diagnostic> reported, List<Diagnostic> suppressed) {
        /** What {@code share} (a shard's, see {@link #keep}) says. */
        static Said by(DiagnosticCollector share) {
            return new Said(share.sorted(), share.suppressed().stream().filter(d -> sayOnce(d).isPresent()).toList());
        }
    }

    /** The diagnostics of all the shards of a site as one build reports them, in report order. */
    static List<Diagnostic> join(List<Said> shards) {
        record Found(Diagnostic diagnostic, boolean suppressed) {
        }
        List<Found> all = new ArrayList<>();
        for (Said s : shards) {
            for (Diagnostic d : s.reported()) all.add(new Found(d, false));
            for (Diagnostic d : s.suppressed()) all.add(new Found(d, true));
        }
        all.sort(java.util.Comparator.comparing(Found::diagnostic, Diagnostic.ORDER));
        Set<String> said = new HashSet<>();
        List<Diagnostic> joined = new ArrayList<>(all.size());
        for (Found f : all) {
            Optional<String> once = sayOnce(f.diagnostic());
            if ((once.isEmpty() || said.add(once.get())) && !f.suppressed()) joined.add(f.diagnostic());
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
