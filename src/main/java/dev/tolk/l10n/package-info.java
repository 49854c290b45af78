/**
 * The localization loop (DESIGN §10): XLIFF 2 export and import of paired-span articles,
 * segmentation of articles that exist only in the source locale, and translation status. Reads
 * content through {@code parse} and {@code source}; writes content files atomically.
 */
package dev.tolk.l10n;
