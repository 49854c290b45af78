/**
 * JSON, written ({@link dev.tolk.json.Json}) and read ({@link dev.tolk.json.JsonReader}, strict;
 * {@link dev.tolk.json.JsonDocument} for other tools' files with positions). One reader and one
 * writer for reports, caches, link caches, docfx.json and redirection files.
 */
package dev.tolk.json;
