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

    /**
     * On a phone, Korean lines break at spaces, never inside a word ("사 / 용자가"), as Korean readers expect (a helper's
     * review of a real ko-KR site): each word of a long heading and paragraph lies on one line.
     */
    @Test
    void koreanLinesBreakBetweenWordsOnAPhone(@TempDir Path site) throws Exception {
        java.nio.file.Files.createDirectories(site.resolve("content/ko-KR"));
        String words = "사용자가 구독을 취소하려면 관리 센터에서 결제 정보를 확인하고 필요한 라이선스를 제거합니다";
        java.nio.file.Files.writeString(site.resolve("content/ko-KR/a.md"), "---\ntitle: 구독\nms.contentlocale: ko-KR\n---\n# "
                + words + "\n\n" + words + " " + words + "\n");
        dev.tolk.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()),
                "build", "--no-config", "--no-cache", "--source", site.resolve("content").toString(), "--out", site.resolve("out").toString());
        ChromeDriver driver = Chromium.start(tmp.resolve("p-ko"), 360, 800, false);
        try {
            driver.get(site.resolve("out/ko-KR/a.html").toUri().toString());
            // the layout a reader sees: measured once the fonts are in and two measures in a row agree (one CI run at a927ed5,
            // with other browser tests beside it, found one word split; 6 runs alone or under load did not: a layout not yet settled)
            driver.executeAsyncScript("document.fonts.ready.then(() => requestAnimationFrame(() => arguments[arguments.length - 1]()));");
            List<String> split = brokenWords(driver);
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            for (List<String> again = brokenWords(driver); !again.equals(split) && System.nanoTime() < deadline; again = brokenWords(driver)) {
                split = again;
            }
            assertEquals(List.of(), split, "words broken across lines");
            long lines = (Long) driver.executeScript("return Math.round(document.querySelector('article p').getBoundingClientRect().height"
                    + " / parseFloat(getComputedStyle(document.querySelector('article p')).lineHeight))");
            assertTrue(lines > 2, "the paragraph wraps at 360 px: " + lines + " lines");
        } finally {
            driver.quit();
        }
    }

    /** The words of the article's heading and paragraphs that lie on more than one line. */
    @SuppressWarnings("unchecked")
    private static List<String> brokenWords(ChromeDriver driver) {
        return (List<String>) driver.executeScript("""
                const out = [];
                for (const el of document.querySelectorAll('article h1, article p')) {
                  const text = el.firstChild;
                  let at = 0;
                  for (const word of text.data.split(' ')) {
                    const r = document.createRange();
                    r.setStart(text, at);
                    r.setEnd(text, at + word.length);
                    const tops = new Set(Array.from(r.getClientRects(), (c) => Math.round(c.top)));
                    if (tops.size > 1) out.push(word);
                    at += word.length + 1;
                  }
                }
                return out;""");
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
