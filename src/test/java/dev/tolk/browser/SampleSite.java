package dev.tolk.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample site of this repository, built with {@code tolk build} into a folder and served from 127.0.0.1. */
final class SampleSite {
    static final String SEED = "AlchemyInsights/purchased-wrong-subscription-license.html";

    private SampleSite() {
    }

    static SiteServer buildAndServe(Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(out), "build", "--out", site.toString());
        assertTrue(Files.isRegularFile(site.resolve("nl-NL").resolve(SEED)), "site not built (exit " + code + "): " + out);
        Files.createDirectories(Path.of("target/screenshots"));
        return new SiteServer(site);
    }

    /**
     * The site of {@code project}'s {@code content/} folder (no configuration, no cache), built into {@code project/site}
     * and served from 127.0.0.1; {@code page} must be among what it wrote.
     */
    static SiteServer buildContentAndServe(Path project, String page) throws Exception {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(out), "build", "--config", "/dev/null", "--no-cache",
                "--source", project.resolve("content").toString(), "--out", project.resolve("site").toString());
        assertTrue(Files.isRegularFile(project.resolve("site").resolve(page)), out.toString());
        return new SiteServer(project.resolve("site"));
    }
}
