package dev.tolk.l10n;

import dev.tolk.model.Article;
import dev.tolk.validate.DriftRule;
import dev.tolk.source.ContentTree;
import dev.tolk.source.SourceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown articles of a content folder as the loop sees them: the source locale's tree (if
 * any) and each other locale's, read through {@link SourceFiles}, and the plan of each article in
 * a locale. YAML pages are not part of the loop. {@code workDir} makes the file names shown.
 */
final class LocaleContent {
    private final Path root;
    private final String sourceLocale;
    private final ContentTree tree;
    private final Path workDir;
    private final SourceFiles files = SourceFiles.undigested(java.nio.file.Files::readAllBytes, false); // the loop keys nothing by content
    private final ArticlePlanner planner = new ArticlePlanner();
    private final DriftRule driftRule;
    /** Per key, the drifted units of each locale's copy, judged once for all locales (only without a source-locale article). */
    private final Map<String, Map<String, Map<String, Drift>>> drift = new ConcurrentHashMap<>();

    LocaleContent(Path root, String sourceLocale, List<String> exclude, Path workDir) throws IOException {
        this.root = root;
        this.sourceLocale = sourceLocale;
        this.tree = ContentTree.scan(root, exclude);
        this.workDir = workDir;
        this.driftRule = new DriftRule(sourceLocale);
    }

    String sourceLocale() {
        return sourceLocale;
    }

    /**
     * A locale tag as an XLIFF file may write it ({@code tr-tr}; BCP 47 tags ignore case) spelled as the locale's
     * folder is, else in BCP 47's own case ({@code tr-TR}): an import never makes a second folder for one locale.
     */
    String localeTag(String tag) {
        for (String folder : tree.locales().keySet()) {
            if (folder.equalsIgnoreCase(tag)) return folder;
        }
        if (!dev.tolk.source.ContentTree.LOCALE_TAG.matcher(tag).matches()) return tag;
        return java.util.Locale.forLanguageTag(tag).toLanguageTag();
    }

    /** The locales to translate into: those asked for, else every locale folder but the source locale's. */
    List<String> targetLocales(List<String> asked) {
        if (!asked.isEmpty()) return asked.stream().filter(t -> !t.equalsIgnoreCase(sourceLocale)).toList();
        return tree.locales().keySet().stream().filter(t -> !t.equalsIgnoreCase(sourceLocale)).toList();
    }

    /**
     * The article keys of the locale plus those of the source locale it lacks, sorted; without a
     * source-locale folder, those of every locale (the source articles are rebuilt from them).
     */
    List<String> keys(String locale) {
        TreeSet<String> keys = new TreeSet<>(markdown(locale));
        List<String> source = markdown(sourceLocale);
        keys.addAll(source);
        if (source.isEmpty()) for (String other : tree.locales().keySet()) keys.addAll(markdown(other));
        return new ArrayList<>(keys);
    }

    /** Whether the locale has a file for {@code key}. */
    boolean has(String locale, String key) {
        ContentTree.LocaleFiles f = tree.locales().get(locale);
        return f != null && java.util.Collections.binarySearch(f.articles(), key) >= 0;
    }

    List<String> markdown(String locale) {
        ContentTree.LocaleFiles f = tree.locales().get(locale);
        if (f == null) return List.of();
        return f.articles().stream().filter(k -> k.toLowerCase(Locale.ROOT).endsWith(".md")).toList();
    }

    Path path(String locale, String key) {
        ContentTree.LocaleFiles f = tree.locales().get(locale);
        return (f != null ? f.dir() : root.resolve(locale)).resolve(key);
    }

    /** The file name as diagnostics show it: relative to the working folder, {@code /}-separated. */
    String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(workDir) ? workDir.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    Optional<Article> article(String locale, String key) throws IOException {
        if (!has(locale, key)) return Optional.empty();
        Path file = path(locale, key);
        String text = files.read(file).text();
        files.release(file);
        return Optional.of(planner.parse(locale, key, shown(file), text));
    }

    /**
     * The plan of {@code key} in {@code locale}; empty when no locale has it. An article the locale
     * lacks and the source locale has no file for is made from the English of another locale's copy
     * (its lookup halves, as the site's English pages are), without front-matter units: that
     * copy's title is not English.
     */
    Optional<ArticlePlan> plan(String locale, String key) throws IOException {
        Article english = article(sourceLocale, key).orElse(null);
        Article localized = article(locale, key).orElse(null);
        if (localized != null || english != null) {
            Map<String, Drift> drifted = english == null ? drifted(key).getOrDefault(locale, Map.of()) : Map.of();
            return Optional.of(planner.plan(key, locale, english, localized, true, drifted));
        }
        for (String other : tree.locales().keySet()) {
            if (other.equals(locale) || !has(other, key)) continue;
            Article copy = article(other, key).orElseThrow();
            String text = copy.text().substring(0, copy.bodyStart()) + ArticlePlanner.lookupView(copy);
            Article rebuilt = planner.parse(sourceLocale, key, copy.file(), text);
            return Optional.of(planner.plan(key, locale, rebuilt, null, false));
        }
        return Optional.empty();
    }

    /**
     * The drifted units of every locale's copy of {@code key}, as check's {@code tu/drift} judges them across locales
     * (their English compared, the newest hand-off current): what status counts and {@code export --needed} sends. A
     * current English copied from another locale has that locale's tag in its URLs made this one's.
     */
    private Map<String, Map<String, Drift>> drifted(String key) throws IOException {
        try {
            return drift.computeIfAbsent(key, k -> {
                List<Article> copies = new ArrayList<>();
                try {
                    for (String locale : tree.locales().keySet()) article(locale, k).ifPresent(copies::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Map<String, Map<String, Drift>> out = new HashMap<>();
                if (copies.size() < 2) return out;
                for (DriftRule.Finding f : driftRule.findings(copies)) {
                    String current = f.current() == null ? null : localizedUrls(f.current(), f.currentIn(), f.article().locale());
                    out.computeIfAbsent(f.article().locale(), l -> new HashMap<>())
                            .putIfAbsent(f.unit().number(), new Drift(current, f.currentIn()));
                }
                return out;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code text} with each {@code /from/} locale segment of its URLs written {@code /to/} (Learn's localized addresses). */
    static String localizedUrls(String text, String from, String to) {
        String segment = "/" + from.toLowerCase(Locale.ROOT) + "/";
        if (text.toLowerCase(Locale.ROOT).indexOf(segment) < 0) return text;
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(segment), java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement("/" + to.toLowerCase(Locale.ROOT) + "/"));
    }
}
