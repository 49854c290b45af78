package dev.tolk.model;

/**
 * A link or image address written in an article: {@code target} as written (not decoded), and
 * the UTF-16 offsets of that address in the file, so a finding points at it. {@code kind} says
 * how it was written.
 */
public record Link(Kind kind, String target, int start, int end) {
    public enum Kind {
        /** {@code [text](target)} or {@code ![alt](target)} */
        INLINE,
        /** {@code [label]: target}, the definition a reference link uses */
        DEFINITION,
        /** {@code <https://…>} */
        AUTOLINK,
        /** {@code <a href="target">} */
        HTML_HREF,
        /** {@code <img src="target">} */
        HTML_SRC
    }
}
