package dev.tolk.render;

/**
 * Rewrites a link or image address found in an article (for example a {@code .md} path or a
 * {@code url-map}ped absolute URL) to the address the page should carry. Supplied per page by
 * the site builder, which knows every page of every locale.
 */
@FunctionalInterface
public interface LinkResolver {
    LinkResolver IDENTITY = href -> href;

    String resolve(String href);

    /**
     * Whether a link written {@code href} leads to a file to download rather than open (content
     * HTML or SVG published with {@code active-content: download}): its {@code <a>} then carries
     * {@code download}.
     */
    default boolean download(String href) {
        return false;
    }

    /** Where a DocFX cross reference leads and the name it shows: {@code href} as the page should carry it. */
    record Xref(String href, String name) {
    }

    /**
     * The target of {@code uid} ({@code displayProperty} picks the name: {@code name},
     * {@code fullName}, {@code nameWithType}); empty when no page or xref map defines it, and
     * the link is then shown as text.
     */
    default java.util.Optional<Xref> xref(String uid, String displayProperty) {
        return java.util.Optional.empty();
    }
}
