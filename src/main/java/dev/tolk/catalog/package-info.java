/**
 * Every article × locale known to the site ({@link dev.tolk.catalog.PageCatalog}, made by
 * {@link dev.tolk.catalog.CatalogReader} from front matter and YAML page metadata): titles,
 * output paths ({@link dev.tolk.catalog.SitePaths}), fallbacks to the source locale, uids for
 * cross references ({@link dev.tolk.catalog.Xrefs}), redirections, and where a link in a page
 * leads ({@link dev.tolk.catalog.LinkMapper}).
 */
package dev.tolk.catalog;
