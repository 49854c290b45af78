package dev.tolk.check;

import java.util.Locale;
import java.util.Optional;

/** The formats {@code tolk check --format} can write; {@link #label()} is the name on the command line. */
public enum ReportFormat {
    TEXT, JSON, SARIF, JUNIT, GITHUB;

    /** The lower-case name used on the command line ({@code text}, {@code json}, …). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format with this lower-case name, or empty for any other text (including upper case). */
    public static Optional<ReportFormat> parse(String name) {
        for (ReportFormat f : values()) {
            if (f.label().equals(name)) return Optional.of(f);
        }
        return Optional.empty();
    }
}
