package dev.tolk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

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
 * with the calculator, and the right-to-left article.
 */
class AccessibilityBrowserTest {
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
                driver.executeScript(axe);
                Object found = driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                        + ".catch(e => done(['axe failed: ' + e]));");
                assertEquals(List.of(), found, page);
            }
        } finally {
            driver.quit();
        }
    }
}
