package dev.tolk.cli;

import dev.tolk.config.SiteConfig;
import dev.tolk.serve.Preview;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tolk serve}: preview every locale while writing; rebuilds and reloads on save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site of every locale; rebuild and reload open pages when files change.",
        footer = {"", "Examples:", "  tolk serve                 http://127.0.0.1:8000/",
                "  tolk serve --port 0        any free port (the address is printed)"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption = new ConfigOption();

    @Option(names = "--source", paramLabel = "DIR", description = "Content folder: one sub-folder per locale, or one DocFX docset folder "
            + "(default: ${DEFAULT-VALUE}).")
    Path source = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: ${DEFAULT-VALUE}).")
    Path templates = Path.of("templates");

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port = 8000;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind = "127.0.0.1";

    @Option(names = "--locale", paramLabel = "TAG", description = "Serve only this locale (repeatable) and the source locale, as "
            + "build --locale builds it; of a DocFX docset folder, the locale it holds.")
    java.util.List<String> locales = new ArrayList<>();

    @Mixin
    CacheOption cacheOption = new CacheOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SiteConfig config = configOption.loadFor(source, locales, err, "serve").orElse(null);
        if (config == null) return Main.USAGE;
        configOption.warnings().forEach(d -> err.println(d.format()));
        if (cacheOption.problem().isPresent()) {
            err.println("tolk serve: " + cacheOption.problem().get());
            return Main.USAGE;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (java.net.UnknownHostException e) {
            err.println("tolk serve: cannot listen on '" + bind + "'");
            return Main.USAGE;
        }
        if (!address.isLoopbackAddress()) {
            err.println("tolk serve: warning: listening on " + bind + ", not only this computer; the preview still answers only"
                    + " requests addressed to localhost");
        }
        Preview.ConfigSource reload = () -> {
            ConfigOption.Loaded loaded = configOption.load(source, locales);
            loaded.problems().forEach(d -> err.println(d.format()));
            err.flush();
            return loaded.problems().isEmpty() ? java.util.Optional.of(loaded.config()) : java.util.Optional.empty();
        };
        // a port in use is said at once, not after a whole first build (55 s on the corpus)
        if (port != 0) {
            try (java.net.ServerSocket probe = new java.net.ServerSocket(port, 1, address)) {
                probe.setReuseAddress(true);
            } catch (java.net.BindException e) {
                return portInUse(err);
            }
        }
        Preview started;
        try {
            // the preview's diagnostics and build lines go to the error stream, as build's do; the address to the output
            started = new Preview(config, reload, new Preview.Options(source, templates, configOption.config,
                    Runtime.getRuntime().availableProcessors(), Path.of("").toAbsolutePath(), cacheOption.store(configOption), locales),
                    address, port, err);
        } catch (java.net.BindException e) {
            return portInUse(err);
        }
        try (Preview preview = started) {
            out.println("tolk serve: http://" + (address.isLoopbackAddress() ? "127.0.0.1" : bind) + ":" + preview.port()
                    + "/  (Ctrl+C stops)");
            out.flush();
            Thread.currentThread().join();
        }
        return Main.OK;
    }

    /** Another server (or another tolk serve) has the port: the user's to choose another, not a bug. */
    private int portInUse(PrintWriter err) {
        err.println("tolk serve: port " + port + " on " + bind + " is in use; stop what uses it, or choose another with --port N"
                + " (--port 0 takes any free port)");
        return Main.USAGE;
    }
}
