package dev.tolk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The proration calculator in real Chromium, on the sample site built from this repository and
 * served from 127.0.0.1: vector V01 in nl-NL gives {@code EUR 62,50}; in the right-to-left ar-SA
 * page an invalid price shows the translated error tied to its field; no CSP violation is
 * logged. Screenshots of the widget go to {@code target/screenshots/}.
 */
class CalculatorBrowserIT {
    private static final String PAGE = "AlchemyInsights/purchased-wrong-subscription-license.html";
    private static final Path SHOTS = Path.of("target/screenshots");

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

    /** Types a value into a field of the calculator form (a date field takes it as its value). */
    static void set(ChromeDriver driver, String id, String value) {
        WebElement el = driver.findElement(By.id(id));
        if ("date".equals(el.getAttribute("type"))) {
            driver.executeScript("arguments[0].value = arguments[1]", el, value);
        } else {
            el.clear();
            el.sendKeys(value);
        }
    }

    /** Fills in vector V01 (10 licences, June 2024, cancelled on the 16th) at {@code price}, submits, and waits for the credit. */
    private static WebElement creditOfV01(ChromeDriver driver, WebElement form, String price) {
        set(driver, "calc-price", price);
        set(driver, "calc-qty", "10");
        set(driver, "calc-start", "2024-06-01");
        set(driver, "calc-end", "2024-07-01");
        set(driver, "calc-cancel", "2024-06-16");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        return new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> d.findElement(By.cssSelector(".calc-result")).isDisplayed()
                        ? d.findElement(By.cssSelector("[data-value=credit]")) : null);
    }

    private static WebElement openCalculator(ChromeDriver driver, String locale) {
        driver.get(server.url(locale + "/" + PAGE));
        WebElement form = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".calc-form")).isDisplayed() ? d.findElement(By.cssSelector(".calc-form")) : null);
        assertFalse(driver.findElement(By.cssSelector(".calc-nojs")).isDisplayed(), "the no-JavaScript note hides");
        return form;
    }

    private static void shoot(ChromeDriver driver, String name) throws Exception {
        WebElement section = driver.findElement(By.cssSelector("[data-tolk-calculator]"));
        driver.executeScript("arguments[0].scrollIntoView()", section);
        Chromium.screenshot(driver, section, SHOTS.resolve(name));
    }

    @Test
    void vectorV01InDutchGivesTheCreditOfTheSpecification() throws Exception {
        ChromeDriver driver = Chromium.start(tmp.resolve("profile-nl"), 1200, 1600, false);
        try {
            WebElement form = openCalculator(driver, "nl-NL");
            assertEquals("EUR", new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("calc-currency")))
                    .getFirstSelectedOption().getText(), "nl-NL preselects euros");
            WebElement credit = creditOfV01(driver, form, "12,50"); // the Dutch decimal comma
            assertEquals("EUR\u00A062,50", credit.getText().replace(' ', '\u00A0'));
            assertEquals("bdi", credit.getTagName());
            // the live region is on the page from the start and never hidden, so a screen reader announces what appears in it
            WebElement live = driver.findElement(By.cssSelector(".calc-output"));
            assertEquals("polite", live.getAttribute("aria-live"));
            assertEquals("status", live.getAttribute("role"));
            assertEquals(null, live.getAttribute("hidden"));
            assertTrue(live.findElement(By.cssSelector(".calc-result")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector(".calc-policy")).isDisplayed(), "OUTSIDE shows the policy note");
            shoot(driver, "calculator-nl-NL.png");
            assertEquals(List.of(), Chromium.cspViolations(driver));
        } finally {
            driver.quit();
        }
    }

    /** In ar-SA the day count is in the digits the amounts are in (it was "15 من 30" beside "٦٢٫٥٠"). */
    @Test
    void vectorV01InArabicWritesItsDaysInArabicIndicDigits() throws Exception {
        ChromeDriver driver = Chromium.start(tmp.resolve("profile-ar-days"), 1200, 1600, false);
        try {
            WebElement form = openCalculator(driver, "ar-SA");
            set(driver, "calc-price", "12.50");
            set(driver, "calc-qty", "10");
            set(driver, "calc-start", "2024-06-01");
            set(driver, "calc-end", "2024-07-01");
            set(driver, "calc-cancel", "2024-06-16");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement days = new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> d.findElement(By.cssSelector(".calc-result")).isDisplayed() ? d.findElement(By.cssSelector(".calc-days")) : null);
            assertTrue(days.getText().contains("١٥") && days.getText().contains("٣٠"), days.getText());
            assertFalse(days.getText().matches(".*[0-9].*"), days.getText());
        } finally {
            driver.quit();
        }
    }

    @Test
    void anInvalidPriceInArabicShowsTheTranslatedErrorOnItsField() throws Exception {
        ChromeDriver driver = Chromium.start(tmp.resolve("profile-ar"), 1200, 1600, false);
        try {
            assertEquals("rtl", openDir(driver));
            WebElement form = openCalculator(driver, "ar-SA");
            set(driver, "calc-price", "abc");
            set(driver, "calc-start", "2024-06-01");
            set(driver, "calc-end", "2024-07-01");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement price = driver.findElement(By.id("calc-price"));
            WebElement error = driver.findElement(By.id("calc-price-error"));
            assertEquals("true", price.getAttribute("aria-invalid"));
            assertTrue(price.getAttribute("aria-describedby").contains("calc-price-error"));
            assertTrue(error.isDisplayed());
            String expected = Files.readAllLines(Path.of("src/main/resources/dev/tolk/render/i18n/ar-SA.properties")).stream()
                    .filter(l -> l.startsWith("calc.error.E_PRICE_FORMAT=")).findFirst()
                    .map(l -> l.substring("calc.error.E_PRICE_FORMAT=".length()).replace("{0}", "١٢٫٥٠")).orElse("");
            assertFalse(expected.isEmpty(), "ar-SA has the error string");
            assertEquals(expected, error.getText());
            assertFalse(driver.findElement(By.cssSelector(".calc-result")).isDisplayed());
            shoot(driver, "calculator-ar-SA.png");
            assertEquals(List.of(), Chromium.cspViolations(driver));
        } finally {
            driver.quit();
        }
    }

    /**
     * es-ES has no display profile: its form takes "1.234,50" (a Spanish reader's way; it asked for digits before),
     * shows the result the Spanish way, preselects euros and writes today as yyyy-MM-dd (it was 12/07/2026 for
     * 7 December, read as 12 July).
     */
    @Test
    void aLocaleWithoutAProfileTakesAndShowsItsLanguagesDecimals() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("es/content/es-ES"));
        Files.writeString(content.resolve("calc.md"), "---\ntitle: Calculadora\ncalculator: proration\n---\n# Calculadora\n");
        ChromeDriver driver = Chromium.start(tmp.resolve("profile-es"), 1200, 1600, false);
        try (SiteServer es = SampleSite.buildContentAndServe(tmp.resolve("es"), "es-ES/calc.html")) {
            driver.get(es.url("es-ES/calc.html"));
            WebElement form = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector(".calc-form")).isDisplayed() ? d.findElement(By.cssSelector(".calc-form")) : null);
            assertEquals("EUR", new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("calc-currency")))
                    .getFirstSelectedOption().getText());
            String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            assertTrue(driver.findElement(By.id("calc-cancel-hint")).getText().contains(today),
                    driver.findElement(By.id("calc-cancel-hint")).getText());
            WebElement credit = creditOfV01(driver, form, "1.234,50");
            assertEquals("6.172,50\u00A0EUR", credit.getText().replace(' ', '\u00A0'));
            assertEquals(List.of(), Chromium.cspViolations(driver));
        } finally {
            driver.quit();
        }
    }

    private static String openDir(ChromeDriver driver) {
        driver.get(server.url("ar-SA/" + PAGE));
        return driver.findElement(By.tagName("html")).getAttribute("dir");
    }
}
