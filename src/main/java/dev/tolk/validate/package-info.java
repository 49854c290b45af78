/**
 * Front-matter, translation-unit and content rules (DESIGN §7), one class per rule family, run
 * over parsed {@link dev.tolk.model.Article}s by {@link dev.tolk.validate.Validator}, with
 * {@link dev.tolk.validate.DriftRule} comparing the files of one key across locales (its judgement of
 * two English halves, {@link dev.tolk.validate.EnglishWording}, is the localization loop's too). The
 * parse-level rules ({@code frontmatter/invalid-yaml}, {@code frontmatter/missing},
 * {@code tu/unpaired}, {@code tu/id-mismatch}, {@code tu/duplicate-id}, {@code tu/bad-id}) are
 * reported by the parsers themselves, as they read.
 */
package dev.tolk.validate;
