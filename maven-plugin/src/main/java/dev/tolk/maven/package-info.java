/**
 * The Maven plugin: the goals {@code tolk:build} and {@code tolk:check}, which run the CLI's commands
 * ({@link dev.tolk.cli.Main#run}) in the build's JVM with the goals' parameters as options, and turn
 * the exit code into the build's outcome.
 */
package dev.tolk.maven;
