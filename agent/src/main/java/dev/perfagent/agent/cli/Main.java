package dev.perfagent.agent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code perfagent} command: subcommands only; {@link #run} is what tests and other front ends call. */
@Command(name = "perfagent", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Makes code faster and proves it: proposes versions, runs them sandboxed, keeps only what is verified faster.",
        subcommands = {OptimizeCommand.class, InitCommand.class, EvalCommand.class, BenchCommand.class, MergeCommand.class, ReportCommand.class,
                TasksCommand.class, CalibrateCommand.class, SandboxCommand.class, PrCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: eval, tasks, bench, merge (see perfagent --help)");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs perfagent with these arguments, writing to out/err, and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("perfagent: " + ex.getMessage() + " (see " + ex.getCommandLine().getCommandName() + " --help)");
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError) {
                err.println("perfagent: " + ex.getMessage());
                return ExitCode.BAD_INPUT;
            }
            err.println("perfagent: internal error: " + ex + " (set PERFAGENT_DEBUG=1 for the stack trace, and please report it)");
            if (System.getenv("PERFAGENT_DEBUG") != null) ex.printStackTrace(err);
            return ExitCode.INTERNAL;
        });
        return cl.execute(args);
    }
}
