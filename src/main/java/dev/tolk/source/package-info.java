/**
 * Input files and positions: reading a file as text ({@link dev.tolk.source.SourceText}) and
 * turning offsets into 1-based line and code-point column ({@link dev.tolk.source.LineMap}).
 */
package dev.tolk.source;
