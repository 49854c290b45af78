package dev.tolk.l10n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code tolk xliff export}: one XLIFF 2.0 file per target locale and article,
 * {@code <out>/<locale>/<key without .md>.xlf}, each written atomically. An article without units
 * (no pairs, no sentences) gets no file. {@code needed}: only units that are missing,
 * untranslated or drifted, and no file for an article with none.
 */
public final class XliffExport {
    /** What was written: files and units. */
    public record Result(int files, int units) {
    }

    private final XliffWriter writer = new XliffWriter();

    public Result export(Path content, String sourceLocale, List<String> exclude, List<String> locales, Path out, boolean needed,
                         Path workDir) throws IOException {
        LocaleContent set = new LocaleContent(content, sourceLocale, exclude, workDir);
        List<String[]> articles = new ArrayList<>();
        for (String locale : set.targetLocales(locales)) {
            for (String key : set.keys(locale)) articles.add(new String[] {locale, key});
        }
        // articles are independent: written in parallel, each to its own file
        int[] counts;
        try {
            counts = articles.parallelStream().map(a -> {
            try {
                ArticlePlan plan = set.plan(a[0], a[1]).orElse(null);
                if (plan == null) return new int[] {0, 0};
                XliffDocument doc = plan.toXliff(sourceLocale, needed);
                if (doc.units().isEmpty()) return new int[] {0, 0};
                AtomicFile.write(out.resolve(a[0]).resolve(xlfName(a[1])), writer.write(doc), false);
                return new int[] {1, doc.units().size()};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            }).reduce(new int[] {0, 0}, (x, y) -> new int[] {x[0] + y[0], x[1] + y[1]});
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Result(counts[0], counts[1]);
    }

    /** {@code AlchemyInsights/foo.md} → {@code AlchemyInsights/foo.xlf}. */
    static String xlfName(String key) {
        return key.toLowerCase(Locale.ROOT).endsWith(".md") ? key.substring(0, key.length() - 3) + ".xlf" : key + ".xlf";
    }
}
