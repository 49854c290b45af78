/**
 * The command line (picocli): one class per subcommand, each returning an exit code
 * (0 clean, 1 diagnostics at or above the fail level, 2 usage or configuration error,
 * 3 internal failure). {@link dev.tolk.cli.Main#run} is the entry point tests call.
 */
package dev.tolk.cli;
