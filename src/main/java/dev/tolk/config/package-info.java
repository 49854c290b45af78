/**
 * {@code tolk.yaml} → {@link dev.tolk.config.SiteConfig} ({@link dev.tolk.config.ConfigLoader}),
 * completed by what the content folder says ({@link dev.tolk.config.DocsetLoader}): a DocFX
 * docset's {@code docfx.json} (file groups, globs, metadata), its redirection files, and the
 * locales a build produces ({@link dev.tolk.config.LocalePlan}).
 */
package dev.tolk.config;
