/**
 * The build: configuration, the content tree, the two passes (index every article, then render
 * every page in parallel), navigation, link mapping, sitemap, assets, and the atomic output
 * directory. {@link dev.tolk.site.SiteBuilder} only sequences these stages.
 */
package dev.tolk.site;
