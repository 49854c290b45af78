package dev.tolk;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find the data shared beside the checkout ({@code ../shared}: the real docsets,
 * the calculator's vectors, the docset generator, the DocFX docset), or, on a clone with nothing
 * beside it, the copies in {@code src/test/resources}: a real subset of the corpus (made by
 * {@code .ci/corpus-subset.py}), {@code vectors.csv} and {@code gen_corpus.py} whole. In CI
 * ({@code CI} set) the whole corpus is required: a test that would take the subset fails instead.
 */
public final class SharedData {
    /** {@code ../shared}: the parent of the {@code tolk.corpus} folder the pom passes. */
    private static final Path SHARED = Path.of(System.getProperty("tolk.corpus", "../shared/corpus")).toAbsolutePath()
            .normalize().getParent();
    private static final Path BUNDLED = Path.of("src/test/resources").toAbsolutePath();

    private SharedData() {
    }

    /** True when the whole corpus is beside the checkout. */
    public static boolean wholeCorpus() {
        return Files.isDirectory(SHARED.resolve("corpus/nl-NL"));
    }

    /** The real docsets ({@code nl-NL/}, {@code de-DE/}): the whole corpus, else (not in CI) the bundled subset. */
    public static Path corpus() {
        if (wholeCorpus()) return SHARED.resolve("corpus");
        if (inCi()) fail("the corpus is missing at " + SHARED.resolve("corpus") + " (CI requires the whole corpus)");
        return BUNDLED.resolve("corpus");
    }

    /** {@code calculator/vectors.csv}: the shared file, else the bundled copy. */
    public static Path vectors() {
        return sharedOrBundled("calculator/vectors.csv");
    }

    /** {@code bench/gen_corpus.py}, the deterministic docset generator: the shared file, else the bundled copy. */
    public static Path corpusGenerator() {
        return sharedOrBundled("bench/gen_corpus.py");
    }

    /**
     * The DocFX docset ({@code ../shared/corpus-docfx}, 6 MB, not bundled): a test that needs it
     * is skipped without it, and fails in CI.
     */
    public static Path docfxCorpus() {
        return docfxCorpusIfThere().orElseGet(() -> {
            Assumptions.abort("the DocFX corpus is missing at " + docfxPath());
            return null;
        });
    }

    /** The DocFX docset, or empty (not in CI, where it is required) for a test that has other work without it. */
    public static java.util.Optional<Path> docfxCorpusIfThere() {
        Path docset = docfxPath();
        if (Files.isDirectory(docset.resolve("content/nl-NL"))) return java.util.Optional.of(docset);
        if (inCi()) fail("the DocFX corpus is missing at " + docset + " (CI requires it)");
        return java.util.Optional.empty();
    }

    private static Path docfxPath() {
        return Path.of(System.getProperty("tolk.corpus.docfx", SHARED.resolve("corpus-docfx").toString())).toAbsolutePath().normalize();
    }

    /** True in CI ({@code .ci/run} sets {@code CI=1}; GitHub Actions sets {@code CI=true}). */
    public static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isEmpty() && !ci.equals("0") && !ci.equalsIgnoreCase("false");
    }

    private static Path sharedOrBundled(String path) {
        Path shared = SHARED.resolve(path);
        return Files.isRegularFile(shared) ? shared : BUNDLED.resolve(path);
    }
}
