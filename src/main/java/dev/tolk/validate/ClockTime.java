package dev.tolk.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A time of day written in one half of a pair, in 12-hour notation ({@code 6 PM},
 * {@code 6:30 p.m.}, {@code 10 a.m.}) or 24-hour notation ({@code 18:00}, {@code 18.30}), read
 * where {@link InlineFacts} reads the hour. Translations convert between the two ("6 PM" →
 * "18:00 Uhr"), so {@code tu/number-mismatch} takes a source time the translation writes at the
 * same minute of the day as kept, though its digits differ.
 *
 * @param minuteOfDay the time as minutes after midnight (0 to 1439)
 * @param hour        the hour as {@link InlineFacts} lists it among the numbers ({@code "6"} for {@code 06})
 * @param minute      the minutes as listed among the numbers ({@code "0"} for {@code :00}), or empty when not written
 */
record ClockTime(int minuteOfDay, String hour, String minute) {

    /**
     * The time whose hour is the number just read at {@code [start, end)} of {@code s}, with
     * {@code value} its value: the hour, then optionally {@code :MM} or {@code .MM} (two
     * digits, and seconds after the same separator, with a fraction), then optionally a space and {@code AM}/{@code PM} in any case, with or without
     * dots ({@code a.m.}, {@code p. m.}). Without AM/PM it is a time only with its minutes
     * ({@code 18:00}; a bare {@code 18} is a number). A 12-hour time needs an hour from 1 to 12,
     * a 24-hour one an hour from 0 to 23, and minutes run from 00 to 59. Minutes themselves
     * (the {@code 30} of {@code 6:30}) are not read as an hour.
     */
    static Optional<ClockTime> at(String s, int start, int end, int value) {
        if (value > 23 || start >= 2 && (s.charAt(start - 1) == ':' || s.charAt(start - 1) == '.')
                && Character.isDigit(s.charAt(start - 2))) {
            return Optional.empty();
        }
        int k = end;
        int minutes = -1;
        if (k + 2 < s.length() && (s.charAt(k) == ':' || s.charAt(k) == '.')) {
            int tens = Character.digit(s.charAt(k + 1), 10);
            int ones = Character.digit(s.charAt(k + 2), 10);
            boolean moreDigits = k + 3 < s.length() && Character.isDigit(s.charAt(k + 3));
            if (tens >= 0 && tens <= 5 && ones >= 0 && !moreDigits) {
                minutes = tens * 10 + ones;
                k += 3;
                if (seconds(s, k, s.charAt(k - 3))) {
                    k += 3; // 4:45:01 PM
                    if (k + 1 < s.length() && (s.charAt(k) == '.' || s.charAt(k) == ',') && Character.isDigit(s.charAt(k + 1))) {
                        k += 2; // and its fraction, 7:27:03.533 PM
                        while (k < s.length() && Character.isDigit(s.charAt(k))) k++;
                    }
                }
            }
        }
        char meridiem = meridiem(s, k);
        if (meridiem == 0 && minutes < 0) {
            Optional<ClockTime> marked = hourMarked(s, start, k, value);
            if (marked.isPresent()) return marked;
        }
        int hour24;
        if (meridiem != 0) {
            if (value < 1 || value > 12) return Optional.empty();
            hour24 = value % 12 + (meridiem == 'p' ? 12 : 0);
        } else if (minutes >= 0) {
            hour24 = value;
        } else {
            return Optional.empty();
        }
        String minute = minutes < 0 ? "" : String.valueOf(minutes);
        return Optional.of(new ClockTime(hour24 * 60 + Math.max(minutes, 0), String.valueOf(value), minute));
    }

    /** Whether {@code s} holds seconds at {@code k}: the minutes' separator, then 00 to 59, and no more digits. */
    private static boolean seconds(String s, int k, char separator) {
        return k + 2 < s.length() && s.charAt(k) == separator && Character.digit(s.charAt(k + 1), 10) >= 0
                && Character.digit(s.charAt(k + 1), 10) <= 5 && Character.isDigit(s.charAt(k + 2))
                && (k + 3 >= s.length() || !Character.isDigit(s.charAt(k + 3)));
    }

    /**
     * An hour written with the word for hour after it, as translations convert "9:00 PM": {@code 21h}, {@code 9h30},
     * {@code 3 h 00} (French, Portuguese, Spanish), {@code 오후 6시}, {@code 午前 3 時}, {@code 下午6点} (Korean, Japanese,
     * Chinese, with the word for morning or afternoon before the number, and minutes as {@code 30분}, {@code 30分}).
     */
    private static Optional<ClockTime> hourMarked(String s, int start, int k, int value) {
        int n = s.length();
        int p = k;
        if (p < n && isSpace(s.charAt(p))) p++;
        if (p >= n) return Optional.empty();
        char mark = s.charAt(p);
        boolean latin = mark == 'h' || mark == 'H';
        boolean cjk = mark == '시' || mark == '時' || mark == '点' || mark == '點';
        if (!latin && !cjk) return Optional.empty();
        p++;
        if (latin && p < n && Character.isLetter(s.codePointAt(p))) return Optional.empty(); // "5 hours", "3 Hz"
        int q = p;
        if (q < n && isSpace(s.charAt(q))) q++;
        int minutes = 0;
        String minute = "";
        if (q + 1 < n && Character.isDigit(s.charAt(q)) && Character.isDigit(s.charAt(q + 1))
                && (q + 2 >= n || !Character.isDigit(s.charAt(q + 2)))) {
            int m = Character.digit(s.charAt(q), 10) * 10 + Character.digit(s.charAt(q + 1), 10);
            boolean unit = latin || q + 2 < n && (s.charAt(q + 2) == '분' || s.charAt(q + 2) == '分');
            if (m <= 59 && unit) {
                minutes = m;
                minute = String.valueOf(m);
            }
        }
        int hour = value;
        if (cjk) {
            char half = halfOfDayBefore(s, start);
            if (half != 0 && (value < 1 || value > 12)) return Optional.empty();
            if (half != 0) hour = value % 12 + (half == 'p' ? 12 : 0);
        }
        if (hour > 23) return Optional.empty();
        return Optional.of(new ClockTime(hour * 60 + minutes, String.valueOf(value), minute));
    }

    private static final List<String> MORNING = List.of("오전", "午前", "上午", "早上");
    private static final List<String> AFTERNOON = List.of("오후", "午後", "下午", "晚上");

    /** {@code 'a'} or {@code 'p'} when the word for morning or afternoon ends just before {@code start} (a space between allowed). */
    private static char halfOfDayBefore(String s, int start) {
        int e = start;
        if (e > 0 && isSpace(s.charAt(e - 1))) e--;
        for (String am : MORNING) if (s.startsWith(am, e - am.length())) return 'a';
        for (String pm : AFTERNOON) if (s.startsWith(pm, e - pm.length())) return 'p';
        return 0;
    }

    /** {@code 'a'} or {@code 'p'} when an AM/PM marker starts at {@code k} (after at most one space), else 0. */
    private static char meridiem(String s, int k) {
        int n = s.length();
        int p = k;
        if (p < n && isSpace(s.charAt(p))) p++;
        if (p >= n) return 0;
        char half = Character.toLowerCase(s.charAt(p));
        if (half != 'a' && half != 'p') return 0;
        p++;
        boolean dotted = p < n && s.charAt(p) == '.';
        if (dotted) {
            p++;
            if (p < n && s.charAt(p) == ' ') p++; // "p. m.", as Spanish writes it
        }
        if (p >= n || Character.toLowerCase(s.charAt(p)) != 'm') return 0;
        p++;
        if (p < n && s.charAt(p) == '.') p++;
        // "6 amps", "5 PMs": a word, not a marker
        if (p < n && Character.isLetterOrDigit(s.codePointAt(p))) return 0;
        return half;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /**
     * Takes out of {@code missing} the numbers of each source time that the translation writes
     * at the same minute of the day: "6 PM" kept as "18:00" no longer lacks its 6, "18:00" kept
     * as "6 PM" its 18 and 0. A time that changed ("11 PM" → "21 PM", "6 PM" → "17:00") keeps
     * its numbers missing.
     */
    static void removeConverted(Set<String> missing, List<ClockTime> source, List<ClockTime> target) {
        for (ClockTime time : source) {
            for (ClockTime kept : target) {
                if (kept.minuteOfDay == time.minuteOfDay) {
                    missing.remove(time.hour);
                    missing.remove(time.minute);
                    break;
                }
            }
        }
    }
}
