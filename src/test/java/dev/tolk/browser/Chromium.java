package dev.tolk.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real Chromium (Debian {@code chromium} and {@code chromium-driver}) driven by Selenium, with
 * the system's driver so Selenium Manager never downloads anything. Without Chromium the test
 * is skipped with a message, except in CI ({@code CI} set), where that is a failure.
 */
final class Chromium {
    private static final Path BROWSER = Path.of(System.getenv().getOrDefault("TOLK_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("TOLK_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    static ChromeDriver start(Path profile, int width, int height, boolean dark) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            String why = "Chromium or its driver is not installed (" + BROWSER + ", " + DRIVER + "): apt-get install chromium chromium-driver";
            if (System.getenv("CI") != null) fail(why);
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-quic", "--lang=en-US", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.toAbsolutePath());
        if (dark) options.addArguments("--force-dark-mode", "--blink-settings=preferredColorScheme=0");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Console messages that report a Content-Security-Policy violation. */
    static List<String> cspViolations(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    /**
     * Saves a screenshot of {@code target} (the page or one element) to {@code file} once the
     * page has loaded. On a loaded CI machine Chromium sometimes times out a capture ("aborted by
     * navigation", a renderer that has not yet drawn a frame); such a capture is asked again
     * until a deadline, and a timeout past it fails the test.
     */
    static void screenshot(ChromeDriver driver, TakesScreenshot target, Path file) throws Exception {
        Duration patience = Duration.ofSeconds(60);
        new WebDriverWait(driver, patience).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        Instant deadline = Instant.now().plus(patience);
        Files.createDirectories(file.getParent());
        while (true) {
            try {
                Files.copy(target.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (TimeoutException e) {
                if (Instant.now().isAfter(deadline)) throw e;
            }
        }
    }
}
