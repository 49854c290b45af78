package dev.tolk.check;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The settings of the external link checker, from the {@code external:} map of {@code tolk.yaml}
 * (DESIGN §2), with defaults for every key.
 *
 * @param timeout      time allowed for one request, connecting included
 * @param retries      further tries after a failure worth retrying (timeouts, I/O errors, 5xx, 408, 429)
 * @param concurrency  URLs checked at the same time, overall
 * @param perHost      requests in flight to one host at the same time
 * @param cacheMaxAge  how long a cached result stays fresh ({@link Duration#ZERO}: the cache is not read)
 * @param exclude      regular expressions; a URL in which any of them {@linkplain Matcher#find() finds} a match is not checked
 * @param allowPrivate whether private, loopback, link-local and similar addresses may be contacted
 */
public record ExternalSettings(Duration timeout, int retries, int concurrency, int perHost, Duration cacheMaxAge,
                               List<String> exclude, boolean allowPrivate) {

    /** The keys of {@code external:}, in the order DESIGN §2 lists them. */
    static final List<String> KEYS = List.of("timeout", "retries", "concurrency", "per-host", "cache-max-age", "exclude", "allow-private");

    private static final int MAX_RETRIES = 10;
    private static final int MAX_CONCURRENCY = 256;
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)?");
    private static final Set<String> TRUE = Set.of("true", "yes", "on");
    private static final Set<String> FALSE = Set.of("false", "no", "off");

    public ExternalSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(cacheMaxAge, "cacheMaxAge");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive: " + timeout);
        if (cacheMaxAge.isNegative()) throw new IllegalArgumentException("cacheMaxAge must not be negative: " + cacheMaxAge);
        if (retries < 0) throw new IllegalArgumentException("retries must not be negative: " + retries);
        if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        if (perHost < 1) throw new IllegalArgumentException("perHost must be at least 1: " + perHost);
        exclude = List.copyOf(exclude);
    }

    /** Timeout 20 s, 2 retries, 16 at a time, 4 per host, results cached for a day, nothing excluded, private addresses refused. */
    public static ExternalSettings defaults() {
        return new ExternalSettings(Duration.ofSeconds(20), 2, 16, 4, Duration.ofDays(1), List.of(), false);
    }

    /** Settings read from {@code tolk.yaml}, and what was wrong with it (each bad value keeps its default). */
    public record Parsed(ExternalSettings settings, List<String> problems) {
        public Parsed {
            Objects.requireNonNull(settings, "settings");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads the raw {@code external:} map as the YAML reader gives it: scalars are strings
     * ({@code "20s"}, {@code "500ms"}, {@code "2m"}, {@code "3"}, {@code "true"}), {@code exclude}
     * is a string or a list of strings. Durations take {@code ms}, {@code s}, {@code m}, {@code h}
     * or {@code d} (a bare number is seconds) or ISO-8601 ({@code PT20S}). A blank value keeps the
     * default. Unknown keys and bad values become problems, never exceptions.
     */
    public static Parsed parse(Map<String, Object> raw) {
        ExternalSettings d = defaults();
        List<String> problems = new ArrayList<>();
        if (raw == null) return new Parsed(d, problems);
        for (String key : raw.keySet()) {
            if (!KEYS.contains(key)) problems.add("unknown key '" + key + "' in external (known keys: " + String.join(", ", KEYS) + ")");
        }
        Duration timeout = duration(raw, "timeout", d.timeout(), false, problems);
        int retries = count(raw, "retries", d.retries(), 0, MAX_RETRIES, problems);
        int concurrency = count(raw, "concurrency", d.concurrency(), 1, MAX_CONCURRENCY, problems);
        int perHost = count(raw, "per-host", d.perHost(), 1, MAX_CONCURRENCY, problems);
        Duration maxAge = duration(raw, "cache-max-age", d.cacheMaxAge(), true, problems);
        List<String> exclude = patterns(raw.get("exclude"), problems);
        boolean allowPrivate = flag(raw, "allow-private", d.allowPrivate(), problems);
        return new Parsed(new ExternalSettings(timeout, retries, concurrency, perHost, maxAge, exclude, allowPrivate), problems);
    }

    private static Duration duration(Map<String, Object> raw, String key, Duration fallback, boolean zeroAllowed, List<String> problems) {
        String text = scalar(raw, key, problems);
        if (text == null) return fallback;
        Duration parsed = parseDuration(text);
        if (parsed == null) {
            problems.add("external " + key + " '" + text + "' is not a duration: write e.g. 20s, 500ms, 2m or 1d");
            return fallback;
        }
        if (parsed.isNegative() || (parsed.isZero() && !zeroAllowed)) {
            problems.add("external " + key + " must be " + (zeroAllowed ? "zero or more" : "more than zero") + ", not '" + text + "'");
            return fallback;
        }
        return parsed;
    }

    /** {@code 20s}, {@code 500ms}, {@code 2m}, {@code 1h}, {@code 1d}, a bare number of seconds, or ISO-8601; {@code null} if none of these. */
    static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofSeconds(n);
            };
        }
        if (t.startsWith("p")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static int count(Map<String, Object> raw, String key, int fallback, int min, int max, List<String> problems) {
        String text = scalar(raw, key, problems);
        if (text == null) return fallback;
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below, as an out-of-range number is
        }
        problems.add("external " + key + " must be a whole number from " + min + " to " + max + ", not '" + text + "'");
        return fallback;
    }

    private static boolean flag(Map<String, Object> raw, String key, boolean fallback, List<String> problems) {
        String text = scalar(raw, key, problems);
        if (text == null) return fallback;
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(t)) return true;
        if (FALSE.contains(t)) return false;
        problems.add("external " + key + " must be true or false, not '" + text + "'");
        return fallback;
    }

    private static List<String> patterns(Object value, List<String> problems) {
        List<String> out = new ArrayList<>();
        List<?> items = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
        for (Object item : items) {
            if (item instanceof Map<?, ?> || item instanceof List<?>) {
                problems.add("external exclude must be a pattern or a list of patterns");
                continue;
            }
            String pattern = String.valueOf(item);
            if (pattern.isBlank()) continue;
            try {
                Pattern.compile(pattern);
                out.add(pattern);
            } catch (PatternSyntaxException e) {
                problems.add("external exclude pattern '" + pattern + "' is not a regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
        }
        return out;
    }

    /** The value of a scalar key as text, {@code null} when absent or blank; a list or map there is a problem. */
    private static String scalar(Map<String, Object> raw, String key, List<String> problems) {
        Object v = raw.get(key);
        if (v == null) return null;
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            problems.add("external " + key + " must be a single value");
            return null;
        }
        String text = String.valueOf(v).strip();
        return text.isEmpty() ? null : text;
    }
}
