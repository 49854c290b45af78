package dev.tolk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The bilingual view in real Chromium: the toggle reveals the English of the first unit and survives a reload. */
class BilingualBrowserIT {
    private static final String PAGE = "AlchemyInsights/purchased-wrong-subscription-license.html";

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
    void theToggleShowsTheEnglishOfEachUnitAndIsRemembered() throws Exception {
        ChromeDriver driver = Chromium.start(tmp.resolve("profile"), 1200, 900, false);
        try {
            driver.get(server.url("nl-NL/" + PAGE));
            WebElement firstLookup = driver.findElement(By.cssSelector("article .sxs-lookup"));
            WebElement english = firstLookup.findElement(By.cssSelector("[data-stu-id]"));
            assertFalse(firstLookup.isDisplayed(), "hidden by default");
            assertEquals("en-US", english.getAttribute("lang"));
            WebElement toggle = driver.findElement(By.cssSelector(".bilingual-toggle"));
            assertTrue(toggle.isDisplayed());
            assertEquals("false", toggle.getAttribute("aria-pressed"));
            toggle.click();
            assertTrue(firstLookup.isDisplayed());
            assertEquals("Purchased wrong subscription license", english.getText());
            assertEquals("true", toggle.getAttribute("aria-pressed"));

            driver.navigate().refresh();
            WebElement again = driver.findElement(By.cssSelector("article .sxs-lookup"));
            assertTrue(again.isDisplayed(), "the choice survives a reload");
            assertEquals("true", driver.findElement(By.cssSelector(".bilingual-toggle")).getAttribute("aria-pressed"));
            Chromium.screenshot(driver, driver, Path.of("target/screenshots/bilingual-nl-NL.png"));

            driver.findElement(By.cssSelector(".bilingual-toggle")).click();
            assertFalse(driver.findElement(By.cssSelector("article .sxs-lookup")).isDisplayed());
            assertEquals(List.of(), Chromium.cspViolations(driver));
        } finally {
            driver.quit();
        }
    }
}
