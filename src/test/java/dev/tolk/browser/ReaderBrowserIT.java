package dev.tolk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Reading the sample site in real Chromium: the language switcher leads to the same article in
 * another locale; a right-to-left page is mirrored (its sidebar on the right); no page logs a
 * CSP violation. Screenshots at desktop and phone width, LTR and RTL, light and dark, go to
 * {@code target/screenshots/}.
 */
class ReaderBrowserIT {
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
    void theSwitcherLeadsToTheSameArticleInAnotherLocale() {
        ChromeDriver driver = Chromium.start(tmp.resolve("p1"), 1280, 900, false);
        try {
            driver.get(server.url("nl-NL/" + PAGE));
            driver.findElement(By.cssSelector(".language-switcher summary")).click();
            driver.findElement(By.cssSelector(".language-switcher a[hreflang=de-DE]")).click();
            assertTrue(driver.getCurrentUrl().endsWith("/de-DE/" + PAGE), driver.getCurrentUrl());
            assertEquals("de-DE", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(List.of(), Chromium.cspViolations(driver));
        } finally {
            driver.quit();
        }
    }

    @Test
    void aRightToLeftPageIsMirroredWithItsSidebarOnTheRight() {
        ChromeDriver driver = Chromium.start(tmp.resolve("p2"), 1280, 900, false);
        try {
            driver.get(server.url("ar-SA/" + PAGE));
            assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
            WebElement sidebar = driver.findElement(By.cssSelector(".sidebar"));
            WebElement content = driver.findElement(By.cssSelector(".page-content"));
            assertTrue(sidebar.getRect().getX() > content.getRect().getX(), "sidebar on the right in RTL");
            assertEquals("page", driver.findElement(By.cssSelector(".sidebar a[aria-current]")).getAttribute("aria-current"));
            driver.get(server.url("nl-NL/" + PAGE));
            assertTrue(driver.findElement(By.cssSelector(".sidebar")).getRect().getX()
                    < driver.findElement(By.cssSelector(".page-content")).getRect().getX(), "sidebar on the left in LTR");
            assertEquals(List.of(), Chromium.cspViolations(driver));
        } finally {
            driver.quit();
        }
    }

    @Test
    void screenshotsAtDesktopAndPhoneWidthInBothDirectionsAndSchemes() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
                ChromeDriver driver = Chromium.start(tmp.resolve("p-" + dark + size[0]), size[0], size[1], false);
                try {
                    if (dark) {
                        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
                    }
                    for (String locale : List.of("nl-NL", "ar-SA")) {
                        driver.get(server.url(locale + "/" + PAGE));
                        String name = String.format("reader-%s-%s-%s.png", locale, size[0] > 600 ? "desktop" : "phone", dark ? "dark" : "light");
                        Chromium.screenshot(driver, driver, Path.of("target/screenshots", name));
                        long overflow = (Long) driver.executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                        assertTrue(overflow <= 0, name + " scrolls sideways by " + overflow + " px");
                    }
                    assertEquals(List.of(), Chromium.cspViolations(driver));
                } finally {
                    driver.quit();
                }
            }
        }
    }
}
