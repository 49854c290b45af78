/**
 * Rendering: paired Markdown to HTML (flexmark, with unit boundaries carried through as
 * markers and woven back into spans), HTML sanitizing and article post-processing (jsoup),
 * interface strings per locale, and FreeMarker page rendering from view-model records.
 */
package dev.tolk.render;
