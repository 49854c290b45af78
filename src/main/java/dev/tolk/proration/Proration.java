package dev.tolk.proration;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The proration arithmetic of SPEC §2–§5: ordered validation (the first failure wins), day
 * counts on calendar dates, integer minor units with exact overflow checks and one half-up
 * rounding per line, and the seven-day window. The browser widget ({@code assets/proration.js})
 * computes the same; both are held to {@code vectors.csv}. Stateless.
 */
public final class Proration {
    private static final Pattern PRICE = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,12})?");
    private static final Pattern QTY = Pattern.compile("[0-9]{1,6}");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final long MAX_PRICE_MINOR = 99_999_999_999L;
    private static final int MAX_QTY = 10_000;
    private static final long MAX_PERIOD_DAYS = 1_096;

    private Proration() {
    }

    /** What the calculator says: a failure with its code and field, or the figures. */
    public sealed interface Outcome permits Failure, Result {
    }

    /** The first validation failure: {@code E_…} code and the input field it is about. */
    public record Failure(String code, String field) implements Outcome {
    }

    /** The figures, in minor units of {@code currency}, and the display texts of {@code profile}. */
    public record Result(Currency currency, DisplayProfile profile, long priceMinor, long daysInPeriod, long daysUsed,
                         long paidMinor, long usedMinor, long creditMinor, long newChargeMinor, long netMinor,
                         Window window, LocalDate cancelDate) implements Outcome {
        public String creditDisplay() {
            return profile.amount(creditMinor, currency);
        }

        public String netDisplay() {
            return profile.amount(netMinor, currency);
        }

        public String cancelDateDisplay() {
            return profile.date(cancelDate);
        }
    }

    /** SPEC §5: where the cancellation falls against the seven-day policy. */
    public enum Window { WITHIN, BOUNDARY, OUTSIDE }

    private static final class Invalid extends Exception {
        final Failure failure;

        Invalid(String code, String field) {
            super(code, null, false, false);
            this.failure = new Failure(code, field);
        }
    }

    public static Outcome compute(ProrationInput in) {
        try {
            return calculate(in);
        } catch (Invalid e) {
            return e.failure;
        }
    }

    private static Outcome calculate(ProrationInput in) throws Invalid {
        Currency currency = Currency.of(in.currency()).orElseThrow(() -> new Invalid("E_CURRENCY", "currency"));
        long price = price(in.price(), currency, "price");
        long qty = qty(in.qty(), "qty");
        LocalDate start = date(in.periodStart(), "period_start");
        LocalDate end = date(in.periodEnd(), "period_end");
        LocalDate cancel = date(in.cancelDate(), "cancel_date");
        long d = end.toEpochDay() - start.toEpochDay();
        if (d <= 0) throw new Invalid("E_PERIOD_ORDER", "period_end");
        if (d > MAX_PERIOD_DAYS) throw new Invalid("E_PERIOD_LENGTH", "period_end");
        long x = cancel.toEpochDay() - start.toEpochDay();
        if (x < 0) throw new Invalid("E_CANCEL_BEFORE_START", "cancel_date");
        if (cancel.isAfter(end)) throw new Invalid("E_CANCEL_AFTER_END", "cancel_date");
        String mode = blankTo(in.switchMode(), "none");
        long newPrice = 0;
        long newQty = 0;
        if (!mode.equals("none")) {
            if (!mode.equals("newterm") && !mode.equals("coterm")) throw new Invalid("E_SWITCH", "switch_mode");
            newPrice = price(in.newPrice(), currency, "new_price");
            newQty = qty(in.newQty(), "new_qty");
        }
        long k = "1".equals(asciiTrim(blankTo(in.chargeCancelDay(), "0"))) ? 1 : 0;

        long used = Math.min(d, x + k);
        long remaining = d - used;
        long paid = Math.multiplyExact(price, qty);
        long credit = halfUp(paid, remaining, d);
        long newCharge = switch (mode) {
            case "newterm" -> Math.multiplyExact(newPrice, newQty);
            case "coterm" -> halfUp(Math.multiplyExact(newPrice, newQty), remaining, d);
            default -> 0;
        };
        Window window = x <= 6 ? Window.WITHIN : x == 7 ? Window.BOUNDARY : Window.OUTSIDE;
        return new Result(currency, DisplayProfile.of(in.locale()), price, d, used, paid, paid - credit, credit,
                newCharge, newCharge - credit, window, cancel);
    }

    /** ⌊(2·amount·r + d) ÷ (2·d)⌋: amount × r/d rounded half up, with exact overflow checks. */
    static long halfUp(long amount, long r, long d) {
        long twice = Math.multiplyExact(Math.multiplyExact(2, amount), r);
        return Math.floorDiv(Math.addExact(twice, d), Math.multiplyExact(2, d));
    }

    private static long price(String text, Currency currency, String field) throws Invalid {
        String s = text == null ? "" : text;
        if (s.startsWith("-")) throw new Invalid("E_PRICE_NEGATIVE", field);
        if (!PRICE.matcher(s).matches()) throw new Invalid("E_PRICE_FORMAT", field);
        int dot = s.indexOf('.');
        String integer = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        if (fraction.length() > currency.exponent()) throw new Invalid("E_PRICE_PRECISION", field);
        String minor = integer + fraction + "0".repeat(currency.exponent() - fraction.length());
        long value = Long.parseLong(minor); // at most 12 + 3 digits: fits
        if (value > MAX_PRICE_MINOR) throw new Invalid("E_PRICE_RANGE", field);
        return value;
    }

    private static long qty(String text, String field) throws Invalid {
        String s = text == null ? "" : text;
        if (!QTY.matcher(s).matches()) throw new Invalid("E_QTY", field);
        int value = Integer.parseInt(s);
        if (value < 1 || value > MAX_QTY) throw new Invalid("E_QTY", field);
        return value;
    }

    private static LocalDate date(String text, String field) throws Invalid {
        var m = DATE.matcher(text == null ? "" : text);
        if (!m.matches()) throw new Invalid("E_DATE", field);
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2099) throw new Invalid("E_DATE", field);
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new Invalid("E_DATE", field);
        }
    }

    private static String blankTo(String s, String otherwise) {
        return s == null || s.isEmpty() ? otherwise : s;
    }


    /** Without the ASCII blanks (space, tab, CR, LF) around it, as proration.js reads it: strip() and trim() differ on others. */
    private static String asciiTrim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && " \t\r\n".indexOf(s.charAt(a)) >= 0) a++;
        while (b > a && " \t\r\n".indexOf(s.charAt(b - 1)) >= 0) b--;
        return s.substring(a, b);
    }
}
