package dev.tolk.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code tolk check}: the content's diagnostics, as a report in the build log or in a file. Fails the
 * build when there are findings at or above {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY)
public class CheckMojo extends TolkMojo {
    /** {@code text}, {@code json}, {@code sarif}, {@code junit} or {@code github} ({@code --format}). */
    @Parameter(property = "tolk.format", defaultValue = "text")
    String format;

    /** Write the report to this file instead of the build log ({@code --output}). */
    @Parameter(property = "tolk.output")
    File output;

    /** {@code error}, {@code warning} or {@code never} ({@code --fail-on}). */
    @Parameter(property = "tolk.failOn", defaultValue = "error")
    String failOn;

    /** Also check external links ({@code --external}). */
    @Parameter(property = "tolk.external", defaultValue = "false")
    boolean external;

    @Override
    String command() {
        return "check";
    }

    @Override
    void addOptions(List<String> args) {
        add(args, "--format", format);
        if (output != null) {
            // the CLI writes the report into an existing folder only
            File parent = output.getAbsoluteFile().getParentFile();
            if (parent != null) parent.mkdirs();
        }
        add(args, "--output", output);
        add(args, "--fail-on", failOn);
        if (external) args.add("--external");
    }
}
