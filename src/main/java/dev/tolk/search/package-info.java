/**
 * The offline search index of each locale ({@link dev.tolk.search.SearchIndexWriter}): compact
 * JSON that the site's search script fetches on first use, assembled from each page's entry
 * ({@link dev.tolk.search.SearchIndexWriter.Entry}: made in the worker that makes the page, and
 * all a build keeps of it), patched from an earlier index of the same pages when a few have new
 * entries ({@link dev.tolk.search.SearchIndexPatch}), and joined from shards' partial indexes
 * ({@link dev.tolk.search.SearchIndexJoin}). A build's terms are held once however many pages
 * have them ({@link dev.tolk.search.TermPool}), also when read back from the cache by their bytes.
 */
package dev.tolk.search;
