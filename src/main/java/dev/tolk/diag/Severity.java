package dev.tolk.diag;

import java.util.Locale;
import java.util.Optional;

/** How serious a diagnostic is; ordered from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.label().equals(text)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
