package dev.tolk.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --cache DIR} and {@code --no-cache}: the on-disk cache that build and serve share. */
final class CacheOption {
    @Option(names = "--cache", paramLabel = "DIR", description = "On-disk cache of what builds made, reused when what decides "
            + "a page is unchanged (default: .tolk/cache beside the configuration file).")
    Path cache;

    @Option(names = "--no-cache", description = "Build everything afresh; read and write no cache.")
    boolean noCache;

    /** Why the options cannot be used together, if they cannot. */
    Optional<String> problem() {
        return noCache && cache != null ? Optional.of("--cache and --no-cache exclude each other") : Optional.empty();
    }

    /** The cache folder, or null for none. */
    Path store(ConfigOption config) {
        return noCache ? null : cache != null ? cache : config.projectDir().resolve(".tolk/cache");
    }
}
