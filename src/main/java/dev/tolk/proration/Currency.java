package dev.tolk.proration;

import java.util.Map;
import java.util.Optional;

/**
 * A currency the calculator accepts, with its minor-unit exponent from the pinned table of
 * SPEC §6 (not {@code java.util.Currency}, whose data may differ between JVMs).
 */
public record Currency(String code, int exponent) {
    private static final Map<String, Integer> EXPONENTS = Map.ofEntries(Map.entry("EUR", 2), Map.entry("JPY", 0),
            Map.entry("SAR", 2), Map.entry("CNY", 2), Map.entry("USD", 2), Map.entry("ILS", 2), Map.entry("THB", 2),
            Map.entry("KWD", 3), Map.entry("BHD", 3), Map.entry("KRW", 0), Map.entry("GBP", 2));

    /** Every accepted code, sorted. */
    public static java.util.List<String> codes() {
        return EXPONENTS.keySet().stream().sorted().toList();
    }

    public static Optional<Currency> of(String code) {
        Integer e = code == null ? null : EXPONENTS.get(code);
        return e == null ? Optional.empty() : Optional.of(new Currency(code, e));
    }
}
