package dev.tolk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * Search per locale in real Chromium: a word from an article's body finds it in nl-NL, typed in
 * the header's box; a Chinese word finds a zh-CN article (segmented the same way at build time
 * and in the browser); results are links, reached with the arrow keys; no CSP violation.
 */
class SearchBrowserIT {
    @TempDir
    static Path tmp;
    private static SiteServer server;

    private static String pair(String id, String target, String source) {
        return "<span data-ttu-id=\"" + id + "\">" + target + "</span><span class=\"sxs-lookup\"><span data-stu-id=\"" + id
                + "\">" + source + "</span></span>";
    }

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path nl = Files.createDirectories(tmp.resolve("content/nl-NL/help"));
        Files.writeString(nl.resolve("betalen.md"), "---\ntitle: Betalen\n---\n# " + pair("aaaaa-101", "Betalen", "Paying")
                + "\n\n" + pair("aaaaa-102", "Gebruik de betaalmethode Zonnebloemkaart voor uw factuur.",
                "Use the Sunflower card payment method for your invoice.") + "\n");
        Files.writeString(nl.resolve("anders.md"), "---\ntitle: Iets anders\n---\n# Iets anders\n\nGeen betaling hier.\n");
        Path zh = Files.createDirectories(tmp.resolve("content/zh-CN/help"));
        Files.writeString(zh.resolve("betalen.md"), "---\ntitle: 付款\n---\n# " + pair("bbbbb-101", "付款", "Paying")
                + "\n\n" + pair("bbbbb-102", "如何支付账单并下载发票。", "How to pay your bill and download the invoice.") + "\n");
        Path th = Files.createDirectories(tmp.resolve("content/th-TH/help"));
        Files.writeString(th.resolve("profiles.md"), "---\ntitle: ดูโปรไฟล์ลูกค้า\n---\n# " + pair("ccccc-101", "ดูโปรไฟล์ลูกค้า", "View customer profiles")
                + "\n\n" + pair("ccccc-102", "เปิดเซ็กเมนต์และเอนทิตี", "Open segments and entities.") + "\n");
        Files.writeString(tmp.resolve("tolk.yaml"), "title: Test\nlocales: [nl-NL, zh-CN, th-TH]\n");
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(out), "build", "--config", tmp.resolve("tolk.yaml").toString(),
                "--source", tmp.resolve("content").toString(), "--out", tmp.resolve("site").toString());
        assertTrue(Files.isRegularFile(tmp.resolve("site/zh-CN/search-index.json")), out.toString());
        server = new SiteServer(tmp.resolve("site"));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static List<WebElement> results(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#search-results a"));
            return links.isEmpty() ? null : links;
        });
    }

    @Test
    void aBodyWordFindsTheDutchArticleFromTheHeaderBox() {
        ChromeDriver driver = Chromium.start(tmp.resolve("p1"), 1280, 900, false);
        try {
            driver.get(server.url("nl-NL/help/anders.html"));
            WebElement box = driver.findElement(By.id("site-search-q"));
            box.sendKeys("zonnebloemkaart");
            box.sendKeys(Keys.ENTER);
            List<WebElement> found = results(driver);
            assertTrue(driver.getCurrentUrl().contains("/nl-NL/search.html?q=zonnebloemkaart"), driver.getCurrentUrl());
            assertEquals(1, found.size());
            assertEquals("Betalen", found.get(0).getText());
            assertTrue(found.get(0).getAttribute("href").endsWith("/nl-NL/help/betalen.html"));
            assertEquals(List.of("Zonnebloemkaart"), driver.findElements(By.cssSelector("#search-results mark")).stream()
                    .map(WebElement::getText).toList());
            driver.findElement(By.id("site-search-q")).sendKeys(Keys.ARROW_DOWN);
            assertEquals(found.get(0), driver.switchTo().activeElement(), "arrow keys reach the results");
            assertEquals(List.of(), Chromium.cspViolations(driver));
        } finally {
            driver.quit();
        }
    }

    /**
     * A Thai word finds its article however the browser's word breaker cuts it: "โปรไฟล์" was one word to Chromium and
     * three pieces in the index Java's dictionary made (29 of 94 pages of a real th-TH site were not found by their
     * own title). Both sides now index and query Thai as pairs of characters.
     */
    @Test
    void aThaiWordFindsTheThaiArticle() {
        ChromeDriver driver = Chromium.start(tmp.resolve("p3"), 1280, 900, false);
        try {
            driver.get(server.url("th-TH/search.html?q=" + java.net.URLEncoder.encode("โปรไฟล์", java.nio.charset.StandardCharsets.UTF_8)));
            List<WebElement> found = results(driver);
            assertEquals(1, found.size());
            assertEquals("ดูโปรไฟล์ลูกค้า", found.get(0).getText());
        } finally {
            driver.quit();
        }
    }

    @Test
    void aChineseWordFindsTheChineseArticle() {
        ChromeDriver driver = Chromium.start(tmp.resolve("p2"), 1280, 900, false);
        try {
            driver.get(server.url("zh-CN/search.html?q=%E8%B4%A6%E5%8D%95")); // 账单
            List<WebElement> found = results(driver);
            assertEquals(1, found.size());
            assertEquals("付款", found.get(0).getText());
            assertEquals(List.of(), Chromium.cspViolations(driver));
        } finally {
            driver.quit();
        }
    }
}
