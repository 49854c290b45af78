package dev.tolk.site;

import dev.tolk.diag.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tolk.yaml}, read and validated. Every key is optional (DESIGN §2). {@code locales} is
 * empty when the configuration names none, meaning every locale folder found. {@code doNotTranslate}
 * lists terms (product names) that stay in English, so a unit holding only them is not untranslated.
 */
public record SiteConfig(String title, String baseUrl, String sourceLocale, List<LocaleSpec> locales,
                         Map<String, String> urlMap, List<String> exclude,
                         Map<String, Optional<Severity>> rules, Map<String, Object> external,
                         List<String> doNotTranslate) {

    /** A configured locale; {@code name} and {@code dir} may be null (then derived). */
    public record LocaleSpec(String tag, String name, String dir) {
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Help", "", "en-US", List.of(), Map.of(), List.of(), Map.of(), Map.of(), List.of());
    }
}
