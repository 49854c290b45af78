package dev.tolk.maven;

import dev.tolk.cli.Main;
import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the options of both commands, and running one. Paths are the project's
 * ({@code ${project.basedir}}), not the folder Maven was started in, and are handed to the CLI
 * absolute; the diagnostics name files relative to the folder Maven was started in, as the CLI does.
 */
abstract class TolkMojo extends AbstractMojo {
    /** Skip the goal ({@code -Dtolk.skip}). */
    @Parameter(property = "tolk.skip", defaultValue = "false")
    boolean skip;

    /**
     * Site configuration ({@code --config}). Left out: the project's {@code tolk.yaml} if it has one,
     * else none ({@code --no-config}: the defaults, or a DocFX docset's {@code docfx.json}).
     */
    @Parameter(property = "tolk.config")
    File config;

    /** The project's configuration file, read when {@link #config} is left out. */
    @Parameter(defaultValue = "${project.basedir}/tolk.yaml", readonly = true)
    File defaultConfig;

    /** Content folder ({@code --source}): one sub-folder per locale, or one DocFX docset folder. */
    @Parameter(property = "tolk.source", defaultValue = "${project.basedir}/content")
    File source;

    /** Templates and assets overriding the defaults ({@code --templates}). */
    @Parameter(property = "tolk.templates", defaultValue = "${project.basedir}/templates")
    File templates;

    /** Only these locales ({@code --locale}, one per entry); all of them when empty. */
    @Parameter(property = "tolk.locales")
    List<String> locales = new ArrayList<>();

    /** Worker threads ({@code --jobs}); the number of cores when left out. */
    @Parameter(property = "tolk.jobs")
    Integer jobs;

    /** Only shard I of N ({@code --shard I/N}). */
    @Parameter(property = "tolk.shard")
    String shard;

    /** The CLI command, {@code build} or {@code check}. */
    abstract String command();

    /** The command's own options, after the shared ones. */
    abstract void addOptions(List<String> args);

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping tolk " + command() + " (tolk.skip)");
            return;
        }
        List<String> args = arguments();
        getLog().debug("tolk " + String.join(" ", args));
        LogLines out = new LogLines(getLog()::info);
        LogLines err = new LogLines(getLog()::info);
        int code;
        try (PrintWriter outWriter = new PrintWriter(out); PrintWriter errWriter = new PrintWriter(err)) {
            code = Main.run(outWriter, errWriter, args.toArray(String[]::new));
        }
        // the summary: the last line on the error stream, or of a text report on the output stream
        Outcome.of(command(), code, err.lastLine().isEmpty() ? out.lastLine() : err.lastLine()).check();
    }

    /** The command line: the command, the shared options, then the command's own. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        args.add(command());
        if (config != null) {
            add(args, "--config", config);
        } else if (defaultConfig != null && defaultConfig.isFile()) {
            add(args, "--config", defaultConfig);
        } else {
            // not a tolk.yaml in the folder Maven was started in, which may be another project's
            args.add("--no-config");
        }
        add(args, "--source", source);
        add(args, "--templates", templates);
        for (String locale : locales) add(args, "--locale", locale);
        add(args, "--jobs", jobs);
        add(args, "--shard", shard);
        addOptions(args);
        return args;
    }

    static void add(List<String> args, String option, Object value) {
        if (value == null) return;
        args.add(option);
        args.add(value instanceof File file ? file.getAbsolutePath() : value.toString());
    }
}
