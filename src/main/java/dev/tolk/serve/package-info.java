/**
 * The development server: in-memory builds, file watching, incremental rebuilds and live reload,
 * bound to 127.0.0.1. Not yet populated.
 */
package dev.tolk.serve;
