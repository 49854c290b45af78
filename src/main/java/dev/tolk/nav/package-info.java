/**
 * Navigation: tables of contents ({@code toc.yml}, {@code toc.md}) read with positions
 * ({@link dev.tolk.nav.TocFile}) and resolved as DocFX resolves them
 * ({@link dev.tolk.nav.TocResolver}, {@link dev.tolk.nav.TocLinks}), else the folder tree; homes,
 * breadcrumbs ({@link dev.tolk.nav.BreadcrumbTrail}) and the view from each page
 * ({@link dev.tolk.nav.PageNav}).
 */
package dev.tolk.nav;
