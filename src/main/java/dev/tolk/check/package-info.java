/**
 * Checks over a whole site: internal links and anchors, the external link checker, and the
 * report writers (text, JSON, SARIF, JUnit, GitHub annotations). The rules that need only one
 * file are found while parsing ({@link dev.tolk.parse}) and in {@link dev.tolk.validate}.
 * The report writers are in place ({@link dev.tolk.check.ReportWriters}); {@code tolk check} itself
 * and the link rules are the next issues.
 */
package dev.tolk.check;
