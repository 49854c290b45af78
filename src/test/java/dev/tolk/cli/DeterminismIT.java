package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.testing.Costly;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, DESIGN §3: the same input gives a byte-identical site whatever the environment. Two
 * projects (this repository's sample, with its templates, and the DocFX corpus) are built by
 * real processes in ways that differ from a reference build ({@code LC_ALL=C.UTF-8},
 * {@code TZ=UTC}, {@code --jobs 2}, checkout A): {@code LANG=C} (Java then reads and writes
 * US-ASCII by default), Turkish ({@code LANG=tr_TR.UTF-8} and {@code -Duser.language=tr
 * -Duser.country=TR}, so that the default locale's dotless i really applies even where the C
 * library lacks that locale), Arabic ({@code -Duser.language=ar -Duser.country=SA}), four time
 * zones (Pacific/Chatham among them), {@code --jobs 1} and {@code 4}, and a copy of
 * the project at another absolute path: the sample one difference at a time, the corpus (whose
 * build takes longer) with the same differences three at a time. Every file of every site is
 * compared byte for byte, and so are the exit code and the diagnostics (but for the time the
 * summary line gives).
 */
@Costly(seconds = 40)
class DeterminismIT {
    private static final Path REPO = Path.of("").toAbsolutePath();

    /** One way of running the build: environment variables (null removes one), JVM options, thread count, checkout. */
    private record Variant(String name, Map<String, String> env, List<String> jvm, int jobs, boolean otherCheckout) {
    }

    private record Run(int exit, List<String> diagnostics, Map<String, ByteBuffer> site) {
    }

    @Test
    void theSiteIsByteIdenticalUnderEveryLocaleTimeZoneThreadCountAndCheckoutPath(@TempDir Path tmp) throws Exception {
        // without ../shared beside the checkout (and not in CI), the sample alone
        java.util.Optional<Path> docfxCorpus = dev.tolk.SharedData.docfxCorpusIfThere();
        Path a = tmp.resolve("checkout-a");
        Path b = tmp.resolve("elsewhere/another checkout b");
        for (Path checkout : List.of(a, b)) {
            copyTree(REPO.resolve("content"), checkout.resolve("sample/content"));
            copyTree(REPO.resolve("templates"), checkout.resolve("sample/templates"));
            Files.copy(REPO.resolve("tolk.yaml"), checkout.resolve("sample/tolk.yaml"));
            if (docfxCorpus.isPresent()) {
                copyTree(docfxCorpus.get(), checkout.resolve("docfx"));
                copyTree(REPO.resolve("templates"), checkout.resolve("docfx/templates"));
            }
        }
        Map<String, String> utf8 = new HashMap<>(Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8", "TZ", "UTC"));
        utf8.put("LC_CTYPE", null);
        Variant reference = new Variant("reference", utf8, List.of(), 2, false);
        Map<String, String> c = with(utf8, "LANG", "C", "LC_ALL", null);
        Map<String, String> turkish = with(utf8, "LANG", "tr_TR.UTF-8", "LC_ALL", "tr_TR.UTF-8");
        List<String> turkishJvm = List.of("-Duser.language=tr", "-Duser.country=TR");
        // the sample: one difference at a time
        List<Variant> sample = List.of(reference,
                new Variant("LANG=C", c, List.of(), 2, false),
                new Variant("tr_TR", turkish, turkishJvm, 2, false),
                new Variant("TZ=America/Los_Angeles", with(utf8, "TZ", "America/Los_Angeles"), List.of(), 2, false),
                new Variant("TZ=Asia/Kolkata", with(utf8, "TZ", "Asia/Kolkata"), List.of(), 2, false),
                // a right-to-left default locale and a time zone of a 45-minute offset
                new Variant("ar_SA, TZ=Pacific/Chatham", with(utf8, "TZ", "Pacific/Chatham"),
                        List.of("-Duser.language=ar", "-Duser.country=SA"), 2, false),
                new Variant("--jobs 1", utf8, List.of(), 1, false),
                new Variant("--jobs 4", utf8, List.of(), 4, false),
                new Variant("checkout b", utf8, List.of(), 2, true));
        // the corpus (a build takes longer): every difference too, three at a time
        List<Variant> docfx = List.of(reference,
                new Variant("LANG=C, TZ=America/Los_Angeles, --jobs 1", with(c, "TZ", "America/Los_Angeles"), List.of(), 1, false),
                new Variant("tr_TR, TZ=Asia/Kolkata, --jobs 4", with(turkish, "TZ", "Asia/Kolkata"), turkishJvm, 4, false),
                new Variant("checkout b", utf8, List.of(), 2, true));
        Map<String, List<Variant>> projects = new LinkedHashMap<>();
        if (docfxCorpus.isPresent()) projects.put("docfx", docfx);
        projects.put("sample", sample);

        // two builds at a time: the machine has two cores
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Future<Run>> runs = new LinkedHashMap<>();
        try {
            projects.forEach((project, variants) -> {
                for (Variant v : variants) {
                    Path dir = (v.otherCheckout() ? b : a).resolve(project);
                    runs.put(project + " " + v.name(), pool.submit(() -> build(dir, v)));
                }
            });
            List<String> differences = new ArrayList<>();
            int files = 0;
            for (Map.Entry<String, List<Variant>> e : projects.entrySet()) {
                String project = e.getKey();
                Run ref = runs.get(project + " reference").get();
                assertTrue(ref.site().size() > 100, project + ": " + ref.site().size() + " files");
                for (Variant v : e.getValue().subList(1, e.getValue().size())) {
                    Run run = runs.get(project + " " + v.name()).get();
                    files += run.site().size();
                    List<String> diff = SiteFiles.differences(ref.site(), run.site(), 5);
                    if (!diff.isEmpty()) differences.add(project + ", " + v.name() + ": " + diff);
                    if (run.exit() != ref.exit()) differences.add(project + ", " + v.name() + ": exit " + run.exit());
                    if (!shown(ref.diagnostics(), v).equals(run.diagnostics())) {
                        differences.add(project + ", " + v.name() + ": diagnostics differ");
                    }
                }
            }
            assertEquals(List.of(), differences);
            assertTrue(files > (docfxCorpus.isPresent() ? 4500 : 700), "files compared: " + files);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Run build(Path project, Variant v) throws Exception {
        String out = "site-" + v.name().replaceAll("[^A-Za-z0-9]+", "-");
        Path log = project.resolve(out + ".log");
        int exit = TolkProcess.of(v.jvm(), "build", "--no-cache", "--templates", "templates", "--out", out, "--jobs", String.valueOf(v.jobs()))
                .in(project).env(v.env()).run(log, 300);
        List<String> lines = new ArrayList<>(Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1));
        // the summary ends with the time the build took; progress lines (every 5 s off a terminal) come when they come
        lines.removeIf(l -> l.startsWith("Built ") || l.matches("tolk: .* \\d+/\\d+ \\(\\d+%\\) after \\d+ s"));
        return new Run(exit, lines, SiteFiles.read(project.resolve(out)));
    }

    /**
     * The reference's diagnostics as this variant's terminal shows them: where Java writes
     * US-ASCII (LANG=C, or a locale the C library lacks), every other character is a '?'.
     */
    private static List<String> shown(List<String> diagnostics, Variant v) {
        if (asciiTerminal(v)) {
            List<String> out = new ArrayList<>();
            for (String line : diagnostics) {
                String text = new String(line.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.UTF_8);
                StringBuilder sb = new StringBuilder();
                text.codePoints().forEach(c -> sb.append(c < 0x80 ? (char) c : '?'));
                out.add(sb.toString());
            }
            return out;
        }
        return diagnostics;
    }

    private static boolean asciiTerminal(Variant v) {
        String lang = v.env().getOrDefault("LANG", "");
        return !lang.contains("UTF-8") || lang.startsWith("tr_TR") && !cLibraryHas("tr_TR");
    }

    /** Whether the C library has a locale (Java takes its encoding from there). */
    private static boolean cLibraryHas(String locale) {
        try {
            Process p = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
            String all = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            return all.lines().anyMatch(l -> l.startsWith(locale + ".utf8") || l.startsWith(locale + ".UTF-8"));
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Map<String, String> with(Map<String, String> base, String k1, String v1, String k2, String v2) {
        Map<String, String> m = new HashMap<>(base);
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static Map<String, String> with(Map<String, String> base, String k, String v) {
        Map<String, String> m = new HashMap<>(base);
        m.put(k, v);
        return m;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
