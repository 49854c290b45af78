/**
 * Immutable records shared by every stage: locales, translation units, front matter, articles.
 * This package depends on no library and on no other Tolk package.
 */
package dev.tolk.model;
