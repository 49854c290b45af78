package dev.tolk.proration;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the calculator's form reads and shows amounts in a locale that has no display profile
 * (SPEC §7 pins nine; a site may have forty). {@link DisplayProfile#of} gives such a locale
 * en-US's profile, the vectors' contract for {@code prorate()}; but a Spanish or Polish reader
 * types {@code 12,50}, and reads {@code 12/07/2026} as the 12th of July. So the form of such a
 * locale takes its language's decimal separator (SPEC "The widget": "Inputs accept the locale's
 * decimal separator"), shows its amounts with that language's separators and code position,
 * writes dates as {@code yyyy-MM-dd}, which no reader takes for another day, and preselects the
 * currency of the locale's region when the calculator has it.
 *
 * <p>The separators are pinned here from CLDR (as the profiles are), not read from
 * {@code java.text} at run time, so a JVM's locale data cannot change a page. A language not
 * listed keeps en-US's separators.
 */
public final class LocalConventions {
    private static final char NBSP = '\u00A0';

    /** decimal, group, code first: by language, then by language-region where a region differs. */
    private record Separators(char decimal, char group, boolean codeFirst) {
    }

    private static final Map<String, Separators> BY_LANGUAGE = Map.ofEntries(
            Map.entry("es", new Separators(',', '.', false)), Map.entry("it", new Separators(',', '.', false)),
            Map.entry("pt", new Separators(',', '.', true)), Map.entry("pl", new Separators(',', NBSP, false)),
            Map.entry("tr", new Separators(',', '.', true)), Map.entry("el", new Separators(',', '.', false)),
            Map.entry("bg", new Separators(',', NBSP, false)), Map.entry("ru", new Separators(',', NBSP, false)),
            Map.entry("uk", new Separators(',', NBSP, false)), Map.entry("cs", new Separators(',', NBSP, false)),
            Map.entry("sk", new Separators(',', NBSP, false)), Map.entry("sl", new Separators(',', '.', false)),
            Map.entry("hr", new Separators(',', '.', false)), Map.entry("sr", new Separators(',', '.', false)),
            Map.entry("ro", new Separators(',', '.', false)), Map.entry("hu", new Separators(',', NBSP, false)),
            Map.entry("fi", new Separators(',', NBSP, false)), Map.entry("sv", new Separators(',', NBSP, false)),
            Map.entry("da", new Separators(',', '.', false)), Map.entry("nb", new Separators(',', NBSP, false)),
            Map.entry("no", new Separators(',', NBSP, false)), Map.entry("et", new Separators(',', NBSP, false)),
            Map.entry("lv", new Separators(',', NBSP, false)), Map.entry("lt", new Separators(',', NBSP, false)),
            Map.entry("id", new Separators(',', '.', true)), Map.entry("vi", new Separators(',', '.', false)),
            Map.entry("ca", new Separators(',', '.', false)), Map.entry("gl", new Separators(',', '.', false)),
            Map.entry("eu", new Separators(',', '.', false)), Map.entry("nl", new Separators(',', '.', true)),
            Map.entry("de", new Separators(',', '.', false)), Map.entry("fr", new Separators(',', '\u202F', false)),
            Map.entry("ko", new Separators('.', ',', true)), Map.entry("ja", new Separators('.', ',', true)),
            Map.entry("zh", new Separators('.', ',', true)), Map.entry("en", new Separators('.', ',', true)),
            Map.entry("he", new Separators('.', ',', false)), Map.entry("th", new Separators('.', ',', true)),
            Map.entry("ar", new Separators('.', ',', false)));
    private static final Map<String, Separators> BY_REGION = Map.of(
            "pt-PT", new Separators(',', NBSP, false), "de-CH", new Separators('.', '\u2019', true),
            "de-AT", new Separators(',', NBSP, false), "fr-CH", new Separators(',', '\u202F', false),
            "fr-CA", new Separators(',', NBSP, false), "nl-BE", new Separators(',', '.', true),
            "es-MX", new Separators('.', ',', true), "es-US", new Separators('.', ',', true));
    /** The regions whose currency the calculator has (SPEC §6), other than the profiles' own. */
    private static final Set<String> EURO = Set.of("AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT",
            "LU", "LV", "MT", "NL", "PT", "SI", "SK");
    private static final Map<String, String> CURRENCY = Map.of("GB", "GBP", "KR", "KRW", "KW", "KWD", "BH", "BHD", "SA", "SAR",
            "JP", "JPY", "CN", "CNY", "IL", "ILS", "TH", "THB", "US", "USD");

    private LocalConventions() {
    }

    /**
     * The profile the form of {@code siteLocale} shows and reads with: its own when SPEC §7 has
     * one, else the language's separators with {@code yyyy-MM-dd} dates.
     */
    public static DisplayProfile of(String siteLocale) {
        String tag = DisplayProfile.profileTag(siteLocale);
        if (DisplayProfile.has(tag)) return DisplayProfile.of(tag);
        Locale locale = Locale.forLanguageTag(tag);
        Separators s = BY_REGION.get(locale.getLanguage() + "-" + locale.getCountry());
        if (s == null) s = BY_LANGUAGE.getOrDefault(locale.getLanguage(), BY_LANGUAGE.get("en"));
        return new DisplayProfile(tag, false, s.decimal(), s.group(), s.codeFirst(), "yyyy-MM-dd");
    }

    /** The currency a reader of {@code siteLocale} most likely pays in, of those the calculator has; USD when none. */
    public static String usualCurrency(String siteLocale) {
        String tag = DisplayProfile.profileTag(siteLocale);
        if (DisplayProfile.has(tag)) return DisplayProfile.of(tag).usualCurrency();
        String region = Locale.forLanguageTag(tag).getCountry();
        return EURO.contains(region) ? "EUR" : CURRENCY.getOrDefault(region, "USD");
    }
}
