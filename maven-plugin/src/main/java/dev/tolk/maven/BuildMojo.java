package dev.tolk.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code tolk build}: the site, into {@code target/tolk-site} unless told otherwise. Fails the build
 * when the site has errors (with {@code strict}, warnings too).
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.VERIFY)
public class BuildMojo extends TolkMojo {
    /** Output folder ({@code --out}), replaced whole on success. */
    @Parameter(property = "tolk.out", defaultValue = "${project.build.directory}/tolk-site")
    File out;

    /** Fail on warnings too ({@code --strict}). */
    @Parameter(property = "tolk.strict", defaultValue = "false")
    boolean strict;

    /** On-disk cache of what builds made ({@code --cache}); {@code .tolk/cache} beside the configuration when left out. */
    @Parameter(property = "tolk.cache")
    File cache;

    /** Build everything afresh, with no cache ({@code --no-cache}). */
    @Parameter(property = "tolk.noCache", defaultValue = "false")
    boolean noCache;

    @Override
    String command() {
        return "build";
    }

    @Override
    void addOptions(List<String> args) {
        add(args, "--out", out);
        if (strict) args.add("--strict");
        add(args, "--cache", cache);
        if (noCache) args.add("--no-cache");
    }
}
