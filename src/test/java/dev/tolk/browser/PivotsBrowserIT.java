package dev.tolk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * DocFX zone pivots in real Chromium: without script every zone shows under its label; with it
 * the page has its pivot group's chooser (prompt, pivots in the group's order) and shows the
 * chosen pivot's zones only, a zone of several pivots with each; the address names the choice
 * ({@code ?pivots=}, as on Microsoft Learn) and a link with it opens on it. No CSP violation.
 */
class PivotsBrowserIT {
    @TempDir
    static Path tmp;
    private static SiteServer server;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path en = Files.createDirectories(tmp.resolve("content/en-US"));
        Files.writeString(en.resolve("zone-pivot-groups.yml"), """
                ### YamlMime:ZonePivotGroups
                groups:
                - id: dev-lang
                  title: Programming languages
                  prompt: Choose a language
                  pivots:
                  - id: csharp
                    title: C#
                  - id: python
                    title: Python
                """);
        Files.writeString(en.resolve("quickstart.md"), """
                ---
                title: Quickstart
                zone_pivot_groups: dev-lang
                ---
                # Quickstart

                ::: zone pivot="python"

                ## Install the Python package

                Run pip install.

                ::: zone-end

                ::: zone pivot="csharp"

                ## Install the .NET package

                Run dotnet add package.

                ::: zone-end

                ::: zone pivot="python,csharp"

                Then call the service.

                ::: zone-end

                ## Next steps

                Read more.
                """);
        Path fr = Files.createDirectories(tmp.resolve("content/fr-FR"));
        Files.writeString(fr.resolve("quickstart.md"), Files.readString(en.resolve("quickstart.md")).replace("title: Quickstart", "title: Démarrage"));
        server = SampleSite.buildContentAndServe(tmp, "en-US/quickstart.html");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void withoutScriptEveryZoneShowsUnderItsLabel() throws Exception {
        var doc = Jsoup.parse(tmp.resolve("site/en-US/quickstart.html").toFile(), "UTF-8");
        assertEquals(List.of("Python", "C#", "Python, C#"), doc.select(".docfx-zone > .docfx-label").eachText());
        assertTrue(doc.select(".docfx-zone[hidden]").isEmpty());
        assertTrue(doc.selectFirst(".pivot-chooser").hasAttr("hidden"), "the chooser waits for the script");
        assertEquals("h1", doc.selectFirst(".pivot-chooser").previousElementSibling().tagName(), "below the title, as on Learn");
        assertEquals(1, doc.select("script[src$=assets/pivots.js]").size());
        assertTrue(Files.isRegularFile(tmp.resolve("site/assets/pivots.js")));
    }

    @Test
    void theChooserShowsTheChosenPivotsZonesAndTheAddressNamesIt() {
        ChromeDriver driver = Chromium.start(tmp.resolve("p1"), 1280, 900, false);
        try {
            driver.get(server.url("en-US/quickstart.html"));
            WebElement select = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector(".pivot-chooser")).isDisplayed() ? d.findElement(By.id("pivot-select")) : null);
            assertEquals("Choose a language", driver.findElement(By.cssSelector(".pivot-chooser label")).getText());
            Select choice = new Select(select);
            assertEquals(List.of("C#", "Python"), choice.getOptions().stream().map(WebElement::getText).toList(), "the group's order");
            assertEquals(List.of("Run dotnet add package.", "Then call the service."), shown(driver), "the first pivot");
            choice.selectByVisibleText("Python");
            assertEquals(List.of("Run pip install.", "Then call the service."), shown(driver));
            assertTrue(driver.getCurrentUrl().endsWith("?pivots=python"), driver.getCurrentUrl());
            // the same article in another language opens on the same pivot
            assertTrue(driver.findElement(By.cssSelector(".language-switcher a[hreflang=fr-FR]")).getAttribute("href")
                    .endsWith("fr-FR/quickstart.html?pivots=python"));
            driver.get(server.url("en-US/quickstart.html?pivots=csharp"));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector(".pivot-chooser")).isDisplayed());
            assertEquals(List.of("Run dotnet add package.", "Then call the service."), shown(driver), "the address's pivot");
            assertFalse(driver.findElement(By.cssSelector(".docfx-zone .docfx-label")).isDisplayed(), "the chooser says which it is");
            assertEquals(List.of("Install the .NET package", "Next steps"), driver.findElements(By.cssSelector(".on-this-page a")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).toList(), "On this page: the headings shown");
            // a link to a section of another pivot's zone opens on that pivot
            driver.get(server.url("en-US/quickstart.html#install-the-python-package"));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector(".pivot-chooser")).isDisplayed());
            assertEquals("python", new Select(driver.findElement(By.id("pivot-select"))).getFirstSelectedOption().getAttribute("value"));
            assertTrue(driver.findElement(By.id("install-the-python-package")).isDisplayed());
            assertEquals(List.of(), Chromium.cspViolations(driver));
        } finally {
            driver.quit();
        }
    }

    private static List<String> shown(ChromeDriver driver) {
        return driver.findElements(By.cssSelector(".docfx-zone")).stream().filter(WebElement::isDisplayed)
                .map(z -> z.findElement(By.cssSelector("p:not(.docfx-label)")).getText()).toList();
    }
}
