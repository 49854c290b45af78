/**
 * The proration calculator's Java core, the same arithmetic as the browser widget
 * ({@code ../shared/calculator/SPEC.md}). Not yet populated.
 */
package dev.tolk.proration;
