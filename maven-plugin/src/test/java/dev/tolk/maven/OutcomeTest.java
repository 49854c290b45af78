package dev.tolk.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class OutcomeTest {
    @Test
    void exitZeroPasses() {
        assertDoesNotThrow(() -> Outcome.of("check", 0, "Checked 5 files").check());
    }

    @Test
    void findingsFailTheBuildWithTheSummary() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> Outcome.of("check", 1, "Checked 5 files: 2 errors (link/missing-anchor 2)").check());
        assertTrue(e.getMessage().contains("tolk check found problems"), e.getMessage());
        assertTrue(e.getMessage().endsWith("2 errors (link/missing-anchor 2)"), e.getMessage());
    }

    @Test
    void usageErrorIsAnErrorInRunningTheGoal() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> Outcome.of("build", 2, "tolk build: no configuration file nope.yaml").check());
        assertTrue(e.getMessage().contains("exit 2") && e.getMessage().contains("nope.yaml"), e.getMessage());
    }

    @Test
    void crashIsAnErrorInRunningTheGoal() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> Outcome.of("build", 3, null).check());
        assertTrue(e.getMessage().contains("internal failure (exit 3)"), e.getMessage());
    }
}
