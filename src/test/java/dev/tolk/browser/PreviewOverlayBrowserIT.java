package dev.tolk.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.config.SiteConfig;
import dev.tolk.serve.Preview;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview's diagnostics panel, in Chromium: the open page's own findings first, errors before warnings. A writer's
 * new error was left out of the first 50 lines, behind other files' warnings (a helper's review on the corpus).
 */
class PreviewOverlayBrowserIT {

    @Test
    void theOpenPagesErrorComesFirst(@TempDir Path tmp) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/nl-NL"));
        for (int i = 10; i < 70; i++) Files.writeString(content.resolve("a" + i + ".md"), "# Geen front matter " + i + "\n");
        Files.writeString(content.resolve("zz.md"), "---\ntitle: ZZ\n---\n# ZZ\n\n[kapot](bestaat-niet.md)\n");
        try (Preview preview = new Preview(SiteConfig.defaults(), new Preview.Options(tmp.resolve("content"),
                Path.of("templates").toAbsolutePath(), tmp.resolve("tolk.yaml"), 2, tmp), InetAddress.getLoopbackAddress(), 0,
                new PrintWriter(new StringWriter()))) {
            ChromeDriver driver = Chromium.start(tmp.resolve("profile"), 1200, 900, false);
            try {
                driver.get("http://127.0.0.1:" + preview.port() + "/nl-NL/zz.html");
                List<WebElement> items = new WebDriverWait(driver, Duration.ofSeconds(10))
                        .until(d -> d.findElements(By.cssSelector(".tolk-overlay li")).size() > 0 ? d.findElements(By.cssSelector(".tolk-overlay li")) : null);
                String first = items.get(0).getText();
                assertTrue(first.contains("zz.md:6:") && first.contains("error"), first);
                assertTrue(items.get(1).getText().contains("warning") || items.get(1).getText().contains("info"), items.get(1).getText());
            } finally {
                driver.quit();
            }
        }
    }
}
