package dev.tolk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Tolk in a JVM of its own, as a user runs it ({@code java -cp … dev.tolk.cli.Main}, with the test
 * class path, its folders as jars, and a class-data archive of it: {@link ClassDataArchive}), for
 * what only a process shows: a kill, the environment's locale and time zone, a capability taken
 * away. Output (stdout and stderr together) goes to a log file.
 */
final class TolkProcess {
    /** The launcher's start-up settings (C1 only, serial GC): a short build starts faster. */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    private final List<String> command = new ArrayList<>();
    private final ProcessBuilder builder = new ProcessBuilder();
    private Path log;

    private TolkProcess(List<String> prefix, List<String> jvmOptions, List<String> args) {
        command.addAll(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(QUICK_START);
        ClassDataArchive classes = ClassDataArchive.get(QUICK_START);
        command.addAll(classes.options);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classes.classPath);
        command.add("dev.tolk.cli.Main");
        command.addAll(args);
    }

    /** {@code tolk ARGS} with these JVM options. */
    static TolkProcess of(List<String> jvmOptions, String... args) {
        return new TolkProcess(List.of(), jvmOptions, List.of(args));
    }

    /** {@code tolk ARGS} started through {@code prefix} (such as {@code setpriv …}). */
    static TolkProcess through(List<String> prefix, List<String> jvmOptions, String... args) {
        return new TolkProcess(prefix, jvmOptions, List.of(args));
    }

    TolkProcess in(Path workDir) {
        builder.directory(workDir.toFile());
        return this;
    }

    /** Environment variables to set; a null value removes the variable. */
    TolkProcess env(Map<String, String> vars) {
        vars.forEach((k, v) -> {
            if (v == null) builder.environment().remove(k);
            else builder.environment().put(k, v);
        });
        return this;
    }

    Process start(Path logFile) throws IOException {
        this.log = logFile;
        return builder.command(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    }

    /** Runs to the end (at most {@code seconds}); the exit code, or fails with the log if it took longer. */
    int run(Path logFile, int seconds) throws IOException, InterruptedException {
        Process p = start(logFile);
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("tolk did not finish in " + seconds + " s: " + command + "\n" + output());
        }
        return p.exitValue();
    }

    /** What the process wrote so far. */
    String output() throws IOException {
        return log == null || !Files.exists(log) ? "" : new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }
}
