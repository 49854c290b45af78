package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: an unreadable article, folder (a locale's or one inside it), table of contents, YAML
 * page, image or content folder is a {@code content/unreadable} error at its path, and the rest
 * of the site is built: exit 1, never 3.
 *
 * <p>Root reads a file whatever its mode. Where the files stay readable to this JVM after
 * {@code chmod 000}, the build runs through {@code setpriv}, with {@code CAP_DAC_OVERRIDE} and
 * {@code CAP_DAC_READ_SEARCH} dropped from its bounding set, so that the kernel refuses it the
 * files as it refuses any other user; elsewhere it runs as it is.
 */
class UnreadableFilesIT {
    @TempDir
    static Path tmp;
    private static int exit;
    private static String output;
    private static int checkExit;
    private static String checkOutput;
    private static Path project;

    @BeforeAll
    static void buildWithUnreadableFiles() throws Exception {
        project = Fixture.write(tmp.resolve("project"), """
                -- content/nl-NL/ok.md --
                ---
                title: Goed
                ---
                # Goed

                ![Plaatje](pic.png)
                -- content/nl-NL/unreadable.md --
                ---
                title: Weg
                ---
                # Weg
                -- content/nl-NL/toc.yml --
                - name: Goed
                  href: ok.md
                -- content/nl-NL/pic.png --
                PNG
                -- content/nl-NL/index.yml --
                ### YamlMime:Landing
                title: Start
                -- content/nl-NL/locked/inside.md --
                ---
                title: Binnen
                ---
                # Binnen
                -- content/de-DE/gut.md --
                ---
                title: Gut
                ---
                # Gut
                -- content/fr-FR/bien.md --
                ---
                title: Bien
                ---
                # Bien
                """);
        Path c = project.resolve("content");
        List<Path> locked = List.of(c.resolve("nl-NL/unreadable.md"), c.resolve("nl-NL/toc.yml"), c.resolve("nl-NL/pic.png"),
                c.resolve("nl-NL/index.yml"), c.resolve("nl-NL/locked"), c.resolve("fr-FR"));
        TolkProcess tolk = withoutReadingEverything(locked, "build", "--config", "/dev/null", "--source", "content",
                "--templates", Path.of("templates").toAbsolutePath().toString(), "--out", "site");
        TolkProcess check = withoutReadingEverything(locked, "check", "--config", "/dev/null", "--source", "content",
                "--templates", Path.of("templates").toAbsolutePath().toString());
        try {
            exit = tolk.in(project).run(project.resolve("build.log"), 120);
            checkExit = check.in(project).run(project.resolve("check.log"), 120);
        } finally {
            for (Path p : locked) Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        }
        output = tolk.output();
        checkOutput = check.output();
    }

    /**
     * Takes every permission off {@code files}; returns Tolk run so that they are unreadable to it:
     * as it is, or (where this JVM still reads them: root) through {@code setpriv}.
     */
    private static TolkProcess withoutReadingEverything(List<Path> files, String... args) throws IOException {
        for (Path p : files) Files.setPosixFilePermissions(p, Set.<PosixFilePermission>of());
        if (!Files.isReadable(files.get(0))) return TolkProcess.of(List.of(), args);
        // root: the capabilities that read past a file's mode are taken from the build's process
        assertTrue(onPath("setpriv"), "setpriv (util-linux) is needed to run the build without root's capabilities");
        return TolkProcess.through(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"), List.of(), args);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) return true;
        }
        return false;
    }

    @Test
    void theBuildEndsWithFindingsNotAnInternalError() {
        assertEquals(1, exit, output);
        assertFalse(output.contains("internal error"), output);
    }

    @Test
    void anUnreadableArticleIsReportedAtItsPath() {
        assertTrue(output.contains("content/nl-NL/unreadable.md:1:1: error: file cannot be read (permission denied); not published"
                + " [content/unreadable]"), output);
        assertFalse(Files.exists(project.resolve("site/nl-NL/unreadable.html")));
    }

    @Test
    void anUnreadableFolderIsReportedAndItsSiblingsAreBuilt() {
        assertTrue(output.contains("content/nl-NL/locked:1:1: error: folder cannot be read (permission denied); nothing in it is"
                + " published [content/unreadable]"), output);
        assertTrue(output.contains("content/fr-FR:1:1: error: folder cannot be read (permission denied)"), output);
        assertTrue(Files.isRegularFile(project.resolve("site/nl-NL/ok.html")), output);
        assertTrue(Files.isRegularFile(project.resolve("site/de-DE/gut.html")), output);
    }

    @Test
    void anUnreadableTableOfContentsIsReportedAndTheFolderTreeIsUsed() throws IOException {
        assertTrue(output.contains("content/nl-NL/toc.yml:1:1: error: table of contents could not be read [content/unreadable]"), output);
        assertTrue(Files.readString(project.resolve("site/nl-NL/index.html")).contains("href=\"ok.html\""), "the home lists the article");
    }

    @Test
    void anUnreadableYamlPageIsReportedAtItsPath() {
        assertTrue(output.contains("content/nl-NL/index.yml:1:1: error: file cannot be read (permission denied); not published"
                + " [content/unreadable]"), output);
    }

    @Test
    void anUnreadableImageIsReportedOnceAndNotPublished() {
        String line = "content/nl-NL/pic.png:1:1: error: file cannot be read (permission denied); not published [content/unreadable]";
        assertEquals(1, output.split(java.util.regex.Pattern.quote(line), -1).length - 1, output);
        assertFalse(Files.exists(project.resolve("site/nl-NL/pic.png")));
        assertFalse(Files.exists(project.resolve("site/en-US/pic.png")), "nor copied to the locale rebuilt from the lookups");
    }

    @Test
    void everyFindingIsAnUnreadableFile() {
        List<String> findings = new ArrayList<>(output.lines().filter(l -> l.contains(": error: ")).toList());
        assertEquals(6, findings.size(), output);
        assertTrue(findings.stream().allMatch(l -> l.endsWith("[content/unreadable]")), output);
    }

    @Test
    void checkReportsWhatTheBuildReports() {
        assertEquals(1, checkExit, checkOutput);
        List<String> built = output.lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(built, checkOutput.lines().filter(l -> l.contains(": error: ")).toList());
    }

    @Test
    void anUnreadableContentFolderIsReportedNotACrash() throws Exception {
        Path p = Fixture.write(tmp.resolve("closed"), "-- content/nl-NL/a.md --\n---\ntitle: A\n---\n# A\n");
        Path content = p.resolve("content");
        TolkProcess tolk = withoutReadingEverything(List.of(content), "build", "--config", "/dev/null", "--source", "content",
                "--templates", Path.of("templates").toAbsolutePath().toString(), "--out", "site");
        int code;
        try {
            code = tolk.in(p).run(p.resolve("build.log"), 120);
        } finally {
            Files.setPosixFilePermissions(content, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        String out = tolk.output();
        assertEquals(1, code, out);
        assertTrue(out.contains("content:1:1: error: folder cannot be read (permission denied); nothing in it is published"
                + " [content/unreadable]"), out);
    }
}
