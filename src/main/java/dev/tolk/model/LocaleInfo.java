package dev.tolk.model;

import java.util.Locale;
import java.util.Set;

/** A locale of the site: BCP 47 tag, the name shown to readers, and its writing direction. */
public record LocaleInfo(String tag, String name, boolean rtl) {
    private static final Set<String> RTL_LANGUAGES =
            Set.of("ar", "he", "iw", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug", "syr");

    public String dir() {
        return rtl ? "rtl" : "ltr";
    }

    /** The primary language subtag, lower case ({@code ar} for {@code ar-SA}). */
    public String language() {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    public static boolean isRtlTag(String tag) {
        int dash = tag.indexOf('-');
        return RTL_LANGUAGES.contains((dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT));
    }
}
