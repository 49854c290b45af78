package dev.tolk.l10n;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code tolk xliff import}: reads XLIFF 2 files back into the locales' paired-span articles
 * (DESIGN §10). Each unit is checked against the article's plan as it is now: an unknown id
 * ({@code xliff/unknown-unit}), a source that changed since the export ({@code xliff/stale-source},
 * not applied), codes added, duplicated or a {@code canDelete="no"} code deleted
 * ({@code xliff/code-mismatch}); a file that is not XLIFF 2 or names other languages or no article
 * is {@code xliff/invalid}. Problems are placed in the {@code .xlf}. A file with an error writes
 * nothing; otherwise only the units whose target changed are written, each article atomically,
 * and an article whose units are all as they were is not touched (an unchanged round trip is
 * byte-identical). The XLIFF's states are not trusted: {@code tolk check} judges the result.
 */
public final class XliffImport {
    /** What an import did: diagnostics, articles written (or that would be, with a dry run), units applied. */
    public record Result(List<Diagnostic> diagnostics, List<Path> written, int units) {
    }

    private final XliffReader reader = new XliffReader();

    public Result importFiles(List<Path> inputs, Path content, String sourceLocale, List<String> exclude, List<String> locales,
                              boolean dryRun, Path workDir) throws IOException {
        LocaleContent set = new LocaleContent(content, sourceLocale, exclude, workDir);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        int units = 0;
        List<Outcome> outcomes;
        try {
            // files are read and checked in parallel; written one by one, in order
            outcomes = inputs(inputs).parallelStream().map(in -> {
                List<Diagnostic> found = new ArrayList<>();
                try {
                    return new Outcome(found, read(in, set, locales, found).orElse(null));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Outcome o : outcomes) {
            diagnostics.addAll(o.found());
            Change c = o.change();
            if (c == null || c.units() == 0 || o.found().stream().anyMatch(d -> d.severity() == dev.tolk.diag.Severity.ERROR)) continue;
            byte[] now = c.text().getBytes(StandardCharsets.UTF_8);
            if (Files.exists(c.file()) && java.util.Arrays.equals(Files.readAllBytes(c.file()), now)) continue;
            if (!dryRun) AtomicFile.write(c.file(), now, true);
            written.add(c.file());
            units += c.units();
        }
        diagnostics.sort(Diagnostic.ORDER);
        return new Result(diagnostics, written, units);
    }

    /** An XLIFF file and the folder it was found in (its first folder below is its locale). */
    private record Input(Path file, Path base) {
    }

    /** What reading one XLIFF file found, and the change it makes (null when none can be made). */
    private record Outcome(List<Diagnostic> found, Change change) {
    }

    /** An article's new text and the number of units that changed in it. */
    private record Change(Path file, String text, int units) {
    }

    /** Whether a target holds nothing: no code, and text of white space only ({@code <target/>}, as tools leave an untranslated unit). */
    private static boolean blank(List<Inline> target) {
        for (Inline i : target) {
            if (!(i instanceof Inline.Text t) || !t.text().isBlank()) return false;
        }
        return true;
    }

    private static List<Input> inputs(List<Path> paths) throws IOException {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(new Input(p, null));
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlf") && Files.isRegularFile(f))
                        .sorted(Comparator.comparing(Path::toString)).forEach(f -> out.add(new Input(f, p)));
            }
        }
        return out;
    }

    /** Largest XLIFF file read: a 300 MB file took 4.3 GB of memory and wrote a 300 MB article. */
    static final long MAX_BYTES = 64L << 20;

    private Optional<Change> read(Input in, LocaleContent set, List<String> locales, List<Diagnostic> found) throws IOException {
        String shown = set.shown(in.file());
        if (Files.size(in.file()) > MAX_BYTES) { // a unit of hundreds of megabytes is no translation, and would exhaust memory
            found.add(XliffReader.invalid(shown, 1, 1, "the file is larger than " + (MAX_BYTES >> 20) + " MiB; not read"));
            return Optional.empty();
        }
        Optional<XliffDocument> read = reader.read(Files.readAllBytes(in.file()), shown, found);
        if (read.isEmpty()) return Optional.empty();
        XliffDocument doc = read.get();
        doc = new XliffDocument(doc.srcLang(), set.localeTag(doc.trgLang()), doc.original(), doc.units());
        String problem = languageProblem(doc, in, set, locales);
        if (problem == null && (doc.original() == null || doc.original().isBlank())) problem = "the <file> has no 'original' (the article's key)";
        Optional<ArticlePlan> plan = Optional.empty();
        if (problem == null) {
            plan = set.plan(doc.trgLang(), doc.original());
            if (plan.isEmpty()) problem = "no article '" + doc.original() + "' in " + set.sourceLocale() + " or " + doc.trgLang();
        }
        if (problem != null) {
            found.add(XliffReader.invalid(shown, 2, 1, problem));
            return Optional.empty();
        }
        return Optional.of(apply(doc, plan.get(), set, shown, found));
    }

    private static String languageProblem(XliffDocument doc, Input in, LocaleContent set, List<String> locales) {
        if (!doc.srcLang().equalsIgnoreCase(set.sourceLocale())) {
            return "srcLang '" + doc.srcLang() + "' is not the source locale " + set.sourceLocale();
        }
        String trg = doc.trgLang();
        if (trg.isEmpty() || !dev.tolk.source.ContentTree.LOCALE_TAG.matcher(trg).matches() || trg.equalsIgnoreCase(set.sourceLocale())) {
            return "trgLang '" + trg + "' is not a target locale";
        }
        if (in.base() != null) {
            Path rel = in.base().relativize(in.file());
            String folder = rel.getNameCount() > 1 ? rel.getName(0).toString() : null;
            if (folder != null && dev.tolk.source.ContentTree.LOCALE_TAG.matcher(folder).matches() && !folder.equalsIgnoreCase(trg)) {
                return "trgLang '" + trg + "' differs from the locale of its folder, " + folder;
            }
        }
        if (!locales.isEmpty() && locales.stream().noneMatch(trg::equalsIgnoreCase)) {
            return "trgLang '" + trg + "' is not among the --locale given";
        }
        return null;
    }

    /** Checks every unit and works out the article's new text (the caller writes it only when no error was found). */
    private Change apply(XliffDocument doc, ArticlePlan plan, LocaleContent set, String shown, List<Diagnostic> found) {
        Map<String, PlannedUnit> byId = new HashMap<>();
        for (PlannedUnit u : plan.units()) byId.put(u.id(), u);
        Map<PlannedUnit, List<Inline>> changed = new LinkedHashMap<>();
        boolean machine = false;
        for (XliffUnit u : doc.units()) {
            PlannedUnit p = byId.get(u.id());
            if (p == null) {
                found.add(XliffReader.diagnostic(Rule.XLIFF_UNKNOWN_UNIT, shown, u.line(), u.column(),
                        "unit '" + u.id() + "' is not a unit of " + plan.key() + " in " + plan.locale()));
                continue;
            }
            if (!Pieces.signature(u.source()).equals(Pieces.signature(p.source()))) {
                found.add(XliffReader.diagnostic(Rule.XLIFF_STALE_SOURCE, shown, u.line(), u.column(),
                        "unit '" + u.id() + "': its source is not the article's English now; not applied (export again)"));
                continue;
            }
            if (u.target() == null || blank(u.target())) continue; // no target, or an empty one: no translation (XLIFF 2), the article's stays
            String now = p.target() == null ? null : Pieces.signature(p.target());
            if (Pieces.signature(u.target()).equals(now)) continue; // as it is: a defect it has is check's to report
            Optional<Diagnostic> codes = codeProblem(u, p, shown);
            if (codes.isPresent()) {
                found.add(codes.get());
                continue;
            }
            changed.put(p, u.target());
            machine |= XliffUnit.MACHINE.equals(u.subState());
        }
        ArticleWriter writer = new ArticleWriter(plan);
        // a locale's file whose changed units all have their pair in it is edited in place, inside those pairs alone; the
        // segmented writer rewrites it from the source article, needed only for a sentence it does not have yet
        boolean inPlace = plan.localized() != null && changed.keySet().stream().allMatch(u -> u.pair() != null || u.field() != null);
        String text = plan.mode() == ArticlePlan.Mode.PAIRED || inPlace ? writer.paired(changed) : writer.segmented(changed, machine);
        return new Change(set.path(plan.locale(), plan.key()), text, changed.size());
    }

    /** The first way the target's codes differ from the source's: one added or of another kind, one twice, one that may not go missing. */
    private static Optional<Diagnostic> codeProblem(XliffUnit u, PlannedUnit p, String file) {
        Map<String, Inline> source = Pieces.codes(p.source());
        Set<String> seen = new HashSet<>();
        List<Inline> targetCodes = new ArrayList<>();
        collect(u.target(), targetCodes);
        for (Inline t : targetCodes) {
            Inline s = source.get(t.id());
            if (s == null || !Pieces.element(s).equals(Pieces.element(t))) {
                return Optional.of(XliffReader.diagnostic(Rule.XLIFF_CODE_MISMATCH, file, t.start(), t.end(),
                        "unit '" + u.id() + "': <" + Pieces.element(t) + " id=\"" + t.id() + "\"> is not a code of the source"));
            }
            if (!seen.add(t.id())) {
                return Optional.of(XliffReader.diagnostic(Rule.XLIFF_CODE_MISMATCH, file, t.start(), t.end(),
                        "unit '" + u.id() + "': code " + t.id() + " is in the target twice"));
            }
        }
        for (Inline s : source.values()) {
            if (s.code().kind().fixed && !seen.contains(s.id())) {
                return Optional.of(XliffReader.diagnostic(Rule.XLIFF_CODE_MISMATCH, file, u.line(), u.column(),
                        "unit '" + u.id() + "': the target lacks code " + s.id() + " (" + s.code().data()
                                + "), which may not be deleted (canDelete=\"no\")"));
            }
        }
        return Optional.empty();
    }

    private static void collect(List<Inline> pieces, List<Inline> into) {
        for (Inline p : pieces) {
            if (p.id() != null) into.add(p);
            if (p instanceof Inline.Pc pc) collect(pc.content(), into);
        }
    }
}
