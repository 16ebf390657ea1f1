package dev.perfagent.agent.cli;

import dev.perfagent.agent.bench.BenchInputException;
import dev.perfagent.agent.bench.StoreMismatchException;
import dev.perfagent.agent.loop.Trajectory;
import dev.perfagent.agent.pr.PrException;
import dev.perfagent.agent.run.ConfigFile;
import dev.perfagent.evaluators.TaskSetupException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code perfagent} command: subcommands only; {@link #run} is what tests and other front ends call. The one
 * place where failures become exit codes ({@link #exitCode}) and where -q/-v and perfagent.yaml apply to all.
 */
@Command(name = "perfagent", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Makes code faster and proves it: proposes versions, runs them sandboxed, keeps only what is verified faster.",
        subcommands = {OptimizeCommand.class, InitCommand.class, EvalCommand.class, BenchCommand.class, MergeCommand.class, ReportCommand.class,
                TasksCommand.class, CalibrateCommand.class, SandboxCommand.class, PrCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "print results and errors only, no progress")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "also print the cause of internal errors (stack traces)")
    boolean verbose;

    @Override
    public void run() {
        List<String> names = spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: " + String.join(", ", names));
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Interruption.onShutdown(err);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs perfagent with these arguments, writing to out/err, and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean quiet = Arrays.stream(args).anyMatch(a -> a.equals("-q") || a.equals("--quiet"));
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"))
                || System.getenv("PERFAGENT_DEBUG") != null;
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        // progress and warnings go to the commands' err; -q silences them, never the one-line errors below
        cl.setErr(quiet ? new PrintWriter(Writer.nullWriter()) : err);
        Optional<String> command = ConfigDefaults.command(args);
        if (command.isPresent() && ConfigDefaults.COMMANDS.contains(command.get())) {
            try {
                cl.setDefaultValueProvider(new ConfigDefaults(ConfigFile.load(ConfigDefaults.configFlag(args))));
            } catch (ConfigFile.ConfigException e) {
                err.println("perfagent: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        cl.setParameterExceptionHandler((ex, a) -> {
            String m = ex.getMessage();
            err.println("perfagent: " + m + (m.contains("--help") ? "" : " (see " + ex.getCommandLine().getCommandName() + " --help)"));
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Interruption.finished();
            int code = exitCode(ex);
            if (code == ExitCode.INTERNAL) {
                err.println("perfagent: internal error: " + ex + (verbose ? "" : " (run again with -v for the stack trace, and please report it)"));
                if (verbose) ex.printStackTrace(err);
            } else {
                err.println("perfagent: " + ex.getMessage());
            }
            return code;
        });
        try {
            return cl.execute(args);
        } finally {
            Interruption.finished();
        }
    }

    /** The one mapping from what went wrong to perfagent's fixed exit codes. */
    static int exitCode(Throwable e) {
        if (e instanceof UserError || e instanceof PrException || e instanceof ConfigFile.ConfigException
                || e instanceof BenchInputException || e instanceof StoreMismatchException || e instanceof TaskSetupException
                || e instanceof Trajectory.NewerFormatException) {
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof InterruptedException) return ExitCode.INTERRUPTED;
        return ExitCode.INTERNAL;
    }
}
