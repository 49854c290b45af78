/**
 * The development server ({@code tolk serve}): {@link dev.tolk.serve.Preview} builds the site in
 * memory through the same stages as {@code tolk build}, its first build taking what it can from
 * the on-disk cache, watches the sources and, on a save, builds again from the products the
 * change did not touch ({@link dev.tolk.build.StageCache}); {@link dev.tolk.serve.SiteServer}
 * serves it from 127.0.0.1 with live reload over Server-Sent Events.
 */
package dev.tolk.serve;
