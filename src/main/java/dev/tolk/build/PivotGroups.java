package dev.tolk.build;

import dev.tolk.catalog.CatalogReader;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * DocFX's zone pivot groups (a locale's {@code zone-pivot-groups.yml}, {@code YamlMime:ZonePivotGroups}: {@code groups:
 * [{id, title, prompt, pivots: [{id, title}]}]}) as the includes keep them, each locale's groups by id, each group's
 * pivot titles by id in the file's order with its prompt under {@link #PROMPT}; and what pages ask of them: a pivot's
 * title for a zone's label, a group's chooser.
 */
final class PivotGroups {
    /**
     * The key, in a group's pivot titles, under which its prompt ("Choose a language") is kept with
     * them: no pivot id of a YAML file has a line break in it.
     */
    static final String PROMPT = "\nprompt";

    /** A page's pivot chooser: what it asks ({@code prompt}, empty when the group gives none) and its pivots' ids and titles in order. */
    record Choice(String prompt, List<Map.Entry<String, String>> pivots) {
    }

    private PivotGroups() {
    }

    /** The locales to look in: {@code locale}, then the source locale. */
    private static List<String> lookIn(String sourceLocale, String locale) {
        return locale.equals(sourceLocale) ? List.of(locale) : List.of(locale, sourceLocale);
    }

    /**
     * The title of a zone pivot in {@code locale} (else the source locale), looked up in the
     * groups a page names (any group when it names none).
     */
    static Optional<String> title(Map<String, Map<String, Map<String, String>>> pivots, String sourceLocale, String locale,
                                  List<String> groups, String pivot) {
        for (String l : lookIn(sourceLocale, locale)) {
            for (Map.Entry<String, Map<String, String>> g : pivots.getOrDefault(l, Map.of()).entrySet()) {
                if (!groups.isEmpty() && !groups.contains(g.getKey())) continue;
                String title = g.getValue().get(pivot);
                if (title != null) return Optional.of(title);
            }
        }
        return Optional.empty();
    }

    /**
     * The chooser of the first of {@code groups} (a page's {@code zone_pivot_groups}) that {@code locale}'s zone
     * pivot groups define, else the source locale's; empty when none does.
     */
    static Optional<Choice> choice(Map<String, Map<String, Map<String, String>>> pivots, String sourceLocale, String locale,
                                   List<String> groups) {
        for (String group : groups) {
            for (String l : lookIn(sourceLocale, locale)) {
                Map<String, String> titles = pivots.getOrDefault(l, Map.of()).get(group);
                if (titles == null) continue;
                List<Map.Entry<String, String>> choices = new ArrayList<>();
                titles.forEach((id, title) -> {
                    if (!id.equals(PROMPT)) choices.add(Map.entry(id, title));
                });
                return Optional.of(new Choice(titles.getOrDefault(PROMPT, ""), List.copyOf(choices)));
            }
        }
        return Optional.empty();
    }

    /**
     * The groups of the {@code zone-pivot-groups.yml} at the root of {@code dir}, {@code locale}'s folder; empty when it
     * has none or it is not YAML (a {@code config/invalid} at its position); a file without a {@code groups} list, or that
     * cannot be read, said so, has no groups.
     */
    static Optional<Map<String, Map<String, String>>> read(Path dir, String locale, CatalogReader indexer, Consumer<Diagnostic> sink) {
        Path file = dir.resolve("zone-pivot-groups.yml");
        if (!Files.isRegularFile(file)) return Optional.empty();
        String shown = indexer.display(file);
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        try {
            String text = indexer.files().read(file).text();
            indexer.files().release(file);
            var read = new dev.tolk.parse.YamlReader().read(text);
            if (read instanceof dev.tolk.parse.YamlReader.Failure f) {
                sink.accept(new Diagnostic(shown, f.line(), f.column(), f.line(), f.column(), Rule.CONFIG_INVALID.defaultSeverity(),
                        Rule.CONFIG_INVALID.id(), "zone pivot groups are not valid YAML: " + f.message(), locale));
                return Optional.empty();
            }
            Object value = ((dev.tolk.parse.YamlReader.Values) read).value();
            if (value instanceof Map<?, ?> m && m.get("groups") instanceof List<?> list) {
                for (Object o : list) {
                    if (!(o instanceof Map<?, ?> g) || !(g.get("id") instanceof String id) || !(g.get("pivots") instanceof List<?> ps)) continue;
                    Map<String, String> titles = new LinkedHashMap<>();
                    Object prompt = g.get("prompt") instanceof String p && !p.isBlank() ? p : g.get("title");
                    if (prompt instanceof String p && !p.isBlank()) titles.put(PROMPT, p.strip());
                    for (Object po : ps) {
                        if (po instanceof Map<?, ?> pm && pm.get("id") instanceof String pid) {
                            titles.put(pid, pm.get("title") instanceof String t && !t.isBlank() ? t : pid);
                        }
                    }
                    groups.put(id, titles);
                }
            } else {
                sink.accept(new Diagnostic(shown, 1, 1, 1, 1, Rule.CONFIG_INVALID.defaultSeverity(), Rule.CONFIG_INVALID.id(),
                        "zone pivot groups have no 'groups' list", locale));
            }
        } catch (IOException e) {
            sink.accept(new Diagnostic(shown, 1, 1, 1, 1, Rule.CONTENT_UNREADABLE.defaultSeverity(), Rule.CONTENT_UNREADABLE.id(),
                    "cannot read file: " + e.getMessage(), locale));
        }
        return Optional.of(groups);
    }
}
