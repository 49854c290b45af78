package dev.tolk.validate;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US numeric dates in the English ({@code 2/14/17}, {@code 9/30/2020}) that a translation writes its own way:
 * {@code 14. 2. 2017}, {@code 30. září 2020}, {@code 2017年2月14日}. When the translation keeps the date's day and its
 * year (a two-digit year may be written in full), its month and its two-digit year are not numbers it lacks: the
 * month may have become a name, the year four digits.
 */
final class NumericDates {
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?![\\d/])");

    private NumericDates() {
    }

    /** Takes out of {@code missing} the parts of the source's dates that {@code targetNumbers} hold in another form. */
    static void removeConverted(Set<String> missing, String source, Set<String> targetNumbers) {
        if (source.indexOf('/') < 0) return;
        Matcher m = DATE.matcher(source);
        while (m.find()) {
            String month = strip(m.group(1));
            String day = strip(m.group(2));
            String year = m.group(3);
            String fullYear = year.length() == 2 ? "20" + year : year;
            boolean yearKept = targetNumbers.contains(year) || targetNumbers.contains(fullYear);
            if (!yearKept || !targetNumbers.contains(day)) continue;
            missing.remove(month);
            if (year.length() == 2) missing.remove(year);
        }
    }

    private static String strip(String digits) {
        return digits.length() == 2 && digits.charAt(0) == '0' ? digits.substring(1) : digits;
    }
}
