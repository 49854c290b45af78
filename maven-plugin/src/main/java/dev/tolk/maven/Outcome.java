package dev.tolk.maven;

import dev.tolk.cli.Main;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A command's exit code as the build's outcome (DESIGN.md §6): findings fail the build
 * ({@link MojoFailureException}); a usage or configuration error, or a crash, is an error in running
 * the goal ({@link MojoExecutionException}).
 *
 * @param command  {@code build} or {@code check}
 * @param exitCode what {@link Main#run} returned
 * @param lastLine the command's last line (its summary, or what went wrong), or empty
 */
record Outcome(String command, int exitCode, String lastLine) {
    static Outcome of(String command, int exitCode, String lastLine) {
        return new Outcome(command, exitCode, lastLine == null ? "" : lastLine);
    }

    void check() throws MojoExecutionException, MojoFailureException {
        String said = lastLine.isBlank() ? "" : ": " + lastLine.strip();
        switch (exitCode) {
            case Main.OK -> { }
            case Main.FINDINGS -> throw new MojoFailureException(
                    "tolk " + command + " found problems at or above the fail level (see the diagnostics above)" + said);
            case Main.USAGE -> throw new MojoExecutionException(
                    "tolk " + command + ": usage or configuration error (exit 2)" + said);
            case Main.INTERNAL -> throw new MojoExecutionException(
                    "tolk " + command + ": internal failure (exit 3), a bug in Tolk" + said);
            default -> throw new MojoExecutionException("tolk " + command + " exited with " + exitCode + said);
        }
    }
}
