package dev.tolk.proration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The rules of SPEC §2–§7 on cases the vectors do not show. */
class ProrationTest {

    private static Proration.Outcome run(String locale, String currency, String price, String qty, String start, String end,
                                         String cancel, String k, String mode, String newPrice, String newQty) {
        return Proration.compute(new ProrationInput(locale, currency, price, qty, start, end, cancel, k, mode, newPrice, newQty));
    }

    private static Proration.Outcome simple(String currency, String price, String qty, String start, String end, String cancel) {
        return run("en-US", currency, price, qty, start, end, cancel, "0", "none", "", "");
    }

    @Test
    void validatesInTheOrderOfTheSpecification() {
        // currency first, even when everything else is wrong too
        assertEquals(new Proration.Failure("E_CURRENCY", "currency"), simple("XXX", "-1", "0", "x", "y", "z"));
        assertEquals(new Proration.Failure("E_PRICE_NEGATIVE", "price"), simple("EUR", "-1", "0", "x", "y", "z"));
        assertEquals(new Proration.Failure("E_QTY", "qty"), simple("EUR", "1", "0", "x", "y", "z"));
        assertEquals(new Proration.Failure("E_DATE", "period_start"), simple("EUR", "1", "1", "2023-02-29", "y", "z"));
        assertEquals(new Proration.Failure("E_DATE", "period_end"), simple("EUR", "1", "1", "2024-02-29", "2100-01-01", "z"));
        assertEquals(new Proration.Failure("E_DATE", "cancel_date"), simple("EUR", "1", "1", "2024-02-29", "2024-03-29", "1999-12-31"));
        assertEquals(new Proration.Failure("E_SWITCH", "switch_mode"),
                run("en-US", "EUR", "1", "1", "2024-01-01", "2024-02-01", "2024-01-02", "0", "upgrade", "", ""));
        assertEquals(new Proration.Failure("E_QTY", "new_qty"),
                run("en-US", "EUR", "1", "1", "2024-01-01", "2024-02-01", "2024-01-02", "0", "coterm", "2", "10001"));
    }

    @Test
    void priceRangeAndPrecisionFollowTheCurrency() {
        assertEquals(new Proration.Failure("E_PRICE_RANGE", "price"), simple("JPY", "100000000000", "1", "2024-01-01", "2024-02-01", "2024-01-02"));
        assertEquals(99_999_999_999L, ((Proration.Result) simple("JPY", "99999999999", "1", "2024-01-01", "2024-02-01", "2024-01-02")).priceMinor());
        assertEquals(new Proration.Failure("E_PRICE_PRECISION", "price"), simple("KRW", "1.0", "1", "2024-01-01", "2024-02-01", "2024-01-02"));
        assertEquals(12_345L, ((Proration.Result) simple("BHD", "12.345", "1", "2024-01-01", "2024-02-01", "2024-01-02")).priceMinor());
        assertEquals(new Proration.Failure("E_PRICE_FORMAT", "price"), simple("EUR", "1e3", "1", "2024-01-01", "2024-02-01", "2024-01-02"));
        assertEquals(new Proration.Failure("E_PRICE_FORMAT", "price"), simple("EUR", "١٢", "1", "2024-01-01", "2024-02-01", "2024-01-02"));
        assertEquals(new Proration.Failure("E_QTY", "qty"), simple("EUR", "1", "١", "2024-01-01", "2024-02-01", "2024-01-02"));
    }

    @Test
    void theLargestAmountsAreExact() {
        // 999,999,999.99 EUR x 10,000 licences over a 1,096-day term, cancelled after 1 day
        Proration.Result r = (Proration.Result) simple("EUR", "999999999.99", "10000", "2024-01-01", "2027-01-01", "2024-01-02");
        BigInteger t = BigInteger.valueOf(99_999_999_999L).multiply(BigInteger.valueOf(10_000));
        BigInteger d = BigInteger.valueOf(1_096);
        BigInteger credit = t.multiply(BigInteger.TWO).multiply(BigInteger.valueOf(1_095)).add(d).divide(d.multiply(BigInteger.TWO));
        assertEquals(1_096, r.daysInPeriod());
        assertEquals(credit.longValueExact(), r.creditMinor());
        assertEquals(t.longValueExact(), r.usedMinor() + r.creditMinor());
    }

    @Test
    void cotermChargeTiesRoundUpAndWindowsFollowTheDay() {
        // 3 days of 6 left: 1.01 x 1 x 3/6 = 0.505 -> 0.51 (tie in the seller's favour), credit 0.50 -> 0.51 too
        Proration.Result r = (Proration.Result) run("en-US", "USD", "1.01", "1", "2024-06-01", "2024-06-07", "2024-06-04",
                "0", "coterm", "1.01", "1");
        assertEquals(51, r.newChargeMinor());
        assertEquals(51, r.creditMinor());
        assertEquals(0, r.netMinor());
        assertEquals(Proration.Window.WITHIN, r.window());
        assertEquals(Proration.Window.BOUNDARY, ((Proration.Result) simple("USD", "1", "1", "2024-06-01", "2024-07-01", "2024-06-08")).window());
        assertEquals(Proration.Window.OUTSIDE, ((Proration.Result) simple("USD", "1", "1", "2024-06-01", "2024-07-01", "2024-06-09")).window());
    }

    /** As proration.js: ASCII blanks around k are read away; a no-break space, a BOM or a control makes it no "1" (they differed). */
    @Test
    void theCancellationDayIsChargedOnlyForAOne() {
        for (String k : new String[] {"1", " 1\t", "\r\n1"}) {
            assertEquals(16, ((Proration.Result) run("en-US", "USD", "12.50", "10", "2024-06-01", "2024-07-01", "2024-06-16", k, "none", "",
                    "")).daysUsed(), k);
        }
        for (String k : new String[] {"\u00A01", "\uFEFF1", "\u001F1", "\u20071", "2", "x"}) {
            assertEquals(15, ((Proration.Result) run("en-US", "USD", "12.50", "10", "2024-06-01", "2024-07-01", "2024-06-16", k, "none", "",
                    "")).daysUsed(), k);
        }
    }

    /** The site's locale folder in Learn's spelling finds its profile; the vectors' lookup stays exact (unknown: en-US). */
    @Test
    void aSiteLocaleTagFindsItsProfileWhateverItsCase() {
        assertEquals("nl-NL", DisplayProfile.profileTag("nl-nl"));
        assertEquals("ar-SA", DisplayProfile.profileTag("AR-sa"));
        assertEquals("pt-BR", DisplayProfile.profileTag("pt-BR"));
        assertEquals("en-US", DisplayProfile.of("nl-nl").locale());
    }

    @Test
    void displayProfilesWriteAmountsAndDatesByteForByte() {
        Currency eur = Currency.of("EUR").orElseThrow();
        assertEquals("1\u202F234\u202F567,89\u00A0EUR", DisplayProfile.of("fr-FR").amount(123_456_789, eur));
        assertEquals("EUR\u00A01.234.567,89", DisplayProfile.of("nl-NL").amount(-123_456_789, eur));
        assertEquals("KRW\u00A01,000", DisplayProfile.of("th-TH").amount(1_000, Currency.of("KRW").orElseThrow()));
        assertEquals("0.005\u00A0BHD", DisplayProfile.of("he-IL").amount(5, Currency.of("BHD").orElseThrow()));
        assertEquals("١٬٠٠٠٫٠٠\u00A0SAR", DisplayProfile.of("ar-SA").amount(100_000, Currency.of("SAR").orElseThrow()));
        assertEquals("USD\u00A00.07", DisplayProfile.of("xx-YY").amount(7, Currency.of("USD").orElseThrow()), "unknown locale: en-US");
        assertEquals("29/02/2024", DisplayProfile.of("th-TH").date(java.time.LocalDate.of(2024, 2, 29)));
    }
}
