/**
 * Input files and positions: the content tree of a project, one folder per locale, sorted and
 * classified (articles, YAML pages, tables of contents, media; refused files with the reason)
 * ({@link dev.tolk.source.ContentTree}); reading a file as text ({@link dev.tolk.source.SourceText}), once per build, held for the stages after the first
 * ({@link dev.tolk.source.SourceFiles}; deflated beyond a budget, {@link dev.tolk.source.HeldText});
 * turning offsets into 1-based line and code-point column ({@link dev.tolk.source.LineMap}); the
 * content path a link, include or TOC entry names, relative or from the docset's root
 * ({@link dev.tolk.source.ContentPaths}); the
 * thread pool every stage shares ({@link dev.tolk.source.WorkPool}).
 */
package dev.tolk.source;
