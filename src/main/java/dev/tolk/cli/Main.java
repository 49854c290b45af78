package dev.tolk.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code tolk}: the multilingual help-site generator. */
@Command(name = "tolk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds and checks multilingual help sites from paired-span localized Markdown.",
        footer = Main.EXAMPLES)
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    static final String EXAMPLES = """

            Examples:
              tolk build                       content/ into site/ (open site/index.html)
              tolk check --format sarif --output tolk.sarif
              tolk serve                       preview on http://127.0.0.1:8000/
              tolk new help-site --locale nl-NL a project to start from
              tolk xliff export --locale nl-NL  XLIFF 2.0 for translators (xliff import brings it back)
              tolk status                       what each locale has translated
              tolk help build                  the options of one command
              source <(tolk generate-completion)   completion of commands and options in bash/zsh

            Exit codes: 0 nothing at or above the fail level, 1 findings at or above it,
            2 usage or configuration error, 3 internal failure (a bug).""";

    private static final java.util.Set<String> ENGINE_COMMANDS = java.util.Set.of("build", "check", "serve");

    /** The commands, in the order help lists them. */
    private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(BuildCommand.class, CheckCommand.class,
            MergeCommand.class, MergeReportsCommand.class, ProrateCommand.class, ServeCommand.class, StatusCommand.class,
            XliffCommand.class, NewCommand.class, picocli.AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class);

    /**
     * The command line for {@code args}: when they start with the name of a command that runs on
     * its own, that command alone (picocli reads every command's annotations as it is added: the
     * others would only slow the start); else all of them (help, completion, a mistyped name).
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        boolean alone = COMMANDS.stream().anyMatch(c -> name(c).equals(first)) && !first.equals("help")
                && !first.equals("generate-completion");
        for (Class<?> c : COMMANDS) {
            if (!alone || name(c).equals(first)) cli.addSubcommand(c);
        }
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'tolk build', or 'tolk help'");
    }

    public static void main(String[] args) {
        int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(code);
    }

    /** Runs one command with the given streams; returns the exit code instead of exiting. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // the commands that load the engines start on them while picocli (a fifth of a rebuild's start) reads the arguments
        if (args.length > 0 && ENGINE_COMMANDS.contains(args[0])) dev.tolk.build.Engines.warmUp();
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> CrashReport.write(ex, err));
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) { // thrown on this thread, past the handler of exceptions
            code = CrashReport.outOfMemory(err);
        }
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tolk " + version()};
        }
    }

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
