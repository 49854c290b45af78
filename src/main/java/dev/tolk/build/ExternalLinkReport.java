package dev.tolk.build;

import dev.tolk.check.ExternalLinkChecker;
import dev.tolk.check.ExternalSettings;
import dev.tolk.check.LinkCache;
import dev.tolk.check.LinkStatus;
import dev.tolk.check.PlacedLink;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code tolk check --external}: every distinct external address of the site checked once, each
 * failure reported at every place that links it ({@code link/external-broken}), addresses refused
 * by policy said once each ({@code link/external-skipped}), results kept in the link cache.
 */
final class ExternalLinkReport {
    /** One place an address is linked from. */
    record Occurrence(String file, String locale, PlacedLink link) {
    }

    private ExternalLinkReport() {
    }

    /** @return how many distinct addresses were checked */
    static int run(Map<String, List<Occurrence>> byUrl, ExternalSettings settings, Path cacheFile,
                   ExternalLinkChecker.Progress progress, Consumer<Diagnostic> sink) throws IOException, InterruptedException {
        LinkCache cache = LinkCache.load(cacheFile);
        Map<String, LinkStatus> results = new ExternalLinkChecker(settings, cache, Clock.systemUTC(), progress).check(byUrl.keySet());
        cache.save();
        for (Map.Entry<String, List<Occurrence>> e : byUrl.entrySet()) {
            LinkStatus status = results.get(e.getKey());
            if (status == null) continue;
            if (status.outcome() == LinkStatus.Outcome.BROKEN) {
                for (Occurrence o : e.getValue()) {
                    report(sink, o, Rule.LINK_EXTERNAL_BROKEN, "external link '" + e.getKey() + "' is broken: " + status.detail()
                            + (status.attempts() > 1 ? " (after " + status.attempts() + " attempts)" : ""));
                }
            } else if (status.outcome() == LinkStatus.Outcome.REFUSED) {
                report(sink, e.getValue().get(0), Rule.LINK_EXTERNAL_SKIPPED, "external link '" + e.getKey() + "' not checked: "
                        + status.detail() + " (set external.allow-private in tolk.yaml to check it)");
            }
        }
        return byUrl.size();
    }

    private static void report(Consumer<Diagnostic> sink, Occurrence o, Rule rule, String message) {
        PlacedLink p = o.link();
        sink.accept(new Diagnostic(o.file(), p.line(), p.column(), p.endLine(), p.endColumn(), rule.defaultSeverity(), rule.id(),
                message, o.locale()));
    }
}
