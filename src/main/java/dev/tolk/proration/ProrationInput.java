package dev.tolk.proration;

/**
 * The calculator's inputs as text, exactly as a form or a CSV row gives them (SPEC §1). Empty
 * {@code chargeCancelDay} means 0 and empty {@code switchMode} means {@code none}.
 */
public record ProrationInput(String locale, String currency, String price, String qty, String periodStart,
                             String periodEnd, String cancelDate, String chargeCancelDay, String switchMode,
                             String newPrice, String newQty) {
}
