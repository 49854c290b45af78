/**
 * Checks over a whole site: internal links and anchors, the external link checker, and the
 * report writers (text, JSON, SARIF, JUnit, GitHub annotations). The rules that need only one
 * file are found while parsing ({@link dev.tolk.parse}) and in {@link dev.tolk.validate}.
 * The report writers ({@link dev.tolk.check.ReportWriters}) serve {@code tolk check}; the link
 * rules arrive with the links issue.
 */
package dev.tolk.check;
