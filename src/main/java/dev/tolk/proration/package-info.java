/**
 * The proration calculator's Java core ({@code ../shared/calculator/SPEC.md}): validation, day
 * count, integer arithmetic in minor units and the display profiles, the same as the browser
 * widget {@code assets/proration.js}; {@link dev.tolk.proration.ProrationCsv} reads and writes
 * rows in the column set of {@code vectors.csv}.
 */
package dev.tolk.proration;
