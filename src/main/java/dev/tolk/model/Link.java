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
        HTML_SRC,
        /** {@code [!INCLUDE[title](target)]}: a Markdown file whose content the page shows */
        INCLUDE,
        /** a file a DocFX directive shows: {@code :::image source="target"}, its {@code lightbox} */
        DIRECTIVE,
        /** a code file a page shows: {@code :::code source="target"}, {@code [!code-cs[name](target)]}; without its query or fragment */
        CODE,
        /** {@code <xref:uid>}, {@code [text](xref:uid)}, {@code <xref href="uid">}: target is {@code xref:uid} as written */
        XREF,
        /** {@code [text][label]} or {@code [label][]} whose label no definition of the file gives: target is the label */
        UNDEFINED_REFERENCE
    }

    /** Whether the address names a file (an include, an image or code file) rather than a page a reader follows. */
    public boolean isEmbed() {
        return kind == Kind.INCLUDE || kind == Kind.DIRECTIVE || kind == Kind.CODE;
    }
}
