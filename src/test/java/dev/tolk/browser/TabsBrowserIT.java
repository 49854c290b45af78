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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * DocFX tab groups in real Chromium: without script every tab is a labelled section; with it a
 * group is an ARIA tab list, one panel shown, the arrow keys move between tabs, and choosing a
 * tab chooses the tab of the same id in the page's other groups. No CSP violation.
 */
class TabsBrowserIT {
    @TempDir
    static Path tmp;
    private static SiteServer server;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path en = Files.createDirectories(tmp.resolve("content/en-US"));
        Files.writeString(en.resolve("install.md"), """
                ---
                title: Install
                ---
                # Install

                ## Get it

                # [Windows](#tab/windows)

                Run the installer.

                # [Linux](#tab/linux)

                Run apt install.

                ---

                ## Start it

                # [Windows](#tab/windows)

                Open the Start menu.

                # [Linux](#tab/linux)

                ### A Linux heading

                Type tolk in a terminal.

                ---
                """);
        Path ar = Files.createDirectories(tmp.resolve("content/ar-SA"));
        Files.writeString(ar.resolve("install.md"), """
                ---
                title: تثبيت
                ms.contentlocale: ar-SA
                ---
                # تثبيت

                # [<span data-ttu-id="abcde-101">ويندوز</span><span class="sxs-lookup"><span data-stu-id="abcde-101">Windows</span></span>](#tab/windows)

                <span data-ttu-id="abcde-102">شغّل المثبت.</span><span class="sxs-lookup"><span data-stu-id="abcde-102">Run the installer.</span></span>

                # [<span data-ttu-id="abcde-103">لينكس</span><span class="sxs-lookup"><span data-stu-id="abcde-103">Linux</span></span>](#tab/linux)

                <span data-ttu-id="abcde-104">شغّل apt.</span><span class="sxs-lookup"><span data-stu-id="abcde-104">Run apt.</span></span>

                ```bash
                # In the pipeline script
                run = Run.get_context()
                ```

                ---
                """);
        server = SampleSite.buildContentAndServe(tmp, "en-US/install.html");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void withoutScriptEveryTabIsALabelledSection() throws Exception {
        var doc = Jsoup.parse(tmp.resolve("site/en-US/install.html").toFile(), "UTF-8");
        assertEquals(List.of("Windows", "Linux", "Windows", "Linux"), doc.select("section.tab .tab-label").eachText());
        assertTrue(doc.select("section.tab[hidden]").isEmpty(), "no panel is hidden in the page itself");
        assertTrue(doc.select("script[src$=assets/tabs.js]").size() == 1);
    }

    /**
     * A translated tab heading is its translation alone on the tab (the hidden English beside it was glued on:
     * "ويندوزWindows"), and in a right-to-left page the arrow to the left goes to the next tab, and code reads left to
     * right (it was laid out right to left, "# In pipeline" shown as "In pipeline #").
     */
    @Test
    void aTranslatedTabShowsItsTranslationAndArrowsFollowTheDirection() {
        ChromeDriver driver = Chromium.start(tmp.resolve("p2"), 1280, 900, false);
        try {
            driver.get(server.url("ar-SA/install.html"));
            List<WebElement> tabs = tabs(driver, 2);
            assertEquals(List.of("ويندوز", "لينكس"), tabs.stream().map(WebElement::getText).toList());
            tabs.get(0).click();
            tabs.get(0).sendKeys(Keys.ARROW_LEFT);
            assertEquals(tabs.get(1), driver.switchTo().activeElement(), "left is next in a right-to-left page");
            WebElement code = driver.findElement(By.cssSelector("article pre"));
            assertEquals("rtl", driver.findElement(By.cssSelector("article")).getCssValue("direction"));
            assertEquals("ltr", code.getCssValue("direction"), "code reads left to right in a right-to-left page");
            Object separator = driver.executeScript("const li = document.querySelector('.breadcrumbs li + li');"
                    + " return li ? getComputedStyle(li, '::before').content : null;");
            assertEquals("\"‹\"", separator, "the breadcrumb separator points away from Home, leftwards");
        } finally {
            driver.quit();
        }
    }

    @Test
    void aGroupIsATabListAndChoosingATabChoosesItInEveryGroup() {
        ChromeDriver driver = Chromium.start(tmp.resolve("p1"), 1280, 900, false);
        try {
            driver.get(server.url("en-US/install.html"));
            List<WebElement> tabs = tabs(driver, 4);
            List<WebElement> panels = driver.findElements(By.cssSelector("section[role=tabpanel]"));
            assertEquals(List.of(true, false, true, false), panels.stream().map(WebElement::isDisplayed).toList());
            assertEquals("true", tabs.get(0).getAttribute("aria-selected"));
            assertEquals(panels.get(0).getAttribute("id"), tabs.get(0).getAttribute("aria-controls"));

            tabs.get(1).click(); // Linux in the first group: Linux in the second too
            assertEquals(List.of(false, true, false, true), panels.stream().map(WebElement::isDisplayed).toList());
            assertEquals("true", tabs.get(3).getAttribute("aria-selected"));

            assertTrue(driver.getCurrentUrl().endsWith("?tabs=linux"), "the address names the choice: " + driver.getCurrentUrl());

            // the arrow keys choose as a click does, in every group (the second group stayed on Linux: mixed instructions)
            tabs.get(1).sendKeys(Keys.ARROW_RIGHT); // wraps to Windows
            assertEquals(tabs.get(0), driver.switchTo().activeElement());
            assertEquals(List.of(true, false, true, false), panels.stream().map(WebElement::isDisplayed).toList());
            assertEquals("-1", tabs.get(1).getAttribute("tabindex"));
            assertTrue(driver.getCurrentUrl().endsWith("?tabs=windows"), driver.getCurrentUrl());

            driver.get(server.url("en-US/install.html")); // the last tab chosen is remembered
            List<WebElement> again = tabs(driver, 4);
            assertEquals("true", again.get(0).getAttribute("aria-selected"));
            assertEquals(List.of(), Chromium.cspViolations(driver));
        } finally {
            driver.quit();
        }
    }

    /** A link with ?tabs=id opens on that tab in every group, as DocFX's template and Learn have it (Xamarin's 13 such links). */
    @Test
    void anAddressWithTabsOpensOnThatTab() {
        ChromeDriver driver = Chromium.start(tmp.resolve("p3"), 1280, 900, false);
        try {
            driver.get(server.url("en-US/install.html?tabs=linux"));
            List<WebElement> tabs = tabs(driver, 4);
            assertEquals(List.of("false", "true", "false", "true"), tabs.stream().map(t -> t.getAttribute("aria-selected")).toList());
            // a link to a section inside a tab opens on that tab
            driver.get(server.url("en-US/install.html#a-linux-heading"));
            List<WebElement> shown = tabs(driver, 4);
            assertEquals("true", shown.get(3).getAttribute("aria-selected"), "the second group's Linux tab holds the section");
            assertTrue(driver.findElement(By.id("a-linux-heading")).isDisplayed());
        } finally {
            driver.quit();
        }
    }

    /** The page's tabs, once its script has made {@code count} of them (within 10 s). */
    private static List<WebElement> tabs(ChromeDriver driver, int count) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[role=tablist] [role=tab]"));
            return found.size() == count ? found : null;
        });
    }
}
