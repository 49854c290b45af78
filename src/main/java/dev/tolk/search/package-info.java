/**
 * The offline search index of each locale ({@link dev.tolk.search.SearchIndexWriter}): compact
 * JSON that the site's search script fetches on first use.
 */
package dev.tolk.search;
