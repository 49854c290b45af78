package dev.tolk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tolk.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (the npm package's {@code axe.min.js}, kept unmodified in the test resources with its
 * licence, so CI needs no network for it) run inside Chromium on the sample site: no serious or critical violation on the locale home, an article
 * with the calculator, and the right-to-left article; and on the YAML pages of the golden site {@code sites/yamlpages}.
 */
class AccessibilityBrowserIT {
    private static final Path AXE = Path.of("src/test/resources/axe/axe.min.js");

    @TempDir
    static Path tmp;
    private static SiteServer server;

    @BeforeAll
    static void buildAndServe() throws Exception {
        server = SampleSite.buildAndServe(tmp);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void noSeriousOrCriticalViolations() throws Exception {
        if (!Files.isRegularFile(AXE)) {
            String why = "axe-core is missing (" + AXE + ")";
            if (System.getenv("CI") != null) fail(why);
            Assumptions.abort(why);
        }
        String axe = Files.readString(AXE);
        ChromeDriver driver = Chromium.start(tmp.resolve("profile"), 1280, 900, false);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            for (String page : List.of("nl-NL/index.html", "nl-NL/search.html?q=abonnement",
                    "nl-NL/AlchemyInsights/purchased-wrong-subscription-license.html",
                    "ar-SA/AlchemyInsights/purchased-wrong-subscription-license.html", "de-DE/index.html")) {
                driver.get(server.url(page));
                if (page.contains("?q=")) {
                    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                            .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#search-results a")).isEmpty());
                }
                assertEquals(List.of(), violations(driver, axe), page);
            }
        } finally {
            driver.quit();
        }
    }

    /** The YAML pages (Landing with units, FAQ, Hub with icons) of the golden site {@code sites/yamlpages}. */
    @Test
    void noSeriousOrCriticalViolationsOnYamlPages() throws Exception {
        if (!Files.isRegularFile(AXE)) {
            String why = "axe-core is missing (" + AXE + ")";
            if (System.getenv("CI") != null) fail(why);
            Assumptions.abort(why);
        }
        String axe = Files.readString(AXE);
        Path site = tmp.resolve("yaml-site");
        Path input = Path.of("src/test/resources/sites/yamlpages/input").toAbsolutePath();
        dev.tolk.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()),
                "build", "--config", input.resolve("tolk.yaml").toString(), "--source", input.resolve("content").toString(),
                "--no-cache", "--out", site.toString());
        org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(site.resolve("en-US/faq.html")), "site not built");
        ChromeDriver driver = Chromium.start(tmp.resolve("yaml-profile"), 1280, 900, false);
        try (SiteServer yaml = new SiteServer(site)) {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            for (String page : List.of("nl-NL/index.html", "en-US/faq.html", "nl-NL/only-dutch.html", "en-US/hub/index.html")) {
                driver.get(yaml.url(page));
                assertEquals(List.of(), violations(driver, axe), page);
            }
        } finally {
            driver.quit();
        }
    }

    /**
     * The translation status dashboard ({@code tolk status --format html}) written into the
     * sample site, as the README suggests: no serious or critical violation, and under its
     * Content-Security-Policy every badge it shows loads and nothing was refused.
     */
    @Test
    void theStatusDashboardPassesAxeAndItsPolicy() throws Exception {
        if (!Files.isRegularFile(AXE)) {
            String why = "axe-core is missing (" + AXE + ")";
            if (System.getenv("CI") != null) fail(why);
            Assumptions.abort(why);
        }
        Path page = tmp.resolve("site/status/index.html");
        java.io.StringWriter said = new java.io.StringWriter();
        assertEquals(0, dev.tolk.cli.Main.run(new java.io.PrintWriter(said), new java.io.PrintWriter(said), "status",
                "--format", "html", "--output", page.toString()), said.toString());
        ChromeDriver driver = Chromium.start(tmp.resolve("status-profile"), 1280, 900, false);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.get(server.url("status/index.html"));
            Object badges = driver.executeScript("return [...document.images].map(i => i.complete && i.naturalWidth > 0)");
            org.junit.jupiter.api.Assertions.assertFalse(((List<?>) badges).isEmpty(), "the dashboard shows badges");
            org.junit.jupiter.api.Assertions.assertFalse(((List<?>) badges).contains(false), "a badge did not load: " + badges);
            // anything the policy refused would have been an inline script or style, or a resource from elsewhere
            assertEquals(0L, driver.executeScript("return document.querySelectorAll('script, style, [style]').length"));
            assertEquals(List.of(), violations(driver, Files.readString(AXE)), "status/index.html");
        } finally {
            driver.quit();
        }
    }

    /** The serious and critical violations axe finds on the page loaded. */
    private static Object violations(ChromeDriver driver, String axe) {
        driver.executeScript(axe);
        return driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    }
}
