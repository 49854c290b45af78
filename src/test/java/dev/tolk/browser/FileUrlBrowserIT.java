package dev.tolk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample site opened from disk, as the README says ({@code site/index.html}), with no server:
 * the search, the bilingual toggle and the calculator work from {@code file://}, where browsers
 * refuse module scripts and fetching the search index.
 */
class FileUrlBrowserIT {
    @TempDir
    static Path tmp;
    private static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        StringWriter log = new StringWriter();
        int code = Main.run(new PrintWriter(log), new PrintWriter(log), "build", "--out", site.toString(), "--no-cache");
        assertTrue(Files.isRegularFile(site.resolve("nl-NL").resolve(SampleSite.SEED)), "site not built (exit " + code + "): " + log);
    }

    private static String file(String path) {
        return site.resolve(path).toUri().toString();
    }

    private static WebDriverWait waitFor(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void searchFindsPagesFromDisk() {
        ChromeDriver driver = Chromium.start(tmp.resolve("profile-search"), 1200, 900, false);
        try {
            driver.get(file("nl-NL/index.html"));
            WebElement box = driver.findElement(By.id("site-search-q"));
            box.sendKeys("abonnementslicentie");
            box.sendKeys(Keys.ENTER);
            List<WebElement> found = waitFor(driver).until(d -> {
                List<WebElement> links = d.findElements(By.cssSelector("#search-results a"));
                return links.isEmpty() ? null : links;
            });
            assertTrue(driver.getCurrentUrl().startsWith("file:") && driver.getCurrentUrl().contains("/nl-NL/search.html?q="),
                    driver.getCurrentUrl());
            assertTrue(found.stream().anyMatch(a -> a.getText().contains("Onjuiste abonnementslicentie aangeschaft")),
                    found.stream().map(WebElement::getText).toList().toString());
        } finally {
            driver.quit();
        }
    }

    @Test
    void theBilingualToggleShowsTheEnglishFromDisk() {
        ChromeDriver driver = Chromium.start(tmp.resolve("profile-bilingual"), 1200, 900, false);
        try {
            driver.get(file("nl-NL/" + SampleSite.SEED));
            WebElement toggle = waitFor(driver).until(d -> {
                WebElement t = d.findElement(By.cssSelector(".bilingual-toggle"));
                return t.isDisplayed() ? t : null;
            });
            WebElement lookup = driver.findElement(By.cssSelector("article .sxs-lookup"));
            assertFalse(lookup.isDisplayed());
            toggle.click();
            assertTrue(lookup.isDisplayed(), "the English of each unit shows");
            assertEquals("true", toggle.getAttribute("aria-pressed"));
        } finally {
            driver.quit();
        }
    }

    @Test
    void theCalculatorComputesFromDisk() {
        ChromeDriver driver = Chromium.start(tmp.resolve("profile-calculator"), 1200, 1600, false);
        try {
            driver.get(file("nl-NL/" + SampleSite.SEED));
            WebElement form = waitFor(driver).until(d -> {
                WebElement f = d.findElement(By.cssSelector(".calc-form"));
                return f.isDisplayed() ? f : null;
            });
            CalculatorBrowserIT.set(driver, "calc-price", "12,50");
            CalculatorBrowserIT.set(driver, "calc-qty", "10");
            CalculatorBrowserIT.set(driver, "calc-start", "2024-06-01");
            CalculatorBrowserIT.set(driver, "calc-end", "2024-07-01");
            CalculatorBrowserIT.set(driver, "calc-cancel", "2024-06-16");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement credit = waitFor(driver).until(d -> d.findElement(By.cssSelector(".calc-result")).isDisplayed()
                    ? d.findElement(By.cssSelector("[data-value=credit]")) : null);
            assertEquals("EUR\u00A062,50", credit.getText().replace(' ', '\u00A0'));
        } finally {
            driver.quit();
        }
    }
}
