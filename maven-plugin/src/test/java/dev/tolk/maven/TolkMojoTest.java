package dev.tolk.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TolkMojoTest {
    @TempDir
    Path project;

    private <M extends TolkMojo> M inProject(M mojo) {
        mojo.defaultConfig = project.resolve("tolk.yaml").toFile();
        mojo.source = project.resolve("content").toFile();
        mojo.templates = project.resolve("templates").toFile();
        return mojo;
    }

    private String abs(String name) {
        return project.resolve(name).toAbsolutePath().toString();
    }

    @Test
    void buildPassesTheProjectsPathsAbsoluteAndItsTolkYaml() throws Exception {
        Files.writeString(project.resolve("tolk.yaml"), "title: t\n");
        BuildMojo build = inProject(new BuildMojo());
        build.out = project.resolve("target/tolk-site").toFile();
        build.locales = List.of("nl-NL", "de-DE");
        build.jobs = 2;
        build.strict = true;
        assertEquals(List.of("build", "--config", abs("tolk.yaml"), "--source", abs("content"), "--templates", abs("templates"),
                "--locale", "nl-NL", "--locale", "de-DE", "--jobs", "2", "--out", abs("target/tolk-site"), "--strict"),
                build.arguments());
    }

    @Test
    void withoutATolkYamlReadsNoConfigurationRatherThanTheWorkingFoldersOne() {
        List<String> args = inProject(new BuildMojo()).arguments();
        assertEquals(List.of("build", "--no-config", "--source", abs("content"), "--templates", abs("templates")), args);
    }

    @Test
    void aConfigurationNamedIsPassedEvenWhenMissing() {
        BuildMojo build = inProject(new BuildMojo());
        build.config = new File(project.toFile(), "nope.yaml");
        assertEquals(List.of("--config", abs("nope.yaml")), build.arguments().subList(1, 3));
    }

    @Test
    void checkPassesItsReportOptionsAndMakesTheReportsFolder() {
        CheckMojo check = inProject(new CheckMojo());
        check.format = "sarif";
        check.output = project.resolve("target/reports/tolk.sarif").toFile();
        check.failOn = "warning";
        check.external = true;
        check.shard = "1/2";
        List<String> args = check.arguments();
        assertEquals(List.of("--shard", "1/2", "--format", "sarif", "--output", abs("target/reports/tolk.sarif"),
                "--fail-on", "warning", "--external"), args.subList(args.indexOf("--shard"), args.size()));
        assertEquals(true, Files.isDirectory(project.resolve("target/reports")));
    }

    @Test
    void aMissingContentFolderIsAnErrorInRunningTheGoal() {
        BuildMojo build = inProject(new BuildMojo());
        build.out = project.resolve("site").toFile();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, build::execute);
        assertTrue(e.getMessage().contains("exit 2") && e.getMessage().contains("content"), e.getMessage());
        assertTrue(Files.notExists(project.resolve("site")));
    }

    @Test
    void skipRunsNothing() {
        BuildMojo build = inProject(new BuildMojo());
        build.out = project.resolve("site").toFile();
        build.skip = true;
        assertDoesNotThrow(build::execute);
    }
}
