/**
 * Reading articles: the front-matter splitter (original line numbers kept), the YAML reader
 * (safe, strings only, duplicate keys refused, size capped) and the pair scanner that turns a
 * paired-span body into translation units with exact offsets. Parsers report problems to a
 * {@link dev.tolk.diag.FileReporter} and never throw on bad input.
 */
package dev.tolk.parse;
