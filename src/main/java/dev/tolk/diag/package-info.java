/**
 * Diagnostics: what Tolk says about its input. A {@link dev.tolk.diag.Diagnostic} has a file,
 * a position, a severity and a stable rule id; a {@link dev.tolk.diag.DiagnosticCollector}
 * gathers them from many threads, applies the configured severity per rule and sorts them.
 * Problems in input are collected here, never thrown.
 */
package dev.tolk.diag;
