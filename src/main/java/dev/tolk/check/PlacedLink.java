package dev.tolk.check;

import dev.tolk.model.Link;

/** A link with the line and column range of its address in the file, ready to be reported. */
public record PlacedLink(Link link, int line, int column, int endLine, int endColumn) {
}
