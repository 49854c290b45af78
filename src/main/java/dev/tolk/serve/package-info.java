/**
 * The development server ({@code tolk serve}): {@link dev.tolk.serve.Preview} builds the site into
 * a temporary folder, watches the sources and rebuilds on a change; {@link dev.tolk.serve.SiteServer}
 * serves it from 127.0.0.1 with live reload over Server-Sent Events. Rebuilds are full builds;
 * incremental rebuilds and in-memory builds are still to come.
 */
package dev.tolk.serve;
