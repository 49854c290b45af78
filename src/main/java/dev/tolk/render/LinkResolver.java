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
}
