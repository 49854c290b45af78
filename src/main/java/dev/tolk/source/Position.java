package dev.tolk.source;

/** A 1-based line and code-point column in an original input file. */
public record Position(int line, int column) {
    public static final Position START = new Position(1, 1);
}
