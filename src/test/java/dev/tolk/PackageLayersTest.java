package dev.tolk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the package order of DESIGN §4: dependencies point one way, down the table; packages in
 * one row may use each other. A reference to a package higher up (an import, or a fully
 * qualified name in code or Javadoc) fails, and so does a package the table does not list.
 */
class PackageLayersTest {
    /** The rows of DESIGN §4, top first. */
    private static final List<List<String>> ROWS = List.of(
            List.of("cli"),
            List.of("serve"),
            List.of("build"),
            List.of("l10n"),
            List.of("nav", "search", "output"),
            List.of("catalog"),
            List.of("config"),
            List.of("render"),
            List.of("check"),
            List.of("validate"),
            List.of("proration"),
            List.of("parse"),
            List.of("model"),
            List.of("source", "diag", "json"));
    private static final Path MAIN = Path.of("src/main/java/dev/tolk");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.tolk\\.([a-z0-9]+)\\.");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+);");

    private static int row(String pkg) {
        for (int i = 0; i < ROWS.size(); i++) {
            if (ROWS.get(i).contains(pkg)) return i;
        }
        return -1;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyReferencePointsDownTheTable() throws IOException {
        List<String> upward = new ArrayList<>();
        TreeSet<String> unlisted = new TreeSet<>();
        int references = 0;
        for (Path file : sources()) {
            String own = MAIN.relativize(file).getName(0).toString();
            if (row(own) < 0) unlisted.add(own);
            String text = Files.readString(file);
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                references++;
                if (row(m.group(1)) < 0) unlisted.add(m.group(1));
            }
            for (String used : upward(own, text)) upward.add(MAIN.relativize(file) + " uses dev.tolk." + used);
        }
        assertEquals(List.of(), upward, "references up the table of DESIGN §4");
        assertEquals(new TreeSet<>(), unlisted, "packages DESIGN §4 does not list");
        assertTrue(references > 500, "too few references found (" + references + "): is the pattern right?");
    }

    @Test
    void modelImportsNoLibrary() throws IOException {
        List<String> libraries = new ArrayList<>();
        for (Path file : sources()) {
            if (!MAIN.relativize(file).getName(0).toString().equals("model")) continue;
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String name = m.group(1);
                if (!name.startsWith("java.") && !name.startsWith("dev.tolk.model.")) libraries.add(file.getFileName() + ": " + name);
            }
        }
        assertEquals(List.of(), libraries);
    }

    /** The packages above {@code own} that {@code text} names. */
    private static List<String> upward(String own, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            int row = row(m.group(1));
            if (row >= 0 && row < row(own)) found.add(m.group(1));
        }
        return found;
    }

    @Test
    void theCheckSeesImportsAndQualifiedNames() {
        assertEquals(List.of("build"), upward("parse", "import dev.tolk.build.SiteBuilder;\nimport dev.tolk.model.Link;"));
        assertEquals(List.of("catalog"), upward("config", "/** see {@link dev.tolk.catalog.PageCatalog} */"));
        assertEquals(List.of(), upward("nav", "import dev.tolk.search.SearchIndexWriter; import dev.tolk.catalog.PageEntry;"));
    }
}
