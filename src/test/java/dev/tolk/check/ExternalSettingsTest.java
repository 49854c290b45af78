package dev.tolk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExternalSettingsTest {

    @Test
    void hasDocumentedDefaults() {
        assertEquals(new ExternalSettings(Duration.ofSeconds(20), 2, 16, 4, Duration.ofDays(1), List.of(), false),
                ExternalSettings.defaults());
        assertEquals(new ExternalSettings.Parsed(ExternalSettings.defaults(), List.of()), ExternalSettings.parse(Map.of()));
    }

    @Test
    void readsEveryKeyAsYamlGivesIt() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("timeout", "500ms");
        raw.put("retries", "3");
        raw.put("concurrency", "8");
        raw.put("per-host", "2");
        raw.put("cache-max-age", "2m");
        raw.put("exclude", List.of("^https://intranet\\.", "linkedin\\.com"));
        raw.put("allow-private", "true");
        ExternalSettings.Parsed parsed = ExternalSettings.parse(raw);

        assertEquals(List.of(), parsed.problems());
        assertEquals(new ExternalSettings(Duration.ofMillis(500), 3, 8, 2, Duration.ofMinutes(2),
                List.of("^https://intranet\\.", "linkedin\\.com"), true), parsed.settings());
    }

    @Test
    void readsDurationsInEveryUnit() {
        assertEquals(Duration.ofSeconds(20), ExternalSettings.parseDuration("20s"));
        assertEquals(Duration.ofSeconds(20), ExternalSettings.parseDuration("20"));
        assertEquals(Duration.ofMillis(500), ExternalSettings.parseDuration("500 ms"));
        assertEquals(Duration.ofHours(6), ExternalSettings.parseDuration("6h"));
        assertEquals(Duration.ofDays(7), ExternalSettings.parseDuration("7d"));
        assertEquals(Duration.ofSeconds(30), ExternalSettings.parseDuration("PT30S"));
        assertEquals(null, ExternalSettings.parseDuration("soon"));
    }

    @Test
    void acceptsOneExcludePatternAsText() {
        ExternalSettings.Parsed parsed = ExternalSettings.parse(Map.of("exclude", "example\\.com"));
        assertEquals(List.of("example\\.com"), parsed.settings().exclude());
    }

    @Test
    void reportsBadValuesAndKeepsTheirDefaults() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("timeout", "soon");
        raw.put("retries", "-1");
        raw.put("concurrency", "0");
        raw.put("per-host", "many");
        raw.put("cache-max-age", "0");
        raw.put("exclude", List.of("([unclosed"));
        raw.put("allow-private", "maybe");
        raw.put("timout", "5s");
        ExternalSettings.Parsed parsed = ExternalSettings.parse(raw);

        ExternalSettings d = ExternalSettings.defaults();
        assertEquals(new ExternalSettings(d.timeout(), d.retries(), d.concurrency(), d.perHost(), Duration.ZERO, List.of(), false),
                parsed.settings());
        List<String> problems = parsed.problems();
        assertEquals(7, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("unknown key 'timout' in external"), problems.get(0));
        assertEquals("external timeout 'soon' is not a duration: write e.g. 20s, 500ms, 2m or 1d", problems.get(1));
        assertEquals("external retries must be a whole number from 0 to 10, not '-1'", problems.get(2));
        assertTrue(problems.get(5).startsWith("external exclude pattern '([unclosed' is not a regular expression"), problems.get(5));
        assertEquals("external allow-private must be true or false, not 'maybe'", problems.get(6));
    }

    @Test
    void refusesZeroTimeout() {
        ExternalSettings.Parsed parsed = ExternalSettings.parse(Map.of("timeout", "0s"));
        assertEquals(List.of("external timeout must be more than zero, not '0s'"), parsed.problems());
        assertEquals(Duration.ofSeconds(20), parsed.settings().timeout());
    }
}
