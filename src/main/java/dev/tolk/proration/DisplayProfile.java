package dev.tolk.proration;

import java.util.Map;

/**
 * How one locale writes amounts and dates (SPEC §7), a byte-identical contract shared with the
 * browser widget: digits, decimal and group separators, where the ISO code goes, and a numeric
 * date pattern. Not read from {@code java.text} or CLDR at run time, so the JVM's locale data
 * cannot change a figure.
 */
public record DisplayProfile(String locale, boolean arabicDigits, char decimal, char group, boolean codeFirst,
                             String datePattern) {
    private static final char NBSP = '\u00A0';
    private static final Map<String, DisplayProfile> PROFILES = Map.of(
            "nl-NL", new DisplayProfile("nl-NL", false, ',', '.', true, "dd-MM-yyyy"),
            "de-DE", new DisplayProfile("de-DE", false, ',', '.', false, "dd.MM.yyyy"),
            "fr-FR", new DisplayProfile("fr-FR", false, ',', '\u202F', false, "dd/MM/yyyy"),
            "ja-JP", new DisplayProfile("ja-JP", false, '.', ',', true, "yyyy/MM/dd"),
            "ar-SA", new DisplayProfile("ar-SA", true, '\u066B', '\u066C', false, "dd/MM/yyyy"),
            "zh-CN", new DisplayProfile("zh-CN", false, '.', ',', true, "yyyy/MM/dd"),
            "en-US", new DisplayProfile("en-US", false, '.', ',', true, "MM/dd/yyyy"),
            "he-IL", new DisplayProfile("he-IL", false, '.', ',', false, "dd.MM.yyyy"),
            "th-TH", new DisplayProfile("th-TH", false, '.', ',', true, "dd/MM/yyyy"));

    /**
     * The profile's own spelling of a site's locale tag ({@code nl-nl}, Microsoft Learn's folder name, is nl-NL: BCP 47
     * tags ignore case), else the tag as given: what a page hands the calculator, whose {@link #of} (the vectors'
     * contract) matches exactly.
     */
    public static String profileTag(String siteLocale) {
        for (String tag : PROFILES.keySet()) if (tag.equalsIgnoreCase(siteLocale)) return tag;
        return siteLocale;
    }

    /** Whether SPEC §7 has a profile of exactly {@code locale}. */
    public static boolean has(String locale) {
        return locale != null && PROFILES.containsKey(locale);
    }

    /** The profile of {@code locale}; an unknown locale gets en-US's. */
    public static DisplayProfile of(String locale) {
        DisplayProfile p = locale == null ? null : PROFILES.get(locale);
        return p != null ? p : PROFILES.get("en-US");
    }

    /** {@code |minor|} in the currency's minor units, with its ISO code: {@code EUR 62,50}, {@code 78,04 EUR}. */
    public String amount(long minor, Currency currency) {
        String digits = Long.toString(Math.abs(minor));
        int exponent = currency.exponent();
        if (digits.length() <= exponent) digits = "0".repeat(exponent - digits.length() + 1) + digits;
        String integer = digits.substring(0, digits.length() - exponent);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) out.append(group);
            out.append(integer.charAt(i));
        }
        if (exponent > 0) out.append(decimal).append(digits, digits.length() - exponent, digits.length());
        String number = localDigits(out.toString());
        return codeFirst ? currency.code() + NBSP + number : number + NBSP + currency.code();
    }

    /** A canonical decimal ({@code 12.50}) as this locale writes it ({@code 12,50}, {@code ١٢٫٥٠}), without grouping. */
    public String number(String canonical) {
        return localDigits(canonical.replace('.', decimal));
    }

    /** The currency a reader of this locale most likely pays in (SPEC §6 pairs each profile with one). */
    public String usualCurrency() {
        return switch (locale) {
            case "nl-NL", "de-DE", "fr-FR" -> "EUR";
            case "ja-JP" -> "JPY";
            case "ar-SA" -> "SAR";
            case "zh-CN" -> "CNY";
            case "he-IL" -> "ILS";
            case "th-TH" -> "THB";
            default -> "USD";
        };
    }

    /** A calendar date ({@code yyyy-MM-dd}) in this profile's numeric pattern. */
    public String date(java.time.LocalDate date) {
        String text = datePattern.replace("yyyy", String.format(java.util.Locale.ROOT, "%04d", date.getYear()))
                .replace("MM", String.format(java.util.Locale.ROOT, "%02d", date.getMonthValue()))
                .replace("dd", String.format(java.util.Locale.ROOT, "%02d", date.getDayOfMonth()));
        return localDigits(text);
    }

    private String localDigits(String ascii) {
        if (!arabicDigits) return ascii;
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }
}
