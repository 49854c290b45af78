package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tolk new}: a project that builds with exit 0, in every locale asked for; and shell completion. */
class NewCommandTest {
    private static CliRun build(Path project) {
        return CliRun.of("build", "--config", project.resolve("tolk.yaml").toString(), "--source", project.resolve("content").toString(),
                "--out", project.resolve("site").toString(), "--cache", project.resolve(".tolk/cache").toString());
    }

    @Test
    void aNewProjectBuildsWithoutErrorsOrWarningsInEveryLocaleAskedFor(@TempDir Path tmp) throws Exception {
        Path x = tmp.resolve("x");
        CliRun made = CliRun.of("new", x.toString(), "--locale", "nl-NL", "--locale", "de-DE", "--locale", "ja-JP");
        assertEquals(0, made.code(), made.err());
        assertTrue(made.out().contains("cd " + x + " && tolk build"), made.out());
        CliRun built = build(x);
        assertEquals(0, built.code(), built.err());
        assertTrue(built.err().contains("0 errors, 0 warnings"), built.err());
        for (String tag : List.of("en-US", "nl-NL", "de-DE", "ja-JP")) {
            assertTrue(Files.isRegularFile(x.resolve("site/" + tag + "/getting-started.html")), tag);
            assertTrue(Files.isRegularFile(x.resolve("site/" + tag + "/index.html")), tag);
        }
        String nl = Files.readString(x.resolve("site/nl-NL/getting-started.html"));
        assertTrue(nl.contains("Aan de slag") && nl.contains("class=\"sxs-lookup\" hidden"), "a paired translation with its English: " + nl);
        assertTrue(Files.readString(x.resolve("site/ja-JP/getting-started.html")).contains("(ja-JP) Getting started"),
                "a language without texts gets the English marked for a translator");
        assertTrue(Files.readString(x.resolve("site/en-US/calculator.html")).contains("assets/calculator.js"), "the calculator article");
        assertTrue(Files.readString(x.resolve("site/nl-NL/index.html")).contains("../en-US/calculator.html"),
                "the English-only calculator is in the Dutch navigation");
    }

    /** What builds write (the site, the site before last, the cache) is git-ignored, as the README says. */
    @Test
    void aRepositoryOfANewProjectSeesOnlyItsSources(@TempDir Path tmp) throws Exception {
        Path x = tmp.resolve("x");
        assertEquals(0, CliRun.of("new", x.toString()).code());
        assertEquals(0, build(x).code());
        assertEquals(0, build(x).code()); // a second build: the site before last is kept beside the site
        Process git = new ProcessBuilder("sh", "-c", "git init -q && git status --porcelain --untracked-files=all")
                .directory(x.toFile()).redirectErrorStream(true).start();
        String status = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), status);
        List<String> files = status.lines().map(l -> l.substring(3)).sorted().toList();
        assertEquals(List.of(".gitignore", "content/en-US/TOC.yml", "content/en-US/calculator.md", "content/en-US/getting-started.md",
                "content/nl-NL/TOC.yml", "content/nl-NL/getting-started.md", "tolk.yaml"), files);
    }

    @Test
    void withoutLocalesItIsEnglishAndDutch(@TempDir Path tmp) {
        Path x = tmp.resolve("y");
        assertEquals(0, CliRun.of("new", x.toString()).code());
        assertEquals(0, build(x).code());
        assertTrue(Files.isRegularFile(x.resolve("site/nl-NL/getting-started.html")));
    }

    @Test
    void aFolderThatIsNotEmptyOrABadTagIsAUsageError(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("keep.txt"), "mine");
        CliRun taken = CliRun.of("new", tmp.toString());
        assertEquals(2, taken.code());
        assertTrue(taken.err().contains("already exists and is not an empty folder"), taken.err());
        assertEquals("mine", Files.readString(tmp.resolve("keep.txt")));
        CliRun bad = CliRun.of("new", tmp.resolve("z").toString(), "--locale", "not a tag");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("is not a BCP 47 tag"), bad.err());
        assertTrue(!Files.exists(tmp.resolve("z")));
    }

    @Test
    void completionScriptCoversTheCommands() {
        CliRun completion = CliRun.of("generate-completion");
        assertEquals(0, completion.code(), completion.err());
        assertTrue(completion.out().contains("complete -F _complete_tolk"), completion.out());
        for (String command : List.of("build", "check", "serve", "new", "prorate")) assertTrue(completion.out().contains(command), command);
        assertTrue(completion.out().contains("--fail-on"), "options too");
    }
}
