/**
 * Where a site goes: a folder replaced whole or not at all ({@link dev.tolk.output.AtomicOutput}),
 * written with the files the earlier sites lend it ({@link dev.tolk.output.FolderSite}), or
 * memory for the dev server ({@link dev.tolk.output.MemorySite}), behind one sink
 * ({@link dev.tolk.output.SiteOutput}); and the sitemap.
 */
package dev.tolk.output;
