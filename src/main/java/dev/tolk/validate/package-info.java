/**
 * Front-matter and translation-unit rules (DESIGN §7), one class per rule family, run over parsed
 * {@link dev.tolk.model.Article}s. The parse-level rules ({@code frontmatter/invalid-yaml},
 * {@code frontmatter/missing}, {@code tu/unpaired}, {@code tu/id-mismatch}, {@code tu/duplicate-id},
 * {@code tu/bad-id}) are reported by the parsers themselves. Not yet populated.
 */
package dev.tolk.validate;
